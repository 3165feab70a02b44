import { EmptyFileSystem, URI } from 'langium';
import { createActionPlanServices } from '../action-plan-module.js';
import { formatPlanText } from '../layout/index.js';
import type { FormatResult } from '../layout/index.js';
import { importCanonicalText } from '../from-text/action-plan-from-text.js';
import type { ImportForm, ImportResult } from '../from-text/action-plan-from-text.js';

/** Services for parsing only (formatting, and reading back imported text), created on first use. */
let textServices: ReturnType<typeof createActionPlanServices> | undefined;

/**
 * Puts plan text in the canonical layout without linking or validating it (the
 * CLI's `format`); a text with a syntax error is not formatted (`error` says where).
 * `uri` only names the document.
 */
export function formatText(text: string, uri = 'memory:///plan.actionplan'): FormatResult {
    textServices ??= createActionPlanServices(EmptyFileSystem);
    return formatPlanText(textServices.shared, text, URI.parse(uri));
}

/**
 * Imports canonical text (a CTAP or a progress report) as `.actionplan` text;
 * throws ImportError (with line and column) for text it cannot read.
 */
export function importText(text: string, options: { form?: ImportForm } = {}): ImportResult {
    textServices ??= createActionPlanServices(EmptyFileSystem);
    return importCanonicalText(text, { ...options, services: textServices.ActionPlan });
}
