import type { Diagnostic } from 'vscode-languageserver';

/** Describes every diagnostic whose range does not lie inside `text` (LSP lines split at CR, LF or CRLF). */
export function rangeProblems(text: string, diagnostics: readonly Diagnostic[]): string[] {
    const lines = text.split(/\r\n|\r|\n/);
    const problems: string[] = [];
    const inside = (p: { line: number; character: number }) =>
        Number.isInteger(p.line) &&
        Number.isInteger(p.character) &&
        p.line >= 0 &&
        p.line < lines.length &&
        p.character >= 0 &&
        p.character <= lines[p.line]!.length;
    for (const d of diagnostics) {
        const { start, end } = d.range;
        const ordered = start.line < end.line || (start.line === end.line && start.character <= end.character);
        if (!inside(start) || !inside(end) || !ordered) {
            problems.push(`${d.code ?? '?'} ${JSON.stringify(d.range)} outside ${lines.length} lines: ${d.message}`);
        }
    }
    return problems;
}
