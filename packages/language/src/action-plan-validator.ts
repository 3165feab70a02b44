import type { ValidationChecks } from 'langium';
import type { ActionPlanAstType } from './generated/ast.js';
import type { ActionPlanServices } from './action-plan-module.js';

/**
 * Registers the plan rules with Langium's validation registry. The rules
 * themselves live one concern a file under validation/.
 */
export function registerValidationChecks(services: ActionPlanServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.ActionPlanValidator;
    const checks: ValidationChecks<ActionPlanAstType> = {
        ...validator.checks(),
    };
    registry.register(checks, validator);
}

/** Holds the plan rules; each rule module contributes checks here. */
export class ActionPlanValidator {
    checks(): ValidationChecks<ActionPlanAstType> {
        return {};
    }
}
