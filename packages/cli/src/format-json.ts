import type { FileDiagnostics } from '@actionplan/language/node';
import { displayPath, messageText, severityName, sortByPosition } from './format-shared.js';

/**
 * `[{file, diagnostics: [{code, severity, message, line, column, endLine, endColumn}]}]`:
 * every linted file, clean ones with an empty array. Lines and columns are 1-based, as
 * in stylish, github and SARIF (and ESLint's json); columns count UTF-16 code units.
 * The shape is docs/lint-report.schema.json.
 */
export function formatJson(results: FileDiagnostics[], cwd: string): string {
    const files = results.map(({ path, diagnostics }) => ({
        file: displayPath(path, cwd),
        diagnostics: sortByPosition(diagnostics).map((d) => ({
            code: d.code === undefined ? null : String(d.code),
            severity: severityName(d),
            message: messageText(d),
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
        })),
    }));
    return JSON.stringify(files, null, 2);
}
