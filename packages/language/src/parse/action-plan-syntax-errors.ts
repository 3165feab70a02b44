import type { ParseResult } from 'langium';
import type { IRecognitionException, IToken } from 'chevrotain';
import { decodeParserMessage } from './action-plan-parser-messages.js';
import type { ParserExpectation } from './action-plan-parser-messages.js';
import { BLOCK_CONTENTS, openBlocksAt, statementWords } from './action-plan-syntax-context.js';
import type { OpenBlock } from './action-plan-syntax-context.js';
import { closestWord, describeToken, listWords } from './action-plan-syntax-words.js';
import type { SyntaxFix } from './action-plan-text-repair.js';

/** A parser error of ours: plain words, and the certain fix when there is one. */
export interface ActionPlanRecognitionException extends IRecognitionException {
    fix?: SyntaxFix;
}

interface Context {
    expectation: ParserExpectation;
    actual: IToken | undefined;
    previous: IToken | undefined;
    rules: string[];
    open: OpenBlock[];
    lastToken: IToken | undefined;
    planWord: string | undefined;
    tokens: IToken[];
}

interface Explanation {
    message: string;
    /** Where to report it, when not at the token the parser stopped at. */
    at?: IToken;
    fix?: SyntaxFix;
    /** Only a consequence when another error comes before it (a `}` left over after a skipped block). */
    consequence?: boolean;
}

function isReal(token: IToken | undefined): token is IToken {
    return !!token && token.tokenType?.name !== 'EOF' && Number.isFinite(token.startOffset) && token.startOffset >= 0;
}

const TEXT_KEYWORDS = new Set([
    'forum',
    'document',
    'item',
    'title',
    'purpose',
    'by',
    'meeting',
    'at',
    'on',
    'economy',
    'objective',
    'name',
    'phone',
    'ext',
    'fax',
    'email',
    'note',
    'role',
    'report',
    'area',
    'catalog',
    'intro',
    'footer',
    'import',
    '-',
]);

/**
 * Rewrites the parser's errors in plain words, with what to write instead, at the place
 * to fix (action-plan-parser-messages.ts hands over what the parser expected), and drops
 * the errors that only follow from one already reported on the same line.
 */
export function explainParserErrors(result: ParseResult, tokens: IToken[]): void {
    const errors = result.parserErrors as ActionPlanRecognitionException[];
    if (errors.length === 0) return;
    const end = tokens.at(-1);
    const offsetOf = (e: IRecognitionException) => (isReal(e.token) ? e.token.startOffset : Infinity);
    const open = openBlocksAt(tokens, errors.map(offsetOf));
    const planWord = tokens.find(
        (t) => ['ctap', 'report', 'catalog'].includes(t.image) && t.tokenType.name !== 'ID',
    )?.image;
    const consequences = new Set<IRecognitionException>();
    const ours = new Set<IRecognitionException>();
    for (const error of errors) {
        const { plain, expectation } = decodeParserMessage(error.message);
        error.message = plain;
        if (!expectation) {
            ours.add(error);
            continue;
        }
        expectation.rule = ruleName(expectation.rule);
        const actual = isReal(error.token) ? error.token : undefined;
        const explained = explain({
            expectation,
            actual,
            previous: tokenBefore(tokens, actual),
            rules: (error.context?.ruleStack ?? []).map(ruleName),
            open: open.get(offsetOf(error)) ?? [],
            lastToken: end,
            planWord,
            tokens,
        });
        if (explained.consequence) consequences.add(error);
        error.message = explained.message;
        if (explained.at) error.token = explained.at;
        else if (!actual && end) error.token = end;
        if (explained.fix) error.fix = explained.fix;
    }
    const mistakeLines = new Set(result.lexerErrors.map((e) => e.line));
    const firstMistake = Math.min(...result.lexerErrors.map((e) => e.offset));
    let lastLine = -1;
    result.parserErrors = errors
        .filter((error) => {
            if (ours.has(error)) return true;
            const line = isReal(error.token) ? error.token.startLine! : Infinity;
            if (mistakeLines.has(line) || line === lastLine) return false;
            if (consequences.has(error) && (lastLine >= 0 || firstMistake < offsetOf(error))) return false;
            lastLine = line;
            return true;
        })
        .sort((a, b) => offsetOf(a) - offsetOf(b));
}

/** Langium marks its rule names with a zero-width space. */
function ruleName(name: string): string {
    return name.replace(/\u200b/g, '');
}

