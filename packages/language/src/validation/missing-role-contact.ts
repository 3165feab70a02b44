import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, ContactRole, CtapPlan } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { conformance } from './template-rule-utils.js';
import type { TemplateServices } from './template-rule-utils.js';
import { sectionReference } from '../facts/index.js';
import { hasSyntaxErrors } from './validation-utils.js';

const key = (role: string) => role.replace(/\s+/g, ' ').trim().toLowerCase();

/** The extra roles (all but the first, the plain contact point) that no contact of the list fills. */
function unfilled(roles: string[], contacts: ContactRole[]): string[] {
    const filled = new Set(contacts.map((c) => key(c.role ?? '')));
    return roles.slice(1).filter((role) => !filled.has(key(role)));
}

/**
 * A section (or the assistance part) without a contact for a role its template asks
 * for besides the plain contact point, which missing-contact covers: A.3's
 * "Emergency Aviation Security Point of Contact".
 */
export function missingRoleContactChecks(services: TemplateServices): ValidationChecks<ActionPlanAstType> {
    const check = (plan: CtapPlan, accept: ValidationAcceptor): void => {
        const found = conformance(services, plan);
        if (!found || hasSyntaxErrors(plan)) return;
        const name = found.template.name;
        for (const [section, wanted] of found.sections) {
            for (const role of unfilled(wanted.roles, section.contacts)) {
                accept('error', `${sectionReference(section)} has no ${role} (template ${name} asks for one)`, {
                    node: section,
                    property: 'name',
                    code: IssueCodes.MissingRoleContact,
                });
            }
        }
        const assistance = plan.assistances[0];
        if (!assistance) return;
        const contacts = plan.assistances.flatMap((a) => a.contacts);
        for (const role of unfilled(found.template.assistanceRoles, contacts)) {
            accept('error', `The assistance part has no ${role} (template ${name} asks for one)`, {
                node: assistance,
                keyword: 'assistance',
                code: IssueCodes.MissingRoleContact,
            });
        }
    };
    return { CtapPlan: check };
}
