import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, Block, Item } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { quoteForMessage } from '../facts/index.js';
import { ctapPlanOf } from './validation-utils.js';

/** The year the quick fix proposes (`by <year>`), when the plan has a calendar year. */
export interface MissingTimeframeData {
    year?: number;
}

const YEAR = /\b(19|20)\d{2}\b/;
const MONTH =
    /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;

/**
 * A `by` timeframe, or a year or month written in the text, of the item or one of its
 * sub-items. `May` alone is not a month here: "Japan may …" is no timeframe.
 */
function hasTimeframe(item: Item): boolean {
    if (item.timeframe) return true;
    const text = item.text ?? '';
    if (YEAR.test(text) || MONTH.test(text)) return true;
    return item.items.some(hasTimeframe);
}

/** The template asks planned measures to "indicate timeframe". */
function checkPlanned(block: Block, accept: ValidationAcceptor): void {
    if (block.kind !== 'planned') return;
    const calendarYear = ctapPlanOf(block)?.header?.calendarYear;
    for (const item of block.items) {
        if (hasTimeframe(item)) continue;
        const data: MissingTimeframeData = { year: calendarYear === undefined ? undefined : calendarYear + 1 };
        accept('warning', `Planned measure ${quoteForMessage(item.text)} has no timeframe`, {
            node: item,
            property: 'text',
            code: IssueCodes.MissingTimeframe,
            data,
        });
    }
}

export const missingTimeframeChecks: ValidationChecks<ActionPlanAstType> = {
    Block: checkPlanned,
};
