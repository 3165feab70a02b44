import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, Catalog, Contact, CtapPlan } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { quoteForMessage } from '../facts/index.js';
import { lineOf } from './validation-utils.js';

export const CONTACT_FIELDS = ['title', 'phone', 'extension', 'fax', 'email'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

const FIELD_NAMES: Record<ContactField, string> = {
    title: 'title',
    phone: 'phone',
    extension: 'phone extension',
    fax: 'fax',
    email: 'e-mail',
};

/** What the quick fix needs: which field, and the other contact's value for it. */
export interface ConflictingContactData {
    field: ContactField;
    other: string;
    value: string;
}

/**
 * Two contacts for the same person (same name) whose details differ: the source
 * repeated a contact paragraph and one copy has a typo (seed 004's `apcc.japan@`).
 * Each later contact is compared with the first one of that name; a field only
 * one of them has is not a conflict. Values are compared exactly.
 */
function checkContacts(body: CtapPlan | Catalog, accept: ValidationAcceptor): void {
    const firstByName = new Map<string, Contact>();
    for (const contact of body.contacts) {
        const person = contact.fullName?.trim().replace(/\s+/g, ' ').toLowerCase();
        if (!person) continue;
        const first = firstByName.get(person);
        if (!first) {
            firstByName.set(person, contact);
            continue;
        }
        for (const field of CONTACT_FIELDS) {
            const mine = contact[field];
            const theirs = first[field];
            if (mine === undefined || theirs === undefined || mine === theirs) continue;
            const data: ConflictingContactData = { field, other: first.name, value: theirs };
            accept(
                'warning',
                `Contact ${contact.name} (${contact.fullName}) has ${FIELD_NAMES[field]} ${quoteForMessage(mine, 80)} but contact ${first.name} (line ${lineOf(first)}) has ${quoteForMessage(theirs, 80)}`,
                { node: contact, property: field, code: IssueCodes.ConflictingContact, data },
            );
        }
    }
}

export const conflictingContactChecks: ValidationChecks<ActionPlanAstType> = {
    CtapPlan: checkContacts,
    Catalog: checkContacts,
};
