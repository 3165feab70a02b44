import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, Catalog, Commitment, CtapPlan } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { planParts } from '../link/action-plan-walk.js';
import { wordingText } from '../facts/index.js';
import { lineOf, normalizeText } from './validation-utils.js';

/** Lets the quick fix and --fix find the commitment this one repeats. */
export interface DuplicateCommitmentData {
    /** Id of the first commitment with this id or text. */
    first: string;
    /** Same text, note and `continues` flag: merging loses nothing. */
    exact: boolean;
    /** Same id as the first: references cannot be told apart, so nothing is merged. */
    sameId: boolean;
}

/** Two commitments of one plan (or catalog) with the same id, or the same text once normalised. */
function checkCommitments(body: CtapPlan | Catalog, accept: ValidationAcceptor): void {
    const { commitments } = planParts(body);
    const byId = new Map<string, Commitment>();
    const byText = new Map<string, Commitment>();
    for (const commitment of commitments) {
        const firstWithId = commitment.name ? byId.get(commitment.name) : undefined;
        if (firstWithId) {
            const data: DuplicateCommitmentData = { first: firstWithId.name, exact: false, sameId: true };
            accept('error', `Commitment ${commitment.name} is declared twice (first on line ${lineOf(firstWithId)})`, {
                node: commitment,
                property: 'name',
                code: IssueCodes.DuplicateCommitment,
                data,
            });
            continue;
        }
        if (commitment.name) byId.set(commitment.name, commitment);
        const text = wordingText(commitment.text);
        const key = normalizeText(text);
        if (key.length === 0) continue;
        const first = byText.get(key);
        if (!first) {
            byText.set(key, commitment);
            continue;
        }
        const exact =
            text === wordingText(first.text) &&
            (commitment.note ?? '') === (first.note ?? '') &&
            commitment.continues === first.continues;
        const data: DuplicateCommitmentData = { first: first.name, exact, sameId: false };
        accept(
            'error',
            `Commitment ${commitment.name} has the same text as commitment ${first.name} (line ${lineOf(first)})`,
            { node: commitment, property: 'name', code: IssueCodes.DuplicateCommitment, data },
        );
    }
}

export const duplicateCommitmentChecks: ValidationChecks<ActionPlanAstType> = {
    CtapPlan: checkCommitments,
    Catalog: checkCommitments,
};
