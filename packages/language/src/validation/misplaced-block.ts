import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { isSection } from '../generated/ast.js';
import type { ActionPlanAstType, Block, CtapPlan } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { planParts } from '../link/action-plan-walk.js';
import { hasSyntaxErrors, lineOf } from './validation-utils.js';

/** Lets the quick fix find the section the block belongs in. */
export interface MisplacedBlockData {
    /** Id of the section that declares the block's commitment. */
    section: string;
}

/**
 * A block reports on its commitment in the commitment's own section: every export
 * prints the commitment, its measures and its capacity-building answers under the
 * section its blocks are in, so `undertaken fiu { … }` inside A.1 while `fiu` is
 * declared in B would move B's commitment into A.1 in the text, JSON, Markdown and
 * HTML exports. Blocks of commitments from an imported catalog may stand in any
 * section. Quiet while the file has syntax errors: the parser's recovery can close
 * a section early and make a block look misplaced.
 */
function checkBlocks(plan: CtapPlan, accept: ValidationAcceptor): void {
    if (hasSyntaxErrors(plan)) return;
    for (const block of planParts(plan).blocks) checkBlock(block, accept);
}

function checkBlock(block: Block, accept: ValidationAcceptor): void {
    const commitment = block.commitment?.ref;
    const home = commitment?.$container;
    const here = block.$container;
    if (!commitment || !isSection(home) || home === here || !home.name) return;
    const data: MisplacedBlockData = { section: home.name };
    accept(
        'error',
        `Block ${block.kind} ${commitment.name} is in section ${here.name}, but commitment ${commitment.name} ` +
            `is declared in section ${home.name} (line ${lineOf(commitment)}): every export would report it under ${here.name}`,
        { node: block, property: 'commitment', code: IssueCodes.MisplacedBlock, data },
    );
}

export const misplacedBlockChecks: ValidationChecks<ActionPlanAstType> = {
    CtapPlan: checkBlocks,
};
