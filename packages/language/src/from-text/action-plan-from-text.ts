// Canonical text (the CTAP template or a progress report, as converted from
// the published documents) → an `.actionplan` file. Lexed line by line
// (action-plan-from-text-tokens), parsed with Chevrotain (…-parser), interpreted
// (…-ctap, …-report, …-commitments), printed as statements (…-printer) and laid
// out by the formatter's own code (layout/), so that the canonical layout has one writer.
import { EmptyFileSystem } from 'langium';
import type { LangiumCoreServices } from 'langium';
import { createActionPlanServices } from '../action-plan-module.js';
import { layOutText } from '../layout/action-plan-layout-text.js';
import { ImportError } from './action-plan-from-text-error.js';
import { buildCtap } from './action-plan-from-text-ctap.js';
import { detectForm } from './action-plan-from-text-form.js';
import type { ImportForm } from './action-plan-from-text-form.js';
import type { PlanModel } from './action-plan-from-text-model.js';
import { parseTokens } from './action-plan-from-text-parser.js';
import { printPlan } from './action-plan-from-text-printer.js';
import { buildReport } from './action-plan-from-text-report.js';
import { canonicalTextLexer } from './action-plan-from-text-tokens.js';
import { IMPORT_TEMPLATES } from '../template/action-plan-template-names.js';

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

export interface ImportOptions {
    /** The form of the text; detected when not given. */
    form?: ImportForm;
    /** The services whose parser reads the printed plan back for its layout; a private set when not given. */
    services?: LangiumCoreServices;
}

/** Imports canonical text; throws ImportError (with line and column) for text it cannot read. */
export function importCanonicalText(text: string, options: ImportOptions = {}): ImportResult {
    const { model, form, notices } = readCanonicalText(text, options.form);
    return { dsl: layOut(printPlan(model, IMPORT_TEMPLATES[form]), options.services), form, notices };
}

/** The plan that canonical text describes, before it is printed; throws ImportError like importCanonicalText. */
export function readCanonicalText(
    text: string,
    form?: ImportForm,
): { model: PlanModel; form: ImportForm; notices: ImportNotice[] } {
    const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const detected = form ?? detectForm(source);
    const lexed = canonicalTextLexer.tokenize(source, detected === 'ctap' ? 'ctapHeader' : 'report');
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
        detected === 'ctap'
            ? buildCtap(parseTokens(lexed.tokens, 'ctap'), sink)
            : buildReport(parseTokens(lexed.tokens, 'report'), sink);
    notices.sort((a, b) => a.line - b.line);
    return { model, form: detected, notices };
}

let ownServices: LangiumCoreServices | undefined;

/**
 * The printed statements in the canonical layout. Should the printed plan not
 * parse (an importer bug), it is returned as printed: its syntax error then shows
 * where the plan is read, instead of vanishing into a layout.
 */
function layOut(statements: string, services: LangiumCoreServices | undefined): string {
    const parser = (services ?? (ownServices ??= createActionPlanServices(EmptyFileSystem).ActionPlan)).parser;
    return layOutText(statements, parser.LangiumParser.parse(statements)) ?? statements;
}
