import { AstUtils, CstUtils, UriUtils } from 'langium';
import type { AstNode, LangiumDocument, References } from 'langium';
import type { HoverProvider, LangiumServices } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isBlock, isCommitment, isContact, isCtapPlan, isDocument, isSection, isYearGroup } from '../generated/ast.js';
import type { ActionPlanServices } from '../action-plan-module.js';
import { conformanceOf } from '../template/action-plan-template-match.js';
import { commitmentYears as templateYears } from '../template/action-plan-template-model.js';
import type { Commitment, Section } from '../generated/ast.js';
import { blockShortTitle, sectionLabel, wordingText, wordingYears } from '../facts/index.js';
import { contactCard, measureCount, reportsOf, sectionOf } from './action-plan-lsp-utils.js';

/**
 * Hover on a commitment (its full text, years and the blocks that report it), on a
 * contact (its card), on a section (its title and size) and on a year (the
 * commitment it dates). Works on declarations and on references alike.
 */
export class ActionPlanHoverProvider implements HoverProvider {
    private readonly references: References;

    constructor(private readonly services: LangiumServices) {
        this.references = services.references.References;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf || leaf.hidden) return undefined;
        let value: string | undefined;
        if (isYearGroup(leaf.astNode) && /^\d+$/.test(leaf.text)) {
            value = this.year(leaf.astNode, Number(leaf.text));
        } else {
            const target = this.references.findDeclarations(leaf)[0];
            if (target) value = this.describe(target, document);
        }
        return value ? { contents: { kind: 'markdown', value }, range: leaf.range } : undefined;
    }

    private describe(target: AstNode, document: LangiumDocument): string | undefined {
        if (isCommitment(target)) return this.commitment(target, document);
        if (isContact(target)) return contactCard(target) + this.declaredIn(target, document);
        if (isSection(target)) return this.section(target);
        return undefined;
    }

    private commitment(commitment: Commitment, document: LangiumDocument): string {
        const section = sectionOf(commitment);
        const lines = [`**Commitment \`${commitment.name ?? ''}\`**${section ? ` · ${sectionLabel(section)}` : ''}`];
        lines.push(wordingText(commitment.text));
        const years = [...new Set(wordingYears(commitment.text))];
        if (years.length > 0) lines.push(`*Years:* ${years.join(', ')}`);
        if (commitment.note) lines.push(`*Note:* ${commitment.note}`);
        const declaring = AstUtils.getDocument(commitment);
        const all = reportsOf(this.services, commitment);
        // In a plan, "where reported" means in this plan; in the declaring catalog, everywhere.
        const blocks = declaring === document ? all : all.filter((b) => AstUtils.getDocument(b) === document);
        if (blocks.length === 0) {
            lines.push('*Not reported in any block.*');
        } else {
            const measures = blocks.reduce((sum, block) => sum + measureCount(block), 0);
            const where = blocks.map((block) => {
                const at = sectionOf(block)?.name ?? '';
                const file = AstUtils.getDocument(block) === document ? '' : ` in ${this.relative(document, block)}`;
                return `${blockShortTitle(block.kind)} (${at}${file}, ${plural(measureCount(block), 'measure')})`;
            });
            lines.push(
                `*Reported in* ${plural(blocks.length, 'block')} · ${plural(measures, 'measure')}: ${where.join('; ')}`,
            );
        }
        const template = this.templateNote(commitment, document);
        if (template) lines.push(template);
        return lines.join('\n\n') + this.declaredIn(commitment, document);
    }

    /** The commitment against the plan's template: its template wording and years, and where the plan differs. */
    private templateNote(commitment: Commitment, document: LangiumDocument): string | undefined {
        const root = document.parseResult.value;
        if (!isDocument(root) || !isCtapPlan(root.body)) return undefined;
        const templates = (this.services as ActionPlanServices).templates.Templates;
        const template = templates.templateFor(root.body).template;
        if (!template) return undefined;
        const match = conformanceOf(root.body, template).commitments.get(commitment);
        if (!match) return `*Template ${template.name}:* matches none of its commitments.`;
        const wanted = match.template;
        const lines = [`*Template ${template.name}:* \`${wanted.id}\` (section ${wanted.section.id}) · ${wanted.text}`];
        if (!match.exact) lines.push(`*Differs:* the wording (${Math.round(match.similarity * 100)}% the same).`);
        if (match.yearsDiffer) {
            const plan = templateYears(commitment.text);
            const show = (years: number[]) => (years.length ? years.join(', ') : 'none');
            lines.push(`*Differs:* the years (here ${show(plan)}, template ${show(wanted.years)}).`);
        }
        if (match.exact && !match.yearsDiffer) lines.push('Worded as the template words it.');
        return lines.join('\n\n');
    }

    private section(section: Section): string {
        const parts = [`**Section ${sectionLabel(section)}**`];
        const counts = [
            plural(section.sections.length, 'subsection'),
            plural(section.commitments.length, 'commitment'),
            plural(section.blocks.length, 'block'),
        ];
        parts.push(counts.join(' · '));
        return parts.join('\n\n');
    }

    private year(group: AstNode, year: number): string | undefined {
        const owner = group.$container?.$container;
        if (isCommitment(owner)) {
            return `**${year}** dates commitment \`${owner.name}\`: ${wordingText(owner.text)}`;
        }
        if (isBlock(owner)) {
            const wording = wordingText(owner.wording);
            return `**${year}** dates the wording of \`${owner.kind} ${owner.commitment.$refText}\`: ${wording}`;
        }
        return undefined;
    }

    private declaredIn(node: AstNode, document: LangiumDocument): string {
        const declaring = AstUtils.getDocument(node);
        return declaring === document ? '' : `\n\n*Declared in* ${this.relative(document, node)}`;
    }

    private relative(from: LangiumDocument, node: AstNode): string {
        return UriUtils.relative(UriUtils.dirname(from.uri), AstUtils.getDocument(node).uri);
    }
}

function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