/** The token before `actual` (the last one at the end of the file). */
function tokenBefore(tokens: IToken[], actual: IToken | undefined): IToken | undefined {
    if (!actual) return tokens.at(-1);
    let low = 0;
    let high = tokens.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (tokens[mid]!.startOffset < actual.startOffset) low = mid + 1;
        else high = mid;
    }
    return low > 0 ? tokens[low - 1] : undefined;
}

function explain(context: Context): Explanation {
    const { expectation, actual } = context;
    if (expectation.kind === 'extra') return extraText(context);
    const expected = expectation.expected;
    if (expectation.kind === 'mismatch') {
        switch (expected[0]) {
            case '}':
                return missingBrace(context);
            case 'STRING':
                return missingText(context);
            case 'INT':
                return missingNumber(context);
            case 'ID':
                return missingName(context);
            case '{':
                return {
                    message: `Expected { after ${context.previous ? `'${context.previous.image}'` : 'this'}: the content of a block goes between { and }`,
                    at: actual?.startLine === context.previous?.startLine ? actual : context.previous,
                };
            case ')':
                return { message: 'A year group lists years separated by commas and ends with ")": (2005, 2006)' };
            default:
                return {
                    message: `Expected '${expected[0]}' after '${context.previous?.image ?? ''}', found ${describeToken(actual)}`,
                };
        }
    }
    if (expectation.rule === 'Timeframe') {
        return { message: 'A timeframe is a year (by 2016) or text in quotes (by "June 2016")' };
    }
    if (expectation.rule === 'CommitmentText' || expectation.rule === 'Commitment') {
        return {
            message:
                'A commitment needs its text in quotes after its name: commitment secure-trade "Implement …" (2005)',
            at: context.previous,
        };
    }
    return { message: `${capitalise(describeToken(actual))} does not belong here${contentsHint(context)}` };
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** ": a contact contains name, title, …" for the innermost block. */
function contentsHint(context: Context, rule = innermostBlockRule(context.rules)): string {
    const contents = rule ? BLOCK_CONTENTS[rule] : undefined;
    if (!contents) return '';
    const words = contents.words.map((w) => (w === '-' ? 'list items - "…"' : w));
    const word = context.actual && /^[A-Za-z]/.test(context.actual.image) ? context.actual.image : undefined;
    const guess = word
        ? closestWord(
              word,
              contents.words.filter((w) => w !== '-'),
          )
        : undefined;
    return `: ${contents.what} contains ${listWords(words)}${guess ? ` (did you mean '${guess}'?)` : ''}`;
}

function innermostBlockRule(rules: readonly string[]): string | undefined {
    return [...rules].reverse().find((rule) => BLOCK_CONTENTS[rule]);
}

function missingBrace(context: Context): Explanation {
    const { actual, rules, open } = context;
    const block = open.at(-1);
    const label = block ? `${block.label} { (opened on line ${block.brace.startLine})` : 'the block above';
    if (!actual) {
        return { message: `Missing } at the end of the file to close ${label}`, at: context.lastToken };
    }
    const enclosing = statementWords(rules.slice(0, -1));
    const word = actual.image;
    if (enclosing.has(word) && !statementWords(rules.slice(-1)).has(word)) {
        return { message: `Missing } before this line to close ${label}` };
    }
    const unopened = listWithoutBrace(context);
    if (unopened) return unopened;
    if (actual.tokenType.name === 'STRING') {
        return {
            message: `The text ${describeToken(actual).replace(/^the text /, '')} has nothing before it to say what it is${contentsHint(context)}`,
        };
    }
    return {
        message: `${capitalise(describeToken(actual))} does not belong in ${label}${contentsHint(context, rules.at(-1))}`,
    };
}

function missingText(context: Context): Explanation {
    const { actual, previous, expectation } = context;
    const keyword = previous?.image ?? '';
    if (expectation.rule === 'Section') {
        return {
            message: 'A section needs a title in quotes after its id, as in section A.1 "Protect Cargo" {',
            at: previous,
        };
    }
    const where = actual && previous && actual.startLine === previous.endLine ? actual : previous;
    if (TEXT_KEYWORDS.has(keyword)) {
        const what = keyword === '-' ? 'A list item' : keyword === 'by' ? 'A timeframe' : `'${keyword}'`;
        return { message: `${what} needs its text in straight quotes: ${keyword} "…"`, at: where };
    }
    return { message: `Expected text in straight quotes " … " here, found ${describeToken(actual)}`, at: where };
}

function missingNumber(context: Context): Explanation {
    const { actual, previous } = context;
    if (actual?.tokenType.name === 'STRING' && /^"\d+"$/.test(actual.image)) {
        const digits = actual.image.slice(1, -1);
        return {
            message: `A year is a number without quotes: ${previous?.image === 'year' ? 'calendar year ' : ''}${digits}`,
            fix: {
                title: 'Remove the quotes',
                edits: [{ offset: actual.startOffset, length: actual.image.length, newText: digits }],
            },
        };
    }
    const where = actual && previous && actual.startLine === previous.endLine ? actual : previous;
    if (context.expectation.rule === 'MonthYear') return monthYear(context, where);
    if (context.expectation.rule === 'YearGroup') {
        return { message: 'A year group lists years separated by commas: (2005, 2006)', at: where };
    }
    return { message: `Expected a year (a number such as 2013), found ${describeToken(actual)}`, at: where };
}

function missingName(context: Context): Explanation {
    const { actual, previous, expectation } = context;
    const keyword = previous?.image ?? '';
    const where = actual && previous && actual.startLine === previous.endLine ? actual : previous;
    if (expectation.rule === 'MonthYear') return monthYear(context, where);
    if (expectation.rule === 'SectionId') {
        return { message: 'A section needs an id before its title: section A.1 "Protect Cargo" {', at: where };
    }
    if (keyword === 'commitment') {
        return { message: 'A commitment needs a name before its text: commitment secure-trade "…"', at: where };
    }
    if (keyword === 'contact') {
        return {
            message:
                expectation.rule === 'Contact'
                    ? 'A contact needs a name before its {: contact walker { … }'
                    : 'contact needs the name of a contact declared with contact <name> { … }: contact walker',
            at: where,
        };
    }
    if (['undertaken', 'planned', 'participated', 'needs', 'offers'].includes(keyword)) {
        return { message: `'${keyword}' needs the name of a commitment: ${keyword} secure-trade { … }`, at: where };
    }
    return { message: `Expected a name (such as secure-trade) here, found ${describeToken(actual)}`, at: where };
}

function extraText(context: Context): Explanation {
    const { actual, planWord } = context;
    if (actual?.image === '}') {
        return {
            message: 'This } closes nothing: remove it, or look above for a block closed too early',
            consequence: true,
        };
    }
    if (!planWord) {
        const guess =
            actual && /^[A-Za-z]/.test(actual.image)
                ? closestWord(actual.image, ['ctap', 'report', 'catalog'])
                : undefined;
        return {
            message: `A plan starts with ctap {, report "…" { or catalog "…"${guess ? ` (did you mean '${guess}'?)` : ''}`,
        };
    }
    const unopened = listWithoutBrace(context);
    if (unopened) return unopened;
    const rule = planWord === 'ctap' ? 'CtapPlan' : planWord === 'report' ? 'ProgressReport' : 'Catalog';
    return { message: `${capitalise(describeToken(actual))} does not belong here${contentsHint(context, rule)}` };
}

const LIST_WORDS = new Set([
    'undertaken',
    'planned',
    'participated',
    'needs',
    'offers',
    'achievements',
    'work',
    'area',
]);

/** `undertaken x` then `- "…"` on the next line: the list's `{` is missing. */
function listWithoutBrace(context: Context): Explanation | undefined {
    const { actual, previous, tokens } = context;
    if (actual?.image !== '-' || !previous || previous.image === '{' || previous.startLine === actual.startLine)
        return undefined;
    const last = tokens.indexOf(previous);
    let first = last;
    while (first > 0 && tokens[first - 1]!.endLine === previous.startLine) first--;
    const words = tokens.slice(first, last + 1).map((t) => t.image);
    if (!words.some((word) => LIST_WORDS.has(word))) return undefined;
    return {
        message: `Missing { at the end of this line: the list of ${words.join(' ')} goes between { and }`,
        at: previous,
    };
}

/** `last updated Nov 2025`, `date Jun 2005`: the field as the author wrote it. */
function monthYear(context: Context, where: IToken | undefined): Explanation {
    const before = context.previous ? context.tokens.lastIndexOf(context.previous) : -1;
    const near = context.tokens.slice(Math.max(0, before - 2), before + 1).map((t) => t.image);
    const field = near.includes('updated') ? 'last updated' : 'date';
    const quoted = context.actual?.tokenType.name === 'STRING' ? ', without quotes' : '';
    return { message: `A date is a month and a year${quoted}: ${field} Nov 2025`, at: where };
}
