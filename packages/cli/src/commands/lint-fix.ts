import { readFile } from 'node:fs/promises';
import { fixFiles as safeFixes, hasSafeFix, lintFiles } from '@actionplan/language/node';
import type { RuleSettings } from '@actionplan/language/node';
import { displayPath } from '../format-shared.js';
import { ioErrorMessage, writeAtomically } from '../file-io.js';
import type { LintIo } from './lint.js';
import type { LintRun } from './lint-inputs.js';

/** `--fix`: applies the safe fixes file by file, writes each atomically, reports them, lints again. */
export async function fixFiles(run: LintRun, overrides: RuleSettings, io: LintIo): Promise<void> {
    const fixable = run.results.filter(({ diagnostics }) => diagnostics.some(hasSafeFix));
    for (const result of fixable) {
        const [fix] = await safeFixes([result.path], { rules: overrides });
        if (!fix) continue;
        // Re-read: never replace a file that changed while we were linting it.
        if ((await readFile(result.path, 'utf8').catch(() => undefined)) !== fix.original) {
            run.problems.push(`${displayPath(result.path, io.cwd)}: changed while linting; not fixed`);
            continue;
        }
        try {
            await writeAtomically(result.path, fix.text);
        } catch (error) {
            run.problems.push(`${displayPath(result.path, io.cwd)}: cannot write the fixes (${ioErrorMessage(error)})`);
            continue;
        }
        for (const applied of fix.applied) {
            io.err(
                `fixed ${displayPath(result.path, io.cwd)}:${applied.line + 1}:${applied.character + 1}  ${applied.code}  ${applied.title}`,
            );
        }
        result.diagnostics = (await lintFiles([result.path], { rules: overrides }))[0]!.diagnostics;
    }
}
