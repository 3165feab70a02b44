import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, CtapPlan } from '../generated/ast.js';
import { planParts } from '../link/action-plan-walk.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { templateCommitmentSource } from './missing-template-commitment.js';
import { conformance } from './template-rule-utils.js';
import type { TemplateServices } from './template-rule-utils.js';
import { quoteForMessage } from '../facts/index.js';

/** The template's wording, as the quick fix writes it in place of the commitment's. */
export interface CommitmentWordingData {
    text: string;
}

/**
 * A commitment the plan declares whose wording is close to a template commitment's
 * (textSimilarity at or above SAME_TEXT_THRESHOLD) but not the same once normalized.
 */
export function commitmentWordingChecks(services: TemplateServices): ValidationChecks<ActionPlanAstType> {
    const check = (plan: CtapPlan, accept: ValidationAcceptor): void => {
        const found = conformance(services, plan);
        if (!found) return;
        for (const commitment of planParts(plan).commitments) {
            const match = found.commitments.get(commitment);
            if (!match || match.exact) continue;
            const data: CommitmentWordingData = { text: templateCommitmentSource(match.template) };
            const percent = Math.round(match.similarity * 100);
            accept(
                'info',
                `Commitment ${commitment.name} is worded otherwise than ${match.template.id} of template ${found.template.name} (${percent}% the same): ${quoteForMessage(match.template.text, 100)}`,
                { node: commitment, property: 'name', code: IssueCodes.CommitmentWording, data },
            );
        }
    };
    return { CtapPlan: check };
}
