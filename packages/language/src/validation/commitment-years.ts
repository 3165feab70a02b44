import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, CtapPlan } from '../generated/ast.js';
import { planParts } from '../link/action-plan-walk.js';
import { commitmentYears } from '../template/action-plan-template-model.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { conformance } from './template-rule-utils.js';
import { APEC_FOUNDED } from './years.js';
import type { TemplateServices } from './template-rule-utils.js';

const list = (years: number[]) => (years.length === 0 ? 'no years' : `(${years.join(', ')})`);

/**
 * A commitment the plan declares whose years (in any order) differ from its template
 * commitment's. A year that cannot be right (invalid-year's) is reported there alone.
 */
export function commitmentYearsChecks(services: TemplateServices): ValidationChecks<ActionPlanAstType> {
    const check = (plan: CtapPlan, accept: ValidationAcceptor): void => {
        const found = conformance(services, plan);
        if (!found) return;
        for (const commitment of planParts(plan).commitments) {
            const match = found.commitments.get(commitment);
            if (!match?.yearsDiffer) continue;
            const years = commitmentYears(commitment.text);
            const calendarYear = plan.header?.calendarYear ?? Infinity;
            if (years.some((year) => year < APEC_FOUNDED || year > calendarYear)) continue;
            accept(
                'warning',
                `Commitment ${commitment.name} gives ${list(years)}; ${match.template.id} of template ${found.template.name} gives ${list(match.template.years)}`,
                { node: commitment, property: 'text', code: IssueCodes.CommitmentYears },
            );
        }
    };
    return { CtapPlan: check };
}
