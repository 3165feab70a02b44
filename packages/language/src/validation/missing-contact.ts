import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, CtapPlan, Section } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { sectionReference } from '../facts/index.js';
import { ctapPlanOf, enclosingSections, hasSyntaxErrors } from './validation-utils.js';

/** What the quick fix needs to know about where a contact point is missing. */
export interface MissingContactData {
    target: 'section' | 'assistance' | 'plan';
}

/**
 * A CTAP section that declares commitments needs a contact point, its own or
 * one of an enclosing section (the template prints the contact above the
 * commitments it answers for). The plan needs the closing assistance contact.
 * Progress reports and catalogs have no contact points.
 */
function checkSection(section: Section, accept: ValidationAcceptor): void {
    if (section.commitments.length === 0 || !section.name || !ctapPlanOf(section) || hasSyntaxErrors(section)) return;
    const withContact = [section, ...enclosingSections(section)].some((s) => s.contacts.length > 0);
    if (withContact) return;
    const data: MissingContactData = { target: 'section' };
    accept('error', `${sectionReference(section)} has no contact point`, {
        node: section,
        property: 'name',
        code: IssueCodes.MissingContact,
        data,
    });
}

function checkPlan(plan: CtapPlan, accept: ValidationAcceptor): void {
    if (plan.assistances.some((a) => a.contacts.length > 0) || hasSyntaxErrors(plan)) return;
    const assistance = plan.assistances[0];
    const data: MissingContactData = { target: assistance ? 'assistance' : 'plan' };
    const message = assistance
        ? 'The assistance part has no contact point for assistance and expertise'
        : 'The plan has no assistance part with a contact point for assistance and expertise';
    if (assistance) {
        accept('error', message, { node: assistance, keyword: 'assistance', code: IssueCodes.MissingContact, data });
    } else if (plan.header) {
        accept('error', message, { node: plan.header, keyword: 'ctap', code: IssueCodes.MissingContact, data });
    }
}

export const missingContactChecks: ValidationChecks<ActionPlanAstType> = {
    Section: checkSection,
    CtapPlan: checkPlan,
};
