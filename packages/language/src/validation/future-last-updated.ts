import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, CtapHeader } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { monthNumber } from './dates.js';

const MONTH_NAMES =
    /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?,?\s+((?:19|20)\d{2})\b/gi;

/** The last month and year a meeting's dates name (`22-23 February 2014`: 2014-02). */
export function meetingMonth(dates: string | undefined): { year: number; month: number } | undefined {
    let last: { year: number; month: number } | undefined;
    for (const match of (dates ?? '').matchAll(MONTH_NAMES)) {
        const month = monthNumber(match[1]);
        if (month !== undefined) last = { year: Number(match[2]), month };
    }
    return last;
}

const index = (date: { year: number; month: number }) => date.year * 12 + date.month - 1;

/**
 * "Last updated" cannot be after the meeting the plan is submitted to, nor after today
 * (a typo such as `Dec 2017` for `Dec 2012`).
 */
function checkLastUpdated(header: CtapHeader, accept: ValidationAcceptor): void {
    const updated = header.lastUpdated;
    const month = monthNumber(updated?.month);
    if (!updated || month === undefined || updated.year === undefined) return;
    const date = { year: updated.year, month };
    const meeting = meetingMonth(header.meeting?.dates);
    const now = new Date();
    const today = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 };
    const info = { node: header, property: 'lastUpdated' as const, code: IssueCodes.FutureLastUpdated };
    if (meeting && index(date) > index(meeting)) {
        accept(
            'warning',
            `Last updated ${updated.month} ${updated.year} is after the meeting (${header.meeting?.dates})`,
            info,
        );
    } else if (index(date) > index(today)) {
        accept('warning', `Last updated ${updated.month} ${updated.year} is in the future`, info);
    }
}

export const futureLastUpdatedChecks: ValidationChecks<ActionPlanAstType> = {
    CtapHeader: checkLastUpdated,
};
