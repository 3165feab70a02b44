import type { AstNode, ReferenceInfo } from 'langium';
import { isCatalog, isCtapPlan, isDocument } from '../generated/ast.js';
import type { Block, Commitment, Contact, ContactRole, Section } from '../generated/ast.js';

/**
 * The parts of a plan that rules, scopes and links work on, found by walking only
 * the nodes that can hold them (plan, sections, assistance), section by section.
 * Langium's generic walk visits every node (a big plan has tens of thousands of
 * items, strings and year groups) through generator streams, and each rule and
 * phase walked again: that was a third of a keystroke's re-validation.
 */
export interface PlanParts {
    contacts: Contact[];
    /** Pre-order: `A`, `A.1`, `A.2`, `B`. */
    sections: Section[];
    commitments: Commitment[];
    blocks: Block[];
    contactRoles: ContactRole[];
}

// One walk per AST: a re-parse makes a new root, so entries never go stale.
const cache = new WeakMap<AstNode, PlanParts>();

/** The parts of the plan or catalog under `root` (a Document, CtapPlan or Catalog). */
export function planParts(root: AstNode): PlanParts {
    const body = isDocument(root) ? root.body : root;
    const key = body ?? root;
    let parts = cache.get(key);
    if (!parts) {
        parts = collect(body);
        cache.set(key, parts);
    }
    return parts;
}

function collect(body: AstNode | undefined): PlanParts {
    const parts: PlanParts = { contacts: [], sections: [], commitments: [], blocks: [], contactRoles: [] };
    const addSection = (section: Section): void => {
        parts.sections.push(section);
        parts.contactRoles.push(...section.contacts);
        parts.commitments.push(...section.commitments);
        parts.blocks.push(...section.blocks);
        section.sections.forEach(addSection);
    };
    if (isCtapPlan(body)) {
        parts.contacts.push(...body.contacts);
        body.sections.forEach(addSection);
        for (const assistance of body.assistances) parts.contactRoles.push(...assistance.contacts);
    } else if (isCatalog(body)) {
        parts.contacts.push(...body.contacts);
        parts.commitments.push(...body.commitments);
    }
    return parts;
}

/** Contacts, sections and commitments: what a file declares and exports. */
export function declarationsOf(root: AstNode): Array<Contact | Section | Commitment> {
    const { contacts, sections, commitments } = planParts(root);
    return [...contacts, ...sections, ...commitments];
}

/**
 * Every cross-reference of the document: a contact role's contact and a block's
 * commitment are the grammar's only ones (a test holds the grammar to that).
 */
export function referencesOf(root: AstNode): ReferenceInfo[] {
    const { contactRoles, blocks } = planParts(root);
    const references: ReferenceInfo[] = [];
    for (const role of contactRoles) {
        if (role.contact) references.push({ reference: role.contact, container: role, property: 'contact' });
    }
    for (const block of blocks) {
        if (block.commitment)
            references.push({ reference: block.commitment, container: block, property: 'commitment' });
    }
    return references;
}
