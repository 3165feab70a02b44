import type { FileDiagnostics } from '@actionplan/language/node';
import { countSeverities, displayPath, messageText, severityName, sortByPosition } from './format-shared.js';
import type { FormatContext, SeverityName } from './format-shared.js';

export { severityName } from './format-shared.js';

const COLORS: Record<SeverityName | 'dim' | 'bold', [number, number]> = {
    error: [31, 39],
    warning: [33, 39],
    info: [34, 39],
    hint: [90, 39],
    dim: [2, 22],
    bold: [1, 22],
};

function paint(on: boolean, style: keyof typeof COLORS, text: string): string {
    const [open, close] = COLORS[style];
    return on ? `\u001b[${open}m${text}\u001b[${close}m` : text;
}

function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * One line per diagnostic, starting with the cwd-relative `path:line:col`
 * (1-based) so terminals and editors can jump to it, then severity, message
 * and code; then the summary line `N errors, M warnings` (infos and hints
 * added when there are any). Nothing at all for clean files.
 */
export function formatStylish(results: FileDiagnostics[], cwd: string, context?: Partial<FormatContext>): string {
    const color = context?.color ?? false;
    const lines: string[] = [];
    for (const { path, diagnostics } of results) {
        const shown = displayPath(path, cwd);
        for (const diagnostic of sortByPosition(diagnostics)) {
            const { line, character } = diagnostic.range.start;
            const severity = severityName(diagnostic);
            const code = diagnostic.code === undefined ? '' : `  ${paint(color, 'dim', String(diagnostic.code))}`;
            const message = messageText(diagnostic)
                .split('\n')
                .map((part) => part.trim())
                .join(' ');
            lines.push(`${shown}:${line + 1}:${character + 1}  ${paint(color, severity, severity)}  ${message}${code}`);
        }
    }
    if (lines.length === 0) return '';
    const counts = countSeverities(results);
    let summary = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}`;
    if (counts.info > 0) summary += `, ${plural(counts.info, 'info')}`;
    if (counts.hint > 0) summary += `, ${plural(counts.hint, 'hint')}`;
    const style = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'bold';
    lines.push('', paint(color, style, summary));
    return lines.join('\n');
}
