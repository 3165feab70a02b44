// Contacts compared by person: every declaration with the same name is one person (the
// importer numbers repeated declarations `maeda`, `maeda-2`… differently each year), and
// each section's contact point is compared with the same section's contact point.
import type { ExportContact, ExportContactRef } from '../render/action-plan-render-types.js';
import type { PlanChange } from './action-plan-diff-model.js';

const CONTACT_FIELDS = ['title', 'phone', 'extension', 'fax', 'email'] as const;

/** The person a contact declaration stands for: its name, or its id when it has none. */
export function personKey(contact: ExportContact): string {
    return (contact.name ?? contact.id).toLowerCase().replace(/\s+/g, ' ').trim();
}

export function diffPeople(
    olds: readonly ExportContact[],
    news: readonly ExportContact[],
    changes: PlanChange[],
): void {
    const oldPeople = new Map(olds.map((contact) => [personKey(contact), contact]));
    const newPeople = new Map(news.map((contact) => [personKey(contact), contact]));
    for (const [key, contact] of oldPeople)
        if (!newPeople.has(key)) changes.push({ kind: 'removed', what: 'contact', text: contact.name ?? contact.id });
    for (const [key, contact] of newPeople)
        if (!oldPeople.has(key)) changes.push({ kind: 'added', what: 'contact', text: contact.name ?? contact.id });
}

/** The contact points of one section (or of the assistance part), role by role. */
export function diffContactPoints(
    section: string,
    olds: readonly ExportContactRef[],
    news: readonly ExportContactRef[],
    oldContacts: ReadonlyMap<string, ExportContact>,
    newContacts: ReadonlyMap<string, ExportContact>,
    changes: PlanChange[],
): void {
    const role = (ref: ExportContactRef) => ref.role ?? '';
    const newByRole = new Map(news.map((ref) => [role(ref), ref]));
    for (const oldRef of olds) {
        const newRef = newByRole.get(role(oldRef));
        const oldContact = oldContacts.get(oldRef.contact) ?? { id: oldRef.contact };
        if (!newRef) {
            changes.push({ kind: 'removed', what: 'contact', section, text: oldContact.name ?? oldContact.id });
            continue;
        }
        newByRole.delete(role(oldRef));
        const newContact = newContacts.get(newRef.contact) ?? { id: newRef.contact };
        if (personKey(oldContact) !== personKey(newContact)) {
            changes.push({
                kind: 'changed',
                what: 'contact',
                section,
                field: 'person',
                old: oldContact.name ?? oldContact.id,
                new: newContact.name ?? newContact.id,
            });
            continue;
        }
        for (const field of CONTACT_FIELDS) {
            const before = oldContact[field];
            const after = newContact[field];
            if (before === after) continue;
            changes.push({
                kind: before === undefined ? 'added' : after === undefined ? 'removed' : 'changed',
                what: 'contact',
                section,
                field,
                text: newContact.name ?? newContact.id,
                ...(before === undefined ? {} : { old: before }),
                ...(after === undefined ? {} : { new: after }),
            });
        }
    }
    for (const newRef of newByRole.values()) {
        const contact = newContacts.get(newRef.contact) ?? { id: newRef.contact };
        changes.push({ kind: 'added', what: 'contact', section, text: contact.name ?? contact.id });
    }
}
