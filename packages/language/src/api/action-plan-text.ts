import { EmptyFileSystem, URI } from 'langium';
import { createActionPlanServices } from '../action-plan-module.js';
import { formatPlanText } from '../lsp/action-plan-formatter.js';
import type { FormatResult } from '../lsp/action-plan-formatter.js';
import { importCanonicalText } from '../from-text/action-plan-from-text.js';
import type { ImportForm, ImportResult } from '../from-text/action-plan-from-text.js';

let formatServices: ReturnType<typeof createActionPlanServices> | undefined;

/**
 * Puts plan text in the canonical layout without linking or validating it (the
 * CLI's `format`); a text with a syntax error is not formatted (`error` says where).
 * `uri` only names the document.
 */
export function formatText(text: string, uri = 'memory:///plan.actionplan'): FormatResult {
    formatServices ??= createActionPlanServices(EmptyFileSystem);
    return formatPlanText(formatServices.shared, text, URI.parse(uri));
}

/**
 * Imports canonical text (a CTAP or a progress report) as `.actionplan` text;
 * throws ImportError (with line and column) for text it cannot read.
 */
export function importText(text: string, options: { form?: ImportForm } = {}): ImportResult {
    return importCanonicalText(text, options);
}
