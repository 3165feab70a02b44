import { AstUtils } from 'langium';
import type { AstNode } from 'langium';
import { isCtapPlan, isDocument, isProgressReport } from '../generated/ast.js';
import type { CtapPlan, ProgressReport } from '../generated/ast.js';
import type { ActionPlanServices } from '../action-plan-module.js';
import { conformanceOf } from '../template/action-plan-template-match.js';
import type { PlanConformance } from '../template/action-plan-template-match.js';
import type { TemplateModel } from '../template/action-plan-template-model.js';

/** What the template rules need of the services. */
export type TemplateServices = Pick<ActionPlanServices, 'templates'>;

/** The template a plan follows; undefined when it names one that cannot be used (unresolved-template says why). */
export function templateOf(services: TemplateServices, plan: CtapPlan | ProgressReport): TemplateModel | undefined {
    return services.templates.Templates.templateFor(plan).template;
}

/** The CTAP read against its template, when it has one. */
export function conformance(services: TemplateServices, plan: CtapPlan): PlanConformance | undefined {
    const template = templateOf(services, plan);
    return template && conformanceOf(plan, template);
}

/** The CTAP or progress report a node belongs to. */
export function planOf(node: AstNode): CtapPlan | ProgressReport | undefined {
    const root = AstUtils.findRootNode(node);
    if (!isDocument(root)) return undefined;
    return isCtapPlan(root.body) || isProgressReport(root.body) ? root.body : undefined;
}
