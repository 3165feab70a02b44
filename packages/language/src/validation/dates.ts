import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, CtapHeader, MonthYear } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { quoteForMessage } from '../facts/index.js';

const MONTHS = [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
];

/** 1–12 for `June`, `Jun`, `Sept`, `sep` …; undefined for anything else. */
export function monthNumber(name: string | undefined): number | undefined {
    const lower = (name ?? '').toLowerCase().replace(/\.$/, '');
    if (lower === 'sept') return 9;
    const index = MONTHS.findIndex((month) => month === lower || (lower.length === 3 && month.startsWith(lower)));
    return index < 0 ? undefined : index + 1;
}

/** The grammar reads any id as the month so month names stay usable as ids; this checks it. */
function checkMonth(date: MonthYear, accept: ValidationAcceptor): void {
    if (date.month && monthNumber(date.month) === undefined) {
        accept('error', `${quoteForMessage(date.month, 40)} is not a month (write e.g. Sep or September)`, {
            node: date,
            property: 'month',
            code: IssueCodes.InvalidMonth,
        });
    }
}

/** A plan last updated before its calendar year began reports on an earlier year's work. */
function checkLastUpdated(header: CtapHeader, accept: ValidationAcceptor): void {
    const updated = header.lastUpdated;
    const calendarYear = header.calendarYear;
    if (!updated || calendarYear === undefined || updated.year === undefined) return;
    if (updated.year < calendarYear && monthNumber(updated.month) !== undefined) {
        accept(
            'warning',
            `Last updated ${updated.month} ${updated.year} is before the start of calendar year ${calendarYear}`,
            { node: header, property: 'lastUpdated', code: IssueCodes.StaleLastUpdated },
        );
    }
}

export const dateChecks: ValidationChecks<ActionPlanAstType> = {
    MonthYear: checkMonth,
    CtapHeader: checkLastUpdated,
};
