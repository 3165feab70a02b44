// How a contact point is shown: by its person's name, its phone with the
// extension as the template writes it.
import type { Contact } from '../generated/ast.js';

/** The person's name, or the contact's id when the plan gives no name. */
export function contactDisplayName(contact: Pick<Contact, 'name' | 'fullName'>): string {
    return contact.fullName ?? contact.name ?? '';
}

/**
 * The telephone with its extension: `+81-3-5501-8000(Ex5276)` as the template
 * prints it (the exports), or `+81-3-5501-8000 ext 5276` as the plan's source
 * writes it (the editor's contact card). '' without a phone.
 */
export function phoneText(
    contact: { phone?: string; extension?: string },
    form: 'template' | 'source' = 'template',
): string {
    if (!contact.phone) return '';
    if (!contact.extension) return contact.phone;
    return form === 'template'
        ? `${contact.phone}(Ex${contact.extension})`
        : `${contact.phone} ext ${contact.extension}`;
}

/** The template's role for a section's contact point; a plan names a role only when it differs. */
export const DEFAULT_CONTACT_ROLE = 'Contact Point';

/** The template's role for the contact point of the closing assistance part. */
export const ASSISTANCE_CONTACT_ROLE = 'Contact Point for Assistance and Expertise not included above';
