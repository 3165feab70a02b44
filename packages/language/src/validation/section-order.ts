import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, CtapPlan, Section } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { conformance } from './template-rule-utils.js';
import type { TemplateServices } from './template-rule-utils.js';
import type { PlanConformance } from '../template/action-plan-template-match.js';

/**
 * Sections of one level come in the template's order. A section that comes after one
 * the template puts behind it is reported, naming that one.
 */
export function sectionOrderChecks(services: TemplateServices): ValidationChecks<ActionPlanAstType> {
    const check = (plan: CtapPlan, accept: ValidationAcceptor): void => {
        const found = conformance(services, plan);
        if (!found) return;
        checkSiblings(plan.sections, found, accept);
        for (const section of found.listed.keys()) checkSiblings(section.sections, found, accept);
    };
    return { CtapPlan: check };
}

function checkSiblings(siblings: Section[], found: PlanConformance, accept: ValidationAcceptor): void {
    const order = new Map(found.template.allSections.map((section, index) => [section, index]));
    let latest: { section: Section; index: number } | undefined;
    for (const section of siblings) {
        const wanted = found.sections.get(section);
        const index = wanted && order.get(wanted);
        if (index === undefined) continue;
        if (latest && index < latest.index) {
            accept(
                'warning',
                `Section ${section.name} comes after section ${latest.section.name}; template ${found.template.name} puts it before`,
                { node: section, property: 'name', code: IssueCodes.SectionOrder },
            );
        } else {
            latest = { section, index };
        }
    }
}
