import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, Commitment, CtapPlan } from '../generated/ast.js';
import { reportsMeasures } from '../facts/index.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { planParts } from '../link/action-plan-walk.js';
import { hasSyntaxErrors } from './validation-utils.js';

/**
 * A CTAP commitment with no measure undertaken and none planned: the self-assessment
 * is silent on it. Blocks without items count as silent too.
 */
function checkReported(plan: CtapPlan, accept: ValidationAcceptor): void {
    if (hasSyntaxErrors(plan)) return;
    const reported = new Set<Commitment>();
    const { blocks, commitments } = planParts(plan);
    for (const block of blocks) {
        const target = block.commitment?.ref;
        if (target && reportsMeasures(block.kind) && block.items.length > 0) {
            reported.add(target);
        }
    }
    for (const commitment of commitments) {
        if (reported.has(commitment)) continue;
        accept('info', `Commitment ${commitment.name} has no measure undertaken and none planned`, {
            node: commitment,
            property: 'name',
            code: IssueCodes.UnreportedCommitment,
        });
    }
}

export const unreportedCommitmentChecks: ValidationChecks<ActionPlanAstType> = {
    CtapPlan: checkReported,
};
