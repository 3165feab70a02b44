import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, Section } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { sectionReference } from '../facts/index.js';
import { hasSyntaxErrors } from './validation-utils.js';

/**
 * A section answers for commitments; one with neither commitments nor subsections says nothing.
 * Blocks count too: they report on commitments a catalog declares.
 */
function checkSection(section: Section, accept: ValidationAcceptor): void {
    const hasContent = section.commitments.length > 0 || section.blocks.length > 0 || section.sections.length > 0;
    if (hasContent || !section.name || hasSyntaxErrors(section)) return;
    accept('warning', `${sectionReference(section)} has neither commitments nor subsections`, {
        node: section,
        property: 'name',
        code: IssueCodes.EmptySection,
    });
}

export const emptySectionChecks: ValidationChecks<ActionPlanAstType> = {
    Section: checkSection,
};
