import { DefaultLexer } from 'langium';
import type { LangiumCoreServices, LexerResult, TokenizeOptions } from 'langium';
import { createTokenInstance } from 'chevrotain';
import type { ILexingError, IToken, TokenType } from 'chevrotain';
import { repairText } from './action-plan-text-repair.js';
import type { QuotedRun, SyntaxFix, SyntaxMistake, TextRepair } from './action-plan-text-repair.js';
import { readKeywordIds } from './action-plan-keyword-ids.js';
import { strayCharactersMessage } from './action-plan-stray-characters.js';

/**
 * The most tokens a file may have. A real plan has 18 to 40 bytes a token, so a
 * 10 MB plan has at most about 600,000; past this the text is not a plan (10 MB
 * of `"` is 5 million empty strings: 80 s and 4 GB to build its syntax tree), and
 * reading stops with a syntax error instead.
 */
export const MAX_TOKENS = 1_000_000;

/** Texts longer than this are not repaired (their errors are reported as the parser finds them). */
export const MAX_REPAIR_LENGTH = 4_000_000;

/** A lexer error of ours: plain words, and the certain fix when there is one. */
export interface ActionPlanLexingError extends ILexingError {
    fix?: SyntaxFix;
}

/**
 * Langium's lexer, reading what people meant where they typed or pasted a common
 * mistake (action-plan-text-repair.ts, action-plan-keyword-ids.ts) and saying so in
 * plain words; stopping with an error after MAX_TOKENS tokens.
 */
export class ActionPlanLexer extends DefaultLexer {
    private readonly keywords: ReadonlySet<string>;
    private readonly stringType: TokenType;
    private readonly idType: TokenType;
    /** Whether to read common mistakes as what was meant: only the parser's second reading of a text with errors. */
    repairs = false;
    /** The tokens of the last text read, for the parser's error explanations. */
    lastTokens: IToken[] = [];

    constructor(services: LangiumCoreServices) {
        super(services);
        const types = this.definition as Record<string, TokenType>;
        this.keywords = new Set(Object.keys(types).filter((name) => /^[a-z]+$/.test(name)));
        this.stringType = types['STRING']!;
        this.idType = types['ID']!;
    }

    /** The repair of the text `findsMistakes` computed, reused by the next `tokenize` of the same text. */
    private pending: { text: string; repair: TextRepair } | undefined;

    /** Whether reading `text` with the repairs would change anything (`tokens`: as read without them). */
    findsMistakes(text: string, tokens: IToken[]): boolean {
        // Repairs are for plans people write (a few hundred kB); a 10 MB run of quotes is not read twice.
        if (text.length > MAX_REPAIR_LENGTH) return false;
        const repair = repairText(text, this.keywords);
        this.pending = { text, repair };
        if (repair.mistakes.length > 0) return true;
        const mistakes: SyntaxMistake[] = [];
        readKeywordIds([...tokens], this.idType, mistakes);
        return mistakes.length > 0;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const pending = this.pending?.text === text ? this.pending.repair : undefined;
        this.pending = undefined;
        const repair = this.repairs ? (pending ?? repairText(text, this.keywords)) : { text, mistakes: [], runs: [] };
        const result = super.tokenize(repair.text, options);
        const lines = new LineIndex(text);
        const mistakes: SyntaxMistake[] = [...repair.mistakes];
        if (repair.runs.length > 0) result.tokens = this.withRuns(result.tokens, repair.runs, lines);
        if (this.repairs) readKeywordIds(result.tokens, this.idType, mistakes);
        const errors: ILexingError[] = result.errors.map((error) => ({
            ...error,
            message: strayCharactersMessage(text.slice(error.offset, error.offset + error.length)),
        }));
        for (const mistake of mistakes) {
            const { line, column } = lines.at(mistake.offset);
            const error: ActionPlanLexingError = {
                offset: mistake.offset,
                length: mistake.length,
                line,
                column,
                message: mistake.message,
            };
            if (mistake.fix) error.fix = mistake.fix;
            errors.push(error);
        }
        errors.sort((a, b) => a.offset - b.offset);
        result.errors = errors;
        this.stopAfterMaxTokens(result);
        this.lastTokens = result.tokens;
        return result;
    }

    /** The lexer's tokens with a string token for each run of text read as a string. */
    private withRuns(tokens: IToken[], runs: QuotedRun[], lines: LineIndex): IToken[] {
        const strings = [...runs]
            .sort((a, b) => a.offset - b.offset)
            .map((run) => {
                const { line, column } = lines.at(run.offset);
                const endOffset = run.offset + Math.max(run.length, 1) - 1;
                const endColumn = column + Math.max(run.length, 1) - 1;
                return createTokenInstance(
                    this.stringType,
                    run.image,
                    run.offset,
                    endOffset,
                    line,
                    line,
                    column,
                    endColumn,
                );
            });
        const merged: IToken[] = [];
        let s = 0;
        for (const token of tokens) {
            while (s < strings.length && strings[s]!.startOffset < token.startOffset) merged.push(strings[s++]!);
            merged.push(token);
        }
        while (s < strings.length) merged.push(strings[s++]!);
        return merged;
    }

    private stopAfterMaxTokens(result: LexerResult): void {
        const first = result.tokens[MAX_TOKENS];
        if (!first) return;
        result.tokens.length = MAX_TOKENS;
        result.hidden = result.hidden.filter((token) => token.startOffset < first.startOffset);
        result.errors.push({
            offset: first.startOffset,
            length: first.image.length,
            line: first.startLine,
            column: first.startColumn,
            message: `The file has more than ${MAX_TOKENS.toLocaleString('en-US')} words, numbers and signs, far more than any plan; reading stops here`,
        });
    }
}

/** 1-based line and column of an offset, computed once per text and only when asked. */
class LineIndex {
    private starts: number[] | undefined;

    constructor(private readonly text: string) {}

    at(offset: number): { line: number; column: number } {
        if (!this.starts) {
            // Line breaks as the lexer and editors count them: \r\n, \r or \n.
            this.starts = [0];
            for (const match of this.text.matchAll(/\r\n?|\n/g)) this.starts.push(match.index + match[0].length);
        }
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid]! <= offset) low = mid;
            else high = mid - 1;
        }
        return { line: low + 1, column: offset - this.starts[low]! + 1 };
    }
}
