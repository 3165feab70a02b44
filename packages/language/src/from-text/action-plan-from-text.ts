// Canonical text (the CTAP template or a progress report, as converted from
// the published documents) → an `.actionplan` file. Lexed line by line
// (action-plan-from-text-tokens), parsed with Chevrotain (…-parser), interpreted
// (…-ctap, …-report, …-commitments) and printed in the canonical layout.
import { ImportError } from './action-plan-from-text-error.js';
import { buildCtap } from './action-plan-from-text-ctap.js';
import { detectForm } from './action-plan-from-text-form.js';
import type { ImportForm } from './action-plan-from-text-form.js';
import { parseTokens } from './action-plan-from-text-parser.js';
import { printPlan } from './action-plan-from-text-printer.js';
import { buildReport } from './action-plan-from-text-report.js';
import { canonicalTextLexer } from './action-plan-from-text-tokens.js';

export { ImportError } from './action-plan-from-text-error.js';
export type { ImportForm } from './action-plan-from-text-form.js';

/** Something the importer had to decide, at a 1-based source line. */
export interface ImportNotice {
    line: number;
    message: string;
}

export interface ImportResult {
    dsl: string;
    form: ImportForm;
    notices: ImportNotice[];
}

/** Imports canonical text; throws ImportError (with line and column) for text it cannot read. */
export function importCanonicalText(text: string, options: { form?: ImportForm } = {}): ImportResult {
    const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const form = options.form ?? detectForm(source);
    const lexed = canonicalTextLexer.tokenize(source, form === 'ctap' ? 'ctapHeader' : 'report');
    const lexError = lexed.errors[0];
    if (lexError) {
        throw new ImportError(
            `cannot read "${source.substr(lexError.offset, lexError.length)}"`,
            lexError.line ?? 1,
            lexError.column ?? 1,
        );
    }
    const notices: ImportNotice[] = [];
    const sink = { add: (line: number, message: string) => notices.push({ line, message }) };
    const model =
        form === 'ctap'
            ? buildCtap(parseTokens(lexed.tokens, 'ctap'), sink)
            : buildReport(parseTokens(lexed.tokens, 'report'), sink);
    notices.sort((a, b) => a.line - b.line);
    return { dsl: printPlan(model), form, notices };
}
