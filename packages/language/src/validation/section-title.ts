import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, CtapPlan } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { conformance } from './template-rule-utils.js';
import type { TemplateServices } from './template-rule-utils.js';
import { quoteForMessage } from '../facts/index.js';

/** The title the quick fix writes. */
export interface SectionTitleData {
    title: string;
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A section titled otherwise than its template section (spacing aside; case counts: the template prints it). */
export function sectionTitleChecks(services: TemplateServices): ValidationChecks<ActionPlanAstType> {
    const check = (plan: CtapPlan, accept: ValidationAcceptor): void => {
        const found = conformance(services, plan);
        if (!found) return;
        for (const [section, wanted] of found.sections) {
            if (section.title === undefined || flat(section.title) === flat(wanted.title)) continue;
            const data: SectionTitleData = { title: wanted.title };
            accept(
                'info',
                `Section ${section.name} is titled ${quoteForMessage(wanted.title, 80)} in template ${found.template.name}`,
                { node: section, property: 'title', code: IssueCodes.SectionTitle, data },
            );
        }
    };
    return { CtapPlan: check };
}
