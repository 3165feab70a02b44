import { AstUtils } from 'langium';
import type { AstNode } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { isBlock, isSection, isYearGroup } from '../generated/ast.js';
import type { Block, Commitment, CommitmentText, Contact, Section } from '../generated/ast.js';

/** Block kinds as the template names them. */
export const BLOCK_TITLES: Record<string, string> = {
    undertaken: 'measures undertaken',
    planned: 'further measures planned',
    participated: 'capacity building participated in',
    needs: 'capacity building needs',
    offers: 'expertise offered',
};

/** The commitment's wording as the exporter prints it: parts joined by spaces, none before `.,;:)`. */
export function commitmentText(text: CommitmentText | undefined): string {
    if (!text) return '';
    let result = '';
    for (const part of text.parts) {
        const piece = isYearGroup(part) ? `(${part.years.join(', ')})` : (part.value ?? '');
        result += result === '' || /^[.,;:)]/.test(piece) ? piece : ` ${piece}`;
    }
    return result;
}

/** All years a commitment's wording cites, in order of appearance. */
export function commitmentYears(commitment: Commitment): number[] {
    return (commitment.text?.parts ?? []).flatMap((part) => (isYearGroup(part) ? part.years : []));
}

/** Text cut at a word boundary to about `max` characters, for outlines and lists. */
export function shorten(text: string, max = 60): string {
    if (text.length <= max) return text;
    const cut = text.slice(0, max);
    const space = cut.lastIndexOf(' ');
    return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** The innermost section holding a node, if any. */
export function sectionOf(node: AstNode): Section | undefined {
    return AstUtils.getContainerOfType(node.$container, isSection);
}

/** `A.1 Protect Cargo`. */
export function sectionLabel(section: Section): string {
    // Half-typed sections (while editing) may lack an id or a title.
    return [section.name, section.title].filter((part) => part).join(' ');
}

/** Top-level items of a block: the measures it reports. */
export function measureCount(block: Block): number {
    return block.items.length;
}

/** The blocks, in this workspace, that report a commitment (through its references). */
export function reportsOf(services: LangiumServices, commitment: Commitment): Block[] {
    const documents = services.shared.workspace.LangiumDocuments;
    const locator = services.workspace.AstNodeLocator;
    const blocks: Block[] = [];
    for (const reference of services.references.References.findReferences(commitment, { includeDeclaration: false })) {
        const document = documents.getDocument(reference.sourceUri);
        if (!document) continue;
        const node = locator.getAstNode(document.parseResult.value, reference.sourcePath);
        if (node && isBlock(node)) blocks.push(node);
    }
    return blocks;
}

/** A contact's card in Markdown: name, title, phone, fax, email. */
export function contactCard(contact: Contact): string {
    const lines = [`**${contact.fullName ?? contact.name}** (\`${contact.name}\`)`];
    if (contact.title) lines.push(contact.title);
    if (contact.phone) lines.push(`Phone: ${contact.phone}${contact.extension ? ` ext ${contact.extension}` : ''}`);
    if (contact.fax) lines.push(`Fax: ${contact.fax}`);
    if (contact.email) lines.push(`Email: ${contact.email}`);
    return lines.join('  \n');
}
