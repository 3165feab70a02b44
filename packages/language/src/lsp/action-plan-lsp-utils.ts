import { AstUtils } from 'langium';
import type { AstNode } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { isBlock, isSection } from '../generated/ast.js';
import type { Block, Commitment, Contact, Section } from '../generated/ast.js';
import { contactDisplayName, phoneText } from '../facts/index.js';

/** The innermost section holding a node, if any. */
export function sectionOf(node: AstNode): Section | undefined {
    return AstUtils.getContainerOfType(node.$container, isSection);
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
    const lines = [`**${contactDisplayName(contact)}** (\`${contact.name}\`)`];
    if (contact.title) lines.push(contact.title);
    if (contact.phone) lines.push(`Phone: ${phoneText(contact, 'source')}`);
    if (contact.fax) lines.push(`Fax: ${contact.fax}`);
    if (contact.email) lines.push(`Email: ${contact.email}`);
    return lines.join('  \n');
}
