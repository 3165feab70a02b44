import { relative, sep } from 'node:path';
import type { Diagnostic, FileDiagnostics } from '@actionplan/language/node';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

const SEVERITY_NAMES: Record<number, SeverityName> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export function severityName(diagnostic: Diagnostic): SeverityName {
    return SEVERITY_NAMES[diagnostic.severity ?? 1] ?? 'error';
}

/** The path as every format shows it: relative to the working folder, with `/`. */
export function displayPath(path: string, cwd: string): string {
    return (relative(cwd, path) || path).split(sep).join('/');
}

export function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
    return [...diagnostics].sort(
        (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
}

export interface Counts {
    error: number;
    warning: number;
    info: number;
    hint: number;
}

export function countSeverities(results: FileDiagnostics[]): Counts {
    const counts: Counts = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const { diagnostics } of results) for (const d of diagnostics) counts[severityName(d)]++;
    return counts;
}

/** What a formatter gets besides the results. */
export interface FormatContext {
    cwd: string;
    color: boolean;
    toolVersion: string;
}

/** The message as plain text (LSP 3.18 allows Markdown content too). */
export function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
