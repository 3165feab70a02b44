import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import type { createTestServices } from './test-services.js';

export const examplesFolder = fileURLToPath(new URL('../../../examples/', import.meta.url));
export const smallCtap = readFileSync(`${examplesFolder}small-ctap.actionplan`, 'utf8');
export const smallReport = readFileSync(`${examplesFolder}small-progress-report.actionplan`, 'utf8');

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

/** A diagnostic as a compact string: `line:col severity code message` (1-based). */
export function show(d: Diagnostic): string {
    return `${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity ?? 1]} ${String(d.code)} ${d.message}`;
}

/** Replaces exactly one occurrence of `from` (fails loudly when the example changed). */
export function edit(text: string, from: string, to: string): string {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(from)}`);
    return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Parses and validates text; returns its diagnostics. */
export async function diagnose(
    parse: ReturnType<typeof createTestServices>['parse'],
    text: string,
    uri?: string,
): Promise<Diagnostic[]> {
    const document = await parse(text, { validation: true, documentUri: uri });
    return document.diagnostics ?? [];
}

/** Only the diagnostics with this code, shown. */
export function withCode(diagnostics: Diagnostic[], code: string): string[] {
    return diagnostics.filter((d) => d.code === code).map(show);
}
