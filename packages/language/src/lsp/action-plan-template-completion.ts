import type { LangiumDocument } from 'langium';
import type { CompletionValueItem } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { isCtapPlan, isDocument } from '../generated/ast.js';
import type { CtapPlan, Section } from '../generated/ast.js';
import { planParts } from '../link/action-plan-walk.js';
import type { ActionPlanTemplates } from '../template/action-plan-template-service.js';
import { conformanceOf } from '../template/action-plan-template-match.js';
import type { TemplateModel, TemplateSection } from '../template/action-plan-template-model.js';
import { templateCommitmentSource } from '../validation/missing-template-commitment.js';
import { shorten } from '../facts/index.js';

// What completion offers from the plan's template: the commitments of a section that
// the plan does not list yet, and the sections it does not have.

/** Multi-word keywords complete whole: `calendar` is offered as `calendar year`. */
export const KEYWORD_PHRASES: Readonly<Record<string, string>> = {
    agenda: 'agenda item',
    submitted: 'submitted by',
    calendar: 'calendar year',
    last: 'last updated',
    forward: 'forward work',
    capacity: 'capacity building needs',
};

interface PlanTemplate {
    plan: CtapPlan;
    template: TemplateModel;
}

function planTemplate(templates: ActionPlanTemplates, document: LangiumDocument): PlanTemplate | undefined {
    const root = document.parseResult.value;
    if (!isDocument(root) || !isCtapPlan(root.body)) return undefined;
    const template = templates.templateFor(root.body).template;
    return template && { plan: root.body, template };
}

/** After `commitment ` in a section: the template commitments of that section the plan does not list, whole. */
export function templateCommitmentItems(
    templates: ActionPlanTemplates,
    document: LangiumDocument,
    section: Section | undefined,
): CompletionValueItem[] {
    const found = planTemplate(templates, document);
    const wanted = found && section && found.template.allSections.find((s) => s.id === section.name);
    if (!found || !section || !wanted) return [];
    const conformance = conformanceOf(found.plan, found.template);
    const listed = new Set(
        (conformance.listed.get(section) ?? []).map((c) => conformance.commitments.get(c)?.template),
    );
    const taken = new Set(planParts(found.plan).commitments.map((c) => c.name));
    return wanted.commitments
        .filter((commitment) => !listed.has(commitment))
        .map((commitment, index) => {
            let id = commitment.id;
            for (let n = 2; taken.has(id); n++) id = `${commitment.id}-${n}`;
            const years = commitment.years.length > 0 ? ` (${commitment.years.join(', ')})` : '';
            return {
                label: id,
                kind: CompletionItemKind.Event,
                detail: `${found.template.name}: ${shorten(commitment.text, 70)}`,
                documentation: {
                    kind: 'markdown',
                    value: `**Template ${found.template.name}** · section ${wanted.id}\n\n${commitment.text}${years ? `\n\n*Years:*${years}` : ''}`,
                },
                insertText: `${id} ${templateCommitmentSource(commitment)}`,
                filterText: id,
                sortText: `0${String(index).padStart(3, '0')}`,
            };
        });
}

/**
 * After `section `: the template's sections at this level (inside `parent`, or at the
 * top) that the plan does not have, with their titles; never an id the plan has.
 * Undefined when the plan has no template to follow.
 */
export function templateSectionItems(
    templates: ActionPlanTemplates,
    document: LangiumDocument,
    parent: Section | undefined,
): CompletionValueItem[] | undefined {
    const found = planTemplate(templates, document);
    if (!found) return undefined;
    const level: TemplateSection[] | undefined = parent
        ? found.template.allSections.find((s) => s.id === parent.name)?.sections
        : found.template.sections;
    const existing = existingSectionIds(document);
    return (level ?? [])
        .filter((section) => !existing.has(section.id))
        .map((section, index) => ({
            label: section.id,
            kind: CompletionItemKind.Module,
            detail: section.title,
            documentation: {
                kind: 'markdown',
                value: `**Section ${section.id}** of template ${found.template.name}: ${section.title}${section.optional ? ' (optional)' : ''}`,
            },
            insertText: `${section.id} ${JSON.stringify(section.title).replace(/[$}\\]/g, '\\$&')} {\n    $0\n}`,
            insertTextFormat: InsertTextFormat.Snippet,
            filterText: section.id,
            sortText: `0${String(index).padStart(3, '0')}`,
        }));
}

/** Every section id the plan has, at any level. */
export function existingSectionIds(document: LangiumDocument): Set<string> {
    return new Set(planParts(document.parseResult.value).sections.map((s) => s.name));
}
