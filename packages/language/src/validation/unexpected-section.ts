import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, CtapPlan } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { conformance } from './template-rule-utils.js';
import type { TemplateServices } from './template-rule-utils.js';
import { sectionReference } from '../facts/index.js';
import { enclosingSections } from './validation-utils.js';

/**
 * A plan section whose id the template does not have, or that sits under another
 * section than the template nests it in (A.1 belongs inside A).
 */
export function unexpectedSectionChecks(services: TemplateServices): ValidationChecks<ActionPlanAstType> {
    const check = (plan: CtapPlan, accept: ValidationAcceptor): void => {
        const found = conformance(services, plan);
        if (!found) return;
        const name = found.template.name;
        for (const section of found.listed.keys()) {
            if (!section.name) continue;
            const wanted = found.sections.get(section);
            const info = { node: section, property: 'name' as const, code: IssueCodes.UnexpectedSection };
            if (!wanted) {
                const ids = found.template.allSections.map((s) => s.id).join(', ');
                accept('warning', `${sectionReference(section)} is not a section of template ${name} (${ids})`, info);
                continue;
            }
            const parent = enclosingSections(section)[0]?.name;
            if (parent !== wanted.parent?.id) {
                const where = wanted.parent ? `inside section ${wanted.parent.id}` : 'at the top level';
                accept('warning', `${sectionReference(section)} belongs ${where} in template ${name}`, info);
            }
        }
    };
    return { CtapPlan: check };
}
