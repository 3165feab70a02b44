import { encodePlanFile, fixFiles as safeFixes, hasSafeFix, lintFiles, readPlanFile } from '@actionplan/language/node';
import type { RuleSettings } from '@actionplan/language/node';
import { displayPath } from '../format-shared.js';
import { ioErrorMessage, writeAtomically } from '../file-io.js';
import type { LintIo } from './lint.js';
import type { LintRun } from './lint-inputs.js';

/** `--fix`: applies the safe fixes file by file, writes each atomically, reports them, lints again. */
export async function fixFiles(run: LintRun, overrides: RuleSettings, io: LintIo, encoding?: string): Promise<void> {
    const fixable = run.results.filter(({ diagnostics }) => diagnostics.some(hasSafeFix));
    for (const result of fixable) {
        const [fix] = await safeFixes([result.path], { rules: overrides, encoding });
        if (!fix) continue;
        // Re-read: never replace a file that changed while we were linting it, or that did not decode.
        const stored = await readPlanFile(result.path, { encoding }).catch(() => undefined);
        if (!stored || stored.problem || stored.text !== fix.original) {
            run.problems.push(`${displayPath(result.path, io.cwd)}: changed while linting; not fixed`);
            continue;
        }
        try {
            // Written back as it was stored: encoding, byte order mark, line ends.
            await writeAtomically(result.path, encodePlanFile(fix.text, stored));
        } catch (error) {
            run.problems.push(`${displayPath(result.path, io.cwd)}: cannot write the fixes (${ioErrorMessage(error)})`);
            continue;
        }
        for (const applied of fix.applied) {
            io.err(
                `fixed ${displayPath(result.path, io.cwd)}:${applied.line + 1}:${applied.character + 1}  ${applied.code}  ${applied.title}`,
            );
        }
        result.diagnostics = (await lintFiles([result.path], { rules: overrides, encoding }))[0]!.diagnostics;
    }
}
