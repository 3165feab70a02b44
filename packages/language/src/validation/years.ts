import { GrammarUtils } from 'langium';
import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, CtapHeader, MonthYear, YearGroup } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { calendarYearOf } from './validation-utils.js';

/** APEC was founded in 1989: no Leaders' or Ministers' commitment is older. */
export const APEC_FOUNDED = 1989;

/** The replacement text the `unsorted-years` fix writes. */
export interface UnsortedYearsData {
    sorted: string;
}

/** The year as written (`0205` stays four characters), from the CST. */
function yearText(node: YearGroup | CtapHeader | MonthYear, property: string, index?: number): string | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property, index)?.text;
}

function checkYearGroup(group: YearGroup, accept: ValidationAcceptor): void {
    const years = group.years ?? [];
    const calendarYear = calendarYearOf(group);
    years.forEach((year, index) => {
        const written = yearText(group, 'years', index) ?? String(year);
        const info = { node: group, property: 'years' as const, index, code: IssueCodes.InvalidYear };
        if (!/^[1-9]\d{3}$/.test(written)) {
            accept('error', `Year ${written} is not a four-digit year`, info);
        } else if (year < APEC_FOUNDED) {
            accept('error', `Year ${year} is before APEC was founded (${APEC_FOUNDED})`, info);
        } else if (calendarYear !== undefined && year > calendarYear) {
            accept('error', `Year ${year} is after the plan's calendar year ${calendarYear}`, info);
        }
    });
    const sorted = [...new Set(years)].sort((a, b) => a - b);
    if (sorted.length !== years.length || sorted.some((year, i) => year !== years[i])) {
        const data: UnsortedYearsData = { sorted: `(${sorted.join(', ')})` };
        const problem = sorted.length !== years.length ? 'repeats a year' : 'is not in ascending order';
        accept('hint', `Year group (${years.join(', ')}) ${problem}; write ${data.sorted}`, {
            node: group,
            code: IssueCodes.UnsortedYears,
            data,
        });
    }
}

function checkHeaderYear(header: CtapHeader, accept: ValidationAcceptor): void {
    const written = yearText(header, 'calendarYear');
    if (written !== undefined && !/^[1-9]\d{3}$/.test(written)) {
        accept('error', `Calendar year ${written} is not a four-digit year`, {
            node: header,
            property: 'calendarYear',
            code: IssueCodes.InvalidYear,
        });
    }
}

function checkMonthYearDigits(date: MonthYear, accept: ValidationAcceptor): void {
    const written = yearText(date, 'year');
    if (written !== undefined && !/^[1-9]\d{3}$/.test(written)) {
        accept('error', `Year ${written} is not a four-digit year`, {
            node: date,
            property: 'year',
            code: IssueCodes.InvalidYear,
        });
    }
}

export const yearChecks: ValidationChecks<ActionPlanAstType> = {
    YearGroup: checkYearGroup,
    CtapHeader: checkHeaderYear,
    MonthYear: checkMonthYearDigits,
};
