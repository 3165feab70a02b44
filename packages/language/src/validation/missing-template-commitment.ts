import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, Commitment, CtapPlan } from '../generated/ast.js';
import type { TemplateCommitment } from '../template/action-plan-template-model.js';
import { planParts } from '../link/action-plan-walk.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { conformance } from './template-rule-utils.js';
import type { TemplateServices } from './template-rule-utils.js';
import { quoteForMessage, sectionReference } from '../facts/index.js';
import { hasSyntaxErrors } from './validation-utils.js';

/** What the quick fix inserts, and where. */
export interface MissingTemplateCommitmentData {
    /** The declaration to insert: `commitment <id> "<wording>" (<years>) "."`. */
    declaration: string;
    /** The commitment of the section it goes after (template order); none: before the first. */
    after?: string;
}

/** The template's text of a commitment (wording and years as the template file writes them). */
export function templateCommitmentSource(commitment: TemplateCommitment): string {
    return commitment.node.text?.$cstNode?.text ?? `"${commitment.text.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * A commitment of the template's section that the plan's section does not list (neither
 * declares nor reports on with a block), matched by wording: ids may differ.
 */
export function missingTemplateCommitmentChecks(services: TemplateServices): ValidationChecks<ActionPlanAstType> {
    const check = (plan: CtapPlan, accept: ValidationAcceptor): void => {
        const found = conformance(services, plan);
        if (!found || hasSyntaxErrors(plan)) return;
        const taken = new Set(planParts(plan).commitments.map((c) => c.name));
        for (const [section, wanted] of found.sections) {
            const listed = found.listed.get(section) ?? [];
            const present = new Map<TemplateCommitment, Commitment>();
            for (const commitment of listed) {
                const match = found.commitments.get(commitment);
                if (match) present.set(match.template, commitment);
            }
            let after: string | undefined;
            for (const commitment of wanted.commitments) {
                const there = present.get(commitment);
                if (there) {
                    if (section.commitments.includes(there)) after = there.name;
                    continue;
                }
                let id = commitment.id;
                for (let n = 2; taken.has(id); n++) id = `${commitment.id}-${n}`;
                const data: MissingTemplateCommitmentData = {
                    declaration: `commitment ${id} ${templateCommitmentSource(commitment)}`,
                    after,
                };
                accept(
                    'warning',
                    `${sectionReference(section)} does not list commitment ${commitment.id} of template ${found.template.name}: ${quoteForMessage(commitment.text)}`,
                    { node: section, property: 'name', code: IssueCodes.MissingTemplateCommitment, data },
                );
            }
        }
    };
    return { CtapPlan: check };
}
