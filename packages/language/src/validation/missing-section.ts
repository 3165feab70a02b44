import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, CtapPlan } from '../generated/ast.js';
import type { TemplateSection } from '../template/action-plan-template-model.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { conformance } from './template-rule-utils.js';
import type { TemplateServices } from './template-rule-utils.js';
import { quoteForMessage } from '../facts/index.js';
import { hasSyntaxErrors } from './validation-utils.js';

/**
 * Each section of the template that is not `optional` must be in the plan (same id).
 * A missing subsection is reported on its parent section; a missing top-level section
 * (or one whose parent is missing too, reported once) on the header.
 */
export function missingSectionChecks(services: TemplateServices): ValidationChecks<ActionPlanAstType> {
    const check = (plan: CtapPlan, accept: ValidationAcceptor): void => {
        const found = conformance(services, plan);
        if (!found || hasSyntaxErrors(plan)) return;
        const present = new Map([...found.sections].map(([section, template]) => [template, section]));
        const report = (wanted: TemplateSection): void => {
            if (present.has(wanted)) {
                wanted.sections.forEach(report);
                return;
            }
            if (wanted.optional) return;
            const message = `Section ${wanted.id} ${quoteForMessage(wanted.title, 80)} of template ${found.template.name} is missing`;
            const parent = wanted.parent && present.get(wanted.parent);
            if (parent) {
                accept('error', message, { node: parent, property: 'name', code: IssueCodes.MissingSection });
            } else if (plan.header) {
                accept('error', message, { node: plan.header, keyword: 'ctap', code: IssueCodes.MissingSection });
            }
        };
        found.template.sections.forEach(report);
    };
    return { CtapPlan: check };
}
