import { readFile } from 'node:fs/promises';
import { URI } from 'langium';
import { applySafeFixes, diagnoseFiles } from '@actionplan/language';
import type { RuleSettings } from '@actionplan/language';
import { displayPath } from '../format-shared.js';
import { ioErrorMessage, writeAtomically } from '../file-io.js';
import type { LintIo } from './lint.js';
import { lintServices } from './lint-inputs.js';
import type { LintRun } from './lint-inputs.js';

/** `--fix`: applies the safe fixes file by file, writes each atomically, reports them, lints again. */
export async function fixFiles(run: LintRun, overrides: RuleSettings, io: LintIo): Promise<void> {
    const fixable = run.results.filter(({ diagnostics }) =>
        diagnostics.some(
            (d) =>
                d.code === 'unsorted-years' ||
                (d.code === 'duplicate-commitment' && (d.data as { exact?: boolean })?.exact),
        ),
    );
    for (const result of fixable) {
        const { services } = lintServices(overrides);
        const document = await services.shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(result.path));
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        const { text, applied } = applySafeFixes(document, document.diagnostics ?? []);
        if (applied.length === 0 || text === document.textDocument.getText()) continue;
        // Re-read: never replace a file that changed while we were linting it.
        if ((await readFile(result.path, 'utf8').catch(() => undefined)) !== document.textDocument.getText()) {
            run.problems.push(`${displayPath(result.path, io.cwd)}: changed while linting; not fixed`);
            continue;
        }
        try {
            await writeAtomically(result.path, text);
        } catch (error) {
            run.problems.push(`${displayPath(result.path, io.cwd)}: cannot write the fixes (${ioErrorMessage(error)})`);
            continue;
        }
        for (const fix of applied) {
            io.err(
                `fixed ${displayPath(result.path, io.cwd)}:${fix.line + 1}:${fix.character + 1}  ${fix.code}  ${fix.title}`,
            );
        }
        const again = lintServices(overrides);
        result.diagnostics = (await diagnoseFiles(again.services.shared, [result.path]))[0]!.diagnostics;
    }
}
