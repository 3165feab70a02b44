import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, Block, Item } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { quoteForMessage } from '../facts/index.js';
import { ctapPlanOf } from './validation-utils.js';

/** What the quick fixes need: the year a new timeframe gets. */
export interface PastTimeframeData {
    /** The calendar year after the plan's: `by <year>` for the new timeframe. */
    year: number;
}

const YEARS = /\b(?:19|20)\d{2}\b/g;

/** The latest year a text names, if any. */
function latestYear(text: string | undefined): number | undefined {
    const years = (text ?? '').match(YEARS)?.map(Number) ?? [];
    return years.length === 0 ? undefined : Math.max(...years);
}

/**
 * The year a planned measure is due: its `by` timeframe (a year, or the latest year
 * of a timeframe in words), else the latest year its text names.
 */
export function dueYear(item: Item): number | undefined {
    const timeframe = item.timeframe;
    if (timeframe) return timeframe.year ?? latestYear(timeframe.text);
    return latestYear(item.text);
}

/**
 * A further measure planned whose timeframe is before the plan's calendar year: it
 * was due before the year the plan reports on (typically kept from last year's plan
 * by roll-forward). Measures undertaken are past by nature and never reported.
 */
function checkPlanned(block: Block, accept: ValidationAcceptor): void {
    if (block.kind !== 'planned') return;
    const calendarYear = ctapPlanOf(block)?.header?.calendarYear;
    if (calendarYear === undefined) return;
    for (const item of block.items) {
        const due = dueYear(item);
        if (due === undefined || due >= calendarYear) continue;
        const data: PastTimeframeData = { year: calendarYear + 1 };
        accept(
            'warning',
            `Planned measure ${quoteForMessage(item.text)} was due in ${due}, before calendar year ${calendarYear}: move it to measures undertaken or give it a new timeframe`,
            { node: item, property: 'text', code: IssueCodes.PastTimeframe, data },
        );
    }
}

export const pastTimeframeChecks: ValidationChecks<ActionPlanAstType> = {
    Block: checkPlanned,
};
