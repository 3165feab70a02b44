import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, CtapPlan, ProgressReport } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { templateOf } from './template-rule-utils.js';
import type { TemplateServices } from './template-rule-utils.js';
import { hasSyntaxErrors } from './validation-utils.js';

/** Where each header field of a plan is kept in the AST, by the words a plan writes it with. */
const CTAP_FIELDS: Record<string, string> = {
    forum: 'forum',
    document: 'document',
    'agenda item': 'agendaItem',
    title: 'title',
    purpose: 'purpose',
    'submitted by': 'submittedBy',
    meeting: 'meeting',
    economy: 'economy',
    'calendar year': 'calendarYear',
    'last updated': 'lastUpdated',
    objective: 'objective',
};
const REPORT_FIELDS: Record<string, string> = { title: 'title', date: 'date', intro: 'intro', footer: 'footer' };

/** The form itself asks every CTAP for these, whatever its template says. */
const CTAP_REQUIRED = ['economy', 'calendar year', 'last updated'];

/** A field counts as given when it has a value that is not blank (`economy ""` is not given). */
function given(value: unknown): boolean {
    if (Array.isArray(value)) return value.some(given);
    if (typeof value === 'string') return value.trim().length > 0;
    return value !== undefined && value !== null;
}

/** The header of a CTAP lacks economy, calendar year or last updated, or a field its template requires. */
export function missingHeaderFieldChecks(services: TemplateServices): ValidationChecks<ActionPlanAstType> {
    const check = (plan: CtapPlan | ProgressReport, accept: ValidationAcceptor): void => {
        if (hasSyntaxErrors(plan)) return;
        const template = templateOf(services, plan);
        const isCtap = plan.$type === 'CtapPlan';
        const fields = isCtap ? CTAP_FIELDS : REPORT_FIELDS;
        const required = new Set(isCtap ? CTAP_REQUIRED : []);
        for (const field of template?.fields ?? []) if (field.required) required.add(field.field);
        const holder = (isCtap ? plan.header : plan) as unknown as Record<string, unknown> | undefined;
        if (!holder) return;
        for (const field of required) {
            const property = fields[field];
            if (!property || given(holder[property])) continue;
            const by = template?.fields.some((f) => f.field === field && f.required)
                ? `template ${template.name} requires it`
                : 'every CTAP gives it';
            const message = `The header has no ${field} (${by})`;
            if (plan.$type === 'CtapPlan') {
                accept('error', message, { node: plan.header, keyword: 'ctap', code: IssueCodes.MissingHeaderField });
            } else {
                accept('error', message, { node: plan, keyword: 'report', code: IssueCodes.MissingHeaderField });
            }
        }
    };
    return { CtapPlan: check, ProgressReport: check };
}
