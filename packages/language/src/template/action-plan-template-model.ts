import { isProse, isYearGroup } from '../generated/ast.js';
import type { Commitment, CommitmentText, Section, Template } from '../generated/ast.js';
import { wordingText } from '../facts/index.js';
import { normalizeText } from '../validation/validation-utils.js';

/** The role a section's plain `contact <id>` fills; other roles are named with `role "…"`. */
export const MAIN_CONTACT_ROLE = 'Contact Point';

/** A header field of the template's form: whether plans must give it, and what `new` writes. */
export interface TemplateFieldSpec {
    /** As written in a plan: `economy`, `calendar year`, `last updated` … */
    field: string;
    required: boolean;
    /** `{economy}` and `{year}` stand for the new plan's economy and calendar year. */
    defaultValue?: string;
}

export interface TemplateCommitment {
    id: string;
    /** The wording as the template prints it, years included: `Implement … (2005).` */
    text: string;
    /** The prose alone, normalized (normalizeText): what wording is compared on. */
    wording: string;
    /** Every year of its year groups, in order. */
    years: number[];
    section: TemplateSection;
    node: Commitment;
}

export interface TemplateSection {
    id: string;
    title: string;
    optional: boolean;
    /** Contact roles a plan's section must fill, MAIN_CONTACT_ROLE included when it is asked for. */
    roles: string[];
    commitments: TemplateCommitment[];
    sections: TemplateSection[];
    parent?: TemplateSection;
    node: Section;
}

/** A template (a `template` file) read into plain data: what the conformance rules and `new` work from. */
export interface TemplateModel {
    name: string;
    title: string;
    form: 'ctap' | 'report';
    year?: number;
    fields: TemplateFieldSpec[];
    /** Heading of each block kind and summary part (`undertaken`, `forward work` …). */
    questions: Map<string, string>;
    /** Top-level sections, in the template's order. */
    sections: TemplateSection[];
    /** Every section, pre-order (`A`, `A.1` … `B`). */
    allSections: TemplateSection[];
    commitments: TemplateCommitment[];
    /** Contact roles of the closing assistance part. */
    assistanceRoles: string[];
    /** The template's own items of the assistance part. */
    assistanceItems: string[];
    /** Where it was read from: a shipped template's name or the file's URI. */
    source: string;
    node: Template;
}

/** Reads a parsed template into a TemplateModel. */
export function templateModel(template: Template, source: string): TemplateModel {
    const model: TemplateModel = {
        name: template.name ?? '',
        title: template.title ?? '',
        form: template.form === 'report' ? 'report' : 'ctap',
        year: template.year,
        fields: template.fields.map((field) => ({
            field: field.field,
            required: field.required,
            defaultValue: field.value,
        })),
        questions: new Map(template.questions.map((question) => [question.kind, question.heading ?? ''])),
        sections: [],
        allSections: [],
        commitments: [],
        assistanceRoles: template.assistances.flatMap((a) => a.roles.map((r) => r.role ?? '')),
        assistanceItems: template.assistances.flatMap((a) => a.items.map((item) => item.text ?? '')),
        source,
        node: template,
    };
    const read = (section: Section, parent?: TemplateSection): TemplateSection => {
        const entry: TemplateSection = {
            id: section.name ?? '',
            title: section.title ?? '',
            optional: section.optional,
            roles: section.roles.map((r) => r.role ?? ''),
            commitments: [],
            sections: [],
            parent,
            node: section,
        };
        model.allSections.push(entry);
        for (const commitment of section.commitments) {
            const item: TemplateCommitment = {
                id: commitment.name ?? '',
                text: wordingText(commitment.text),
                wording: commitmentWording(commitment.text),
                years: commitmentYears(commitment.text),
                section: entry,
                node: commitment,
            };
            entry.commitments.push(item);
            model.commitments.push(item);
        }
        entry.sections = section.sections.map((child) => read(child, entry));
        return entry;
    };
    model.sections = template.sections.map((section) => read(section));
    return model;
}

/** A commitment's prose without its year groups, normalized: `implement the apec framework for secure trade`. */
export function commitmentWording(text: CommitmentText | undefined): string {
    const prose = (text?.parts ?? []).filter(isProse).map((part) => part.value ?? '');
    return normalizeText(prose.join(' '));
}

/** Every year a commitment's wording names in its year groups, in order. */
export function commitmentYears(text: CommitmentText | undefined): number[] {
    return (text?.parts ?? []).filter(isYearGroup).flatMap((group) => group.years);
}

/** The default a template gives a header field for a new plan, with `{economy}` and `{year}` filled in. */
export function fieldDefault(
    model: TemplateModel,
    field: string,
    values: { economy: string; year: number },
): string | undefined {
    const value = model.fields.find((f) => f.field === field)?.defaultValue;
    return value?.replace(/\{economy\}/g, values.economy).replace(/\{year\}/g, String(values.year));
}
