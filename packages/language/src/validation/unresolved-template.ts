import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, CtapPlan, ProgressReport } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import type { TemplateServices } from './template-rule-utils.js';

/**
 * A plan's `template …` must name a shipped template or a template file (loaded with
 * the plan) of the plan's form. Without one, the template rules stay quiet.
 */
export function unresolvedTemplateChecks(services: TemplateServices): ValidationChecks<ActionPlanAstType> {
    const check = (plan: CtapPlan | ProgressReport, accept: ValidationAcceptor): void => {
        const { problem, ref } = services.templates.Templates.templateFor(plan);
        if (problem && ref) accept('error', problem, { node: ref, code: IssueCodes.UnresolvedTemplate });
    };
    return { CtapPlan: check, ProgressReport: check };
}
