import { relative } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import type { FileDiagnostics } from '@actionplan/language';

const SEVERITY_NAMES: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export function severityName(diagnostic: Diagnostic): string {
    return SEVERITY_NAMES[diagnostic.severity ?? 1] ?? 'error';
}

/**
 * One line per diagnostic, starting with the cwd-relative `path:line:col`
 * (1-based) so terminals and editors can jump to it, then severity, message
 * and code.
 */
export function formatStylish(results: FileDiagnostics[], cwd: string): string {
    const lines: string[] = [];
    let errors = 0;
    let warnings = 0;
    for (const { path, diagnostics } of results) {
        const shown = relative(cwd, path) || path;
        for (const diagnostic of sortByPosition(diagnostics)) {
            const { line, character } = diagnostic.range.start;
            const severity = severityName(diagnostic);
            if (severity === 'error') errors++;
            if (severity === 'warning') warnings++;
            const code = diagnostic.code === undefined ? '' : `  ${diagnostic.code}`;
            lines.push(`${shown}:${line + 1}:${character + 1}  ${severity}  ${diagnostic.message}${code}`);
        }
    }
    if (lines.length > 0) {
        lines.push('', `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
    }
    return lines.join('\n');
}

function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
    return [...diagnostics].sort(
        (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
}
