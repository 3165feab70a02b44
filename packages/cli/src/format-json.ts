import type { FileDiagnostics } from '@actionplan/language/node';
import { displayPath, messageText, severityName, sortByPosition } from './format-shared.js';

/**
 * `[{file, diagnostics: [{code, severity, message, range}]}]`: every linted
 * file, clean ones with an empty array; positions 0-based as in LSP.
 */
export function formatJson(results: FileDiagnostics[], cwd: string): string {
    const files = results.map(({ path, diagnostics }) => ({
        file: displayPath(path, cwd),
        diagnostics: sortByPosition(diagnostics).map((d) => ({
            code: d.code === undefined ? null : String(d.code),
            severity: severityName(d),
            message: messageText(d),
            range: {
                start: { line: d.range.start.line, character: d.range.start.character },
                end: { line: d.range.end.line, character: d.range.end.character },
            },
        })),
    }));
    return JSON.stringify(files, null, 2);
}
