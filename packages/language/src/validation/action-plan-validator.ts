import type { ValidationChecks } from 'langium';
import type { ActionPlanAstType } from '../generated/ast.js';
import type { ActionPlanServices } from '../action-plan-module.js';
import { conflictingContactChecks } from './conflicting-contact.js';
import { contactDetailChecks } from './contact-details.js';
import { dateChecks } from './dates.js';
import { duplicateCommitmentChecks } from './duplicate-commitment.js';
import { duplicateFieldChecks } from './duplicate-field.js';
import { duplicateMeasureChecks } from './duplicate-measure.js';
import { duplicateSectionChecks } from './duplicate-section.js';
import { emptySectionChecks } from './empty-section.js';
import { misplacedBlockChecks } from './misplaced-block.js';
import { missingContactChecks } from './missing-contact.js';
import { missingTimeframeChecks } from './missing-timeframe.js';
import { unreportedCommitmentChecks } from './unreported-commitment.js';
import { yearChecks } from './years.js';
import { commitmentWordingChecks } from './commitment-wording.js';
import { commitmentYearsChecks } from './commitment-years.js';
import { futureLastUpdatedChecks } from './future-last-updated.js';
import { missingHeaderFieldChecks } from './missing-header-field.js';
import { missingRoleContactChecks } from './missing-role-contact.js';
import { missingSectionChecks } from './missing-section.js';
import { missingTemplateCommitmentChecks } from './missing-template-commitment.js';
import { pastTimeframeChecks } from './past-timeframe.js';
import { sectionOrderChecks } from './section-order.js';
import { sectionTitleChecks } from './section-title.js';
import { unexpectedSectionChecks } from './unexpected-section.js';
import { unknownCommitmentChecks } from './unknown-commitment.js';
import { unresolvedTemplateChecks } from './unresolved-template.js';
import type { TemplateServices } from './template-rule-utils.js';

/**
 * Registers the plan rules with Langium's validation registry. The rules
 * themselves live one concern a file under validation/.
 */
export function registerValidationChecks(services: ActionPlanServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.ActionPlanValidator;
    for (const checks of validator.allChecks()) {
        registry.register(checks, validator);
    }
    registry.register(duplicateSectionChecks(services));
}

/** Holds the plan rules; each rule module contributes its checks here. */
export class ActionPlanValidator {
    constructor(private readonly services: TemplateServices) {}

    allChecks(): Array<ValidationChecks<ActionPlanAstType>> {
        const services = this.services;
        return [
            missingContactChecks,
            duplicateCommitmentChecks,
            duplicateMeasureChecks,
            duplicateFieldChecks,
            misplacedBlockChecks,
            conflictingContactChecks,
            yearChecks,
            dateChecks,
            missingTimeframeChecks,
            contactDetailChecks,
            emptySectionChecks,
            unreportedCommitmentChecks,
            pastTimeframeChecks,
            futureLastUpdatedChecks,
            // The template rules (docs/language.md, "Templates").
            unresolvedTemplateChecks(services),
            missingHeaderFieldChecks(services),
            missingSectionChecks(services),
            unexpectedSectionChecks(services),
            sectionOrderChecks(services),
            sectionTitleChecks(services),
            missingRoleContactChecks(services),
            missingTemplateCommitmentChecks(services),
            commitmentWordingChecks(services),
            commitmentYearsChecks(services),
            unknownCommitmentChecks(services),
        ];
    }
}
