import { EmptyFileSystem, URI } from 'langium';
import { createActionPlanServices } from '../action-plan-module.js';
import { formatPlanText } from '../layout/index.js';
import type { FormatResult } from '../layout/index.js';
import { importCanonicalText } from '../from-text/action-plan-from-text.js';
import type { ImportForm, ImportResult } from '../from-text/action-plan-from-text.js';
import { newPlanText, rollForwardText } from '../template/index.js';
import type { RollForwardOptions, RollForwardResult } from '../template/index.js';
import { templateCatalog } from '../views/action-plan-summary.js';
import type { CatalogCommitment } from '../views/action-plan-summary-model.js';

/** Services for parsing only (formatting, and reading back imported text), created on first use. */
let ownServices: ReturnType<typeof createActionPlanServices> | undefined;

/**
 * Puts plan text in the canonical layout without linking or validating it (the
 * CLI's `format`); a text with a syntax error is not formatted (`error` says where).
 * `uri` only names the document.
 */
export function formatText(text: string, uri = 'memory:///plan.actionplan'): FormatResult {
    return formatPlanText(textServices().shared, text, URI.parse(uri));
}

/**
 * Imports canonical text (a CTAP or a progress report) as `.actionplan` text;
 * throws ImportError (with line and column) for text it cannot read.
 */
export function importText(text: string, options: { form?: ImportForm } = {}): ImportResult {
    return importCanonicalText(text, { ...options, services: textServices().ActionPlan });
}

/** What `newPlan` writes a plan for. */
export interface NewPlanRequest {
    /**
     * A shipped template's name (`ctap-2013`), or a template file: its text, a name for
     * messages (`source`) and how the new plan names it (`ref`, e.g. `"forms/t.actionplan"`).
     */
    template: string | { text: string; source: string; ref: string };
    economy: string;
    year: number;
    /** "Last updated" / the report's date; default now. */
    now?: Date;
}

/** A shipped template, as `newPlan` and the editor's template list show it. */
export interface ShippedTemplate {
    name: string;
    title: string;
    form: 'ctap' | 'report';
    year?: number;
}

function textServices(): ReturnType<typeof createActionPlanServices> {
    ownServices ??= createActionPlanServices(EmptyFileSystem);
    return ownServices;
}

/** The shipped templates (`ctap-2013`, `progress-report`). */
export function shippedTemplates(): ShippedTemplate[] {
    return textServices()
        .ActionPlan.templates.Templates.shipped()
        .map(({ name, title, form, year }) => ({ name, title, form, year }));
}

/**
 * A new plan on a template (the CLI's `new`): every section, commitment and block,
 * placeholders to fill in; `error` when the template is unknown or not a template file.
 */
export function newPlan(request: NewPlanRequest): { text: string } | { error: string } {
    const { shared, ActionPlan } = textServices();
    const templates = ActionPlan.templates.Templates;
    const options = { economy: request.economy, year: request.year, now: request.now };
    if (typeof request.template === 'string') {
        const template = templates.shippedTemplate(request.template);
        if (!template) {
            const names = templates.shipped().map((t) => t.name);
            return { error: `no shipped template is named ${request.template} (there are ${names.join(', ')})` };
        }
        return { text: newPlanText(shared, template, options) };
    }
    const read = templates.templateFromText(request.template.text, request.template.source);
    if (!read.template) return { error: read.error ?? `${request.template.source} is not a template file` };
    return { text: newPlanText(shared, read.template, { ...options, templateRef: request.template.ref }) };
}

/**
 * Next year's plan from this year's (the CLI's `roll-forward`): calendar year and
 * "last updated" set, every other byte kept.
 */
export function rollForward(
    text: string,
    options: RollForwardOptions,
    uri = 'memory:///plan.actionplan',
): RollForwardResult {
    return rollForwardText(textServices().shared, text, options, URI.parse(uri));
}

/**
 * The rows of a cross-economy summary (the CLI's `summary --template`): the commitments
 * of a shipped template, by default the newest shipped CTAP template, the one a plan
 * naming none follows. `error` when no shipped template has that name.
 */
export function summaryCatalog(
    template?: string,
): { template: string; catalog: CatalogCommitment[] } | { error: string } {
    const templates = textServices().ActionPlan.templates.Templates;
    const model = template === undefined ? templates.newestShipped('ctap') : templates.shippedTemplate(template);
    if (!model || model.form !== 'ctap') {
        const names = templates
            .shipped()
            .filter((t) => t.form === 'ctap')
            .map((t) => t.name);
        return { error: `no shipped CTAP template is named ${template} (there are ${names.join(', ')})` };
    }
    return { template: model.name, catalog: templateCatalog(model) };
}
