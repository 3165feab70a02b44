import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, Contact } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { quoteForMessage } from '../facts/index.js';

/** One `@`, no spaces, a dot in the domain: what every real address in the seeds looks like. */
const EMAIL = /^[^\s@"<>(),;]+@[^\s@"<>(),;]+\.[A-Za-z]{2,}$/;
/** An optional `+` or `(`, then digits with `-`, space, `.` or `()` between them. */
const PHONE = /^\+?[(0-9][0-9\s().-]*[0-9]$/;

function digits(value: string): number {
    return value.replace(/\D/g, '').length;
}

function checkContactDetails(contact: Contact, accept: ValidationAcceptor): void {
    if (contact.email !== undefined && !EMAIL.test(contact.email)) {
        accept(
            'warning',
            `Contact ${contact.name} has an invalid e-mail address ${quoteForMessage(contact.email, 80)}`,
            {
                node: contact,
                property: 'email',
                code: IssueCodes.InvalidEmail,
            },
        );
    }
    for (const field of ['phone', 'fax'] as const) {
        const value = contact[field];
        if (value !== undefined && (!PHONE.test(value) || digits(value) < 5 || digits(value) > 15)) {
            accept('warning', `Contact ${contact.name} has an invalid ${field} number ${quoteForMessage(value, 80)}`, {
                node: contact,
                property: field,
                code: IssueCodes.InvalidPhone,
            });
        }
    }
    if (contact.extension !== undefined && !/^[0-9]{1,6}$/.test(contact.extension)) {
        accept(
            'warning',
            `Contact ${contact.name} has an invalid phone extension ${quoteForMessage(contact.extension, 80)}`,
            {
                node: contact,
                property: 'extension',
                code: IssueCodes.InvalidPhone,
            },
        );
    }
}

export const contactDetailChecks: ValidationChecks<ActionPlanAstType> = {
    Contact: checkContactDetails,
};
