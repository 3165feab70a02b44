import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { describeToken } from './action-plan-syntax-words.js';

/** What the parser expected where it failed; read back by action-plan-syntax-errors.ts. */
export interface ParserExpectation {
    kind: 'mismatch' | 'alternative' | 'repeat' | 'extra';
    /** Token type names that would have been right (keywords by their text). */
    expected: string[];
    rule: string;
}

const MARK = '\u0000';

function encode(plain: string, expectation: ParserExpectation): string {
    return `${plain}${MARK}${JSON.stringify(expectation)}`;
}

/** The plain message and what the parser expected (undefined for messages not made here). */
export function decodeParserMessage(message: string): { plain: string; expectation?: ParserExpectation } {
    const at = message.indexOf(MARK);
    if (at < 0) return { plain: message };
    return { plain: message.slice(0, at), expectation: JSON.parse(message.slice(at + 1)) as ParserExpectation };
}

function firstTokens(paths: TokenType[][]): string[] {
    return [...new Set(paths.map((path) => path[0]?.name).filter((name): name is string => !!name))];
}

/**
 * Chevrotain's messages name token types ("Expecting token of type 'ID'"); these
 * carry what was expected for the explanation step, behind a plain fallback.
 */
export class ActionPlanParserErrorMessageProvider implements IParserErrorMessageProvider {
    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; ruleName: string }): string {
        return encode(`${describeToken(options.actual)} is not expected here`, {
            kind: 'mismatch',
            expected: [options.expected.name],
            rule: options.ruleName,
        });
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return encode(`${describeToken(options.firstRedundant)} is not expected here`, {
            kind: 'extra',
            expected: [],
            rule: options.ruleName,
        });
    }

    buildNoViableAltMessage(options: {
        expectedPathsPerAlt: TokenType[][][];
        actual: IToken[];
        ruleName: string;
    }): string {
        return encode(`${describeToken(options.actual[0])} is not expected here`, {
            kind: 'alternative',
            expected: firstTokens(options.expectedPathsPerAlt.flat()),
            rule: options.ruleName,
        });
    }

    buildEarlyExitMessage(options: {
        expectedIterationPaths: TokenType[][];
        actual: IToken[];
        ruleName: string;
    }): string {
        return encode(`${describeToken(options.actual[0])} is not expected here`, {
            kind: 'repeat',
            expected: firstTokens(options.expectedIterationPaths),
            rule: options.ruleName,
        });
    }
}
