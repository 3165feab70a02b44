import type { ValidationChecks } from 'langium';
import type { ActionPlanAstType } from './generated/ast.js';
import type { ActionPlanServices } from './action-plan-module.js';
import { conflictingContactChecks } from './validation/conflicting-contact.js';
import { contactDetailChecks } from './validation/contact-details.js';
import { dateChecks } from './validation/dates.js';
import { duplicateCommitmentChecks } from './validation/duplicate-commitment.js';
import { duplicateFieldChecks } from './validation/duplicate-field.js';
import { duplicateMeasureChecks } from './validation/duplicate-measure.js';
import { emptySectionChecks } from './validation/empty-section.js';
import { missingContactChecks } from './validation/missing-contact.js';
import { missingTimeframeChecks } from './validation/missing-timeframe.js';
import { unreportedCommitmentChecks } from './validation/unreported-commitment.js';
import { yearChecks } from './validation/years.js';

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
}

/** Holds the plan rules; each rule module contributes its checks here. */
export class ActionPlanValidator {
    allChecks(): Array<ValidationChecks<ActionPlanAstType>> {
        return [
            missingContactChecks,
            duplicateCommitmentChecks,
            duplicateMeasureChecks,
            duplicateFieldChecks,
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
