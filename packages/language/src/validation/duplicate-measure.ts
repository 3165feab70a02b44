import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, CtapPlan, Item } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { planParts } from '../link/action-plan-walk.js';
import { quoteForMessage } from '../facts/index.js';
import { lineOf, normalizeText } from './validation-utils.js';

/**
 * The same measure twice under one commitment block. Blocks of one kind for one
 * commitment are one list in the exported template, so they are checked together.
 */
function checkMeasures(plan: CtapPlan, accept: ValidationAcceptor): void {
    const seen = new Map<string, Item>();
    for (const block of planParts(plan).blocks) {
        const target = block.commitment?.ref ?? block.commitment?.$refText;
        if (!target) continue;
        for (const item of block.items) {
            const text = normalizeText(item.text ?? '');
            if (text.length === 0) continue;
            const key = `${block.kind}\u0000${typeof target === 'string' ? target : target.name}\u0000${text}`;
            const first = seen.get(key);
            if (!first) {
                seen.set(key, item);
                continue;
            }
            const commitment = block.commitment.$refText;
            accept(
                'warning',
                `Measure ${quoteForMessage(item.text)} is listed twice under ${block.kind} ${commitment} (first on line ${lineOf(first)})`,
                { node: item, property: 'text', code: IssueCodes.DuplicateMeasure },
            );
        }
    }
}

export const duplicateMeasureChecks: ValidationChecks<ActionPlanAstType> = {
    CtapPlan: checkMeasures,
};
