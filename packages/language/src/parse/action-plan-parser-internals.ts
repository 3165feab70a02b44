// The one place that reaches into Langium's and Chevrotain's non-public parser
// members. Each accessor checks, when the parser is created, that the member is
// still there and of the expected kind, and fails with a message naming it
// otherwise: an upgrade that renames one stops every parser at once, not a
// slow-input guard silently. test/parser-internals.test.ts checks the same on
// the installed versions.
import type { CstNodeBuilder, LangiumCompletionParser, LangiumParser } from 'langium';
import type { IRecognitionException, IToken } from 'chevrotain';

/** Chevrotain's recognizer state this package relies on (its LexerAdapter and ErrorHandler traits). */
export interface ChevrotainRecognizerState {
    SAVE_ERROR(error: IRecognitionException): IRecognitionException;
    errors: IRecognitionException[];
    currIdx: number;
    tokVector: IToken[];
    tokVectorLength: number;
    LA(offset: number): IToken;
}

/** The members above with their `typeof`, checked on each parser created. */
export const RECOGNIZER_MEMBERS = {
    SAVE_ERROR: 'function',
    errors: 'object',
    currIdx: 'number',
    tokVector: 'object',
    tokVectorLength: 'number',
    LA: 'function',
} as const satisfies Record<keyof ChevrotainRecognizerState, string>;

function changed(what: string): Error {
    return new Error(
        `ActionPlan's parser relies on ${what}, which the installed Langium/Chevrotain no longer has: ` +
            'see packages/language/src/parse/action-plan-parser-internals.ts',
    );
}

/** The Chevrotain parser (Langium's protected `wrapper`) behind a Langium parser. */
export function recognizerOf(parser: LangiumParser | LangiumCompletionParser): ChevrotainRecognizerState {
    const wrapper = (parser as unknown as { wrapper?: Record<string, unknown> }).wrapper;
    if (!wrapper) throw changed('LangiumParser.wrapper');
    for (const [member, type] of Object.entries(RECOGNIZER_MEMBERS)) {
        if (typeof wrapper[member] !== type) throw changed(`Chevrotain's ${member} (${type})`);
    }
    return wrapper as unknown as ChevrotainRecognizerState;
}

/** Replaces Langium's private CST builder of a parser (the builder is created with the parser). */
export function replaceNodeBuilder(parser: LangiumParser, builder: CstNodeBuilder): void {
    const holder = parser as unknown as { nodeBuilder?: unknown };
    if (typeof (holder.nodeBuilder as CstNodeBuilder | undefined)?.addHiddenNodes !== 'function') {
        throw changed('LangiumParser.nodeBuilder (a CstNodeBuilder)');
    }
    holder.nodeBuilder = builder;
}
