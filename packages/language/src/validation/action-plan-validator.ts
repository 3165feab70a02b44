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
    allChecks(): Array<ValidationChecks<ActionPlanAstType>> {
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
        ];
    }
}
