import { URI } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import { formatDocumentText } from '../layout/index.js';
import { BLOCK_KINDS, dslString } from '../facts/index.js';
import { fieldDefault } from './action-plan-template-model.js';
import type { TemplateModel, TemplateSection } from './action-plan-template-model.js';

/** What a new plan is for. */
export interface NewPlanOptions {
    economy: string;
    /** The calendar year it reports on (a CTAP) or the year of its date (a progress report). */
    year: number;
    /** "Last updated" / the report's date is this month; defaults to now. */
    now?: Date;
    /** How the plan names its template: the shipped name, or the path from the plan to the template file. */
    templateRef?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Dec 2026`: a month as the plan writes it. */
export function monthYear(date: Date): string {
    return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

const SUMMARY_PARTS = ['achievements', 'forward work', 'capacity building needs'];

/** A contact id for a role: `contact-point`, `emergency-aviation-security-point-of-contact`. */
function roleId(role: string): string {
    const id = role
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return /^[a-z_]/.test(id) ? id : `contact-${id}`;
}

/**
 * A new plan on a template: every header field the template names (its defaults filled
 * in), a placeholder contact per contact role, every section with its title, contact
 * points, commitments and an empty block for each of the template's questions, and the
 * assistance part. It parses; `lint` then lists what remains to fill in. The text is in
 * the canonical layout (the formatter's).
 */
export function newPlanText(
    shared: LangiumSharedCoreServices,
    template: TemplateModel,
    options: NewPlanOptions,
): string {
    const text = template.form === 'report' ? newReport(template, options) : newCtap(template, options);
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('memory:///new.actionplan'));
    const formatted = formatDocumentText(document);
    if (formatted === undefined) throw new Error(`The plan written for template ${template.name} does not parse`);
    return formatted;
}

function header(template: TemplateModel, options: NewPlanOptions, fields: string[]): string[] {
    const values = { economy: options.economy, year: options.year };
    const lines = [`template ${options.templateRef ?? template.name}`];
    for (const field of fields) {
        const value = fieldDefault(template, field, values);
        if (value !== undefined) lines.push(`${field} ${dslString(value)}`);
    }
    return lines;
}

function newCtap(template: TemplateModel, options: NewPlanOptions): string {
    const now = options.now ?? new Date();
    const head = header(template, options, ['forum', 'document', 'agenda item', 'title', 'purpose', 'submitted by']);
    head.push(`economy ${dslString(options.economy)}`, `calendar year ${options.year}`);
    head.push(`last updated ${monthYear(now)}`);
    const objective = fieldDefault(template, 'objective', options);
    if (objective !== undefined) head.push(`objective ${dslString(objective)}`);
    const out = [`ctap {`, ...head, '}', ''];

    // One placeholder contact per role the template asks for; the first role is the contact point.
    const roles = [...template.allSections.flatMap((s) => s.roles), ...template.assistanceRoles];
    const main = roles[0];
    const ids = new Map<string, string>();
    for (const role of roles) {
        if (ids.has(role)) continue;
        ids.set(role, role === main || template.assistanceRoles[0] === role ? 'contact-point' : roleId(role));
    }
    for (const id of new Set(ids.values())) {
        out.push(`contact ${id} {`, 'name ""', 'title ""', 'phone ""', 'fax ""', 'email ""', '}', '');
    }
    if (SUMMARY_PARTS.some((part) => template.questions.has(part))) {
        out.push('summary {');
        for (const part of SUMMARY_PARTS) if (template.questions.has(part)) out.push(`${part} {`, '}');
        out.push('}', '');
    }
    const kinds = BLOCK_KINDS.filter((kind) => template.questions.size === 0 || template.questions.has(kind));
    const section = (entry: TemplateSection): void => {
        out.push(`section ${entry.id} ${dslString(entry.title)} {`);
        entry.roles.forEach((role, index) => {
            out.push(index === 0 ? `contact ${ids.get(role)}` : `contact ${ids.get(role)} role ${dslString(role)}`);
        });
        for (const commitment of entry.commitments) {
            out.push(
                `commitment ${commitment.id} ${commitment.node.text?.$cstNode?.text ?? dslString(commitment.text)}`,
            );
        }
        for (const kind of kinds) for (const commitment of entry.commitments) out.push(`${kind} ${commitment.id}`);
        entry.sections.forEach(section);
        out.push('}', '');
    };
    template.sections.forEach(section);
    if (template.assistanceRoles.length > 0 || template.assistanceItems.length > 0) {
        out.push('assistance {');
        template.assistanceRoles.forEach((role, index) => {
            out.push(index === 0 ? `contact ${ids.get(role)}` : `contact ${ids.get(role)} role ${dslString(role)}`);
        });
        for (const item of template.assistanceItems) out.push(`- ${dslString(item)}`);
        out.push('}');
    }
    return out.join('\n') + '\n';
}

function newReport(template: TemplateModel, options: NewPlanOptions): string {
    const now = options.now ?? new Date();
    const month = monthYear(now).split(' ')[0];
    const title = fieldDefault(template, 'title', options) ?? template.title;
    const out = [`report ${dslString(title)} {`, `template ${options.templateRef ?? template.name}`];
    out.push(`date ${month} ${options.year}`);
    const intro = fieldDefault(template, 'intro', options);
    if (intro !== undefined) out.push(`intro ${dslString(intro)}`);
    out.push('}', '');
    for (const section of template.allSections) out.push(`area ${dslString(section.title)}`, '');
    const footer = fieldDefault(template, 'footer', options);
    if (footer !== undefined) out.push(`footer ${dslString(footer)}`);
    return out.join('\n') + '\n';
}
