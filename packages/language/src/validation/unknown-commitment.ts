import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, CtapPlan } from '../generated/ast.js';
import { planParts } from '../link/action-plan-walk.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { conformance } from './template-rule-utils.js';
import type { TemplateServices } from './template-rule-utils.js';

/** A commitment the plan declares that matches no commitment of its template, not even in drifted wording. */
export function unknownCommitmentChecks(services: TemplateServices): ValidationChecks<ActionPlanAstType> {
    const check = (plan: CtapPlan, accept: ValidationAcceptor): void => {
        const found = conformance(services, plan);
        if (!found || found.template.commitments.length === 0) return;
        for (const commitment of planParts(plan).commitments) {
            if (found.commitments.has(commitment) || !commitment.name) continue;
            accept('info', `Commitment ${commitment.name} matches no commitment of template ${found.template.name}`, {
                node: commitment,
                property: 'name',
                code: IssueCodes.UnknownCommitment,
            });
        }
    };
    return { CtapPlan: check };
}
