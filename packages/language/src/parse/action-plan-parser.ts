import { CstNodeBuilder, createCompletionParser, createLangiumParser } from 'langium';
import type {
    CompositeCstNode,
    LangiumCompletionParser,
    LangiumCoreServices,
    LangiumParser,
    ParserOptions,
} from 'langium';
import { ActionPlanLexer } from './action-plan-lexer.js';
import { explainParserErrors } from './action-plan-syntax-errors.js';
import { EOF, NotAllInputParsedException, createTokenInstance } from 'chevrotain';
import type { IToken } from 'chevrotain';
import { recognizerOf, replaceNodeBuilder } from './action-plan-parser-internals.js';

/** After this many syntax errors the rest of a file is not parsed (one is reported saying so). */
export const MAX_SYNTAX_ERRORS = 1000;

/**
 * Langium's parser, made linear on broken input. Stack traces are off while it
 * parses: Chevrotain signals every syntax error with an Error object, and
 * capturing its stack trace was most of the cost of a badly broken file (20,000
 * stray `(` took 1.8 s, a third of it in stack capture); the traces are never
 * shown. Error recovery costs about 50 µs a bad token, so parsing stops after
 * MAX_SYNTAX_ERRORS errors: nobody reads more, and 195,000 stray `(` took 11 s.
 */
export function createActionPlanParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    replaceNodeBuilder(parser, new LinearCstNodeBuilder());
    stopAfterTooManyErrors(parser);
    const parse = withoutStackTraces(parser.parse.bind(parser));
    const lexer = services.parser.Lexer;
    if (!(lexer instanceof ActionPlanLexer)) return parser;
    // Text that parses as written is never repaired: a valid multi-line string that looks like a
    // string left open stays what it is. Only text with errors is read again with the repairs.
    parser.parse = ((text: string, options?: ParserOptions) => {
        let result = parse(text, options);
        if (result.lexerErrors.length > 0 || result.parserErrors.length > 0) {
            // Read again only when a repair changes something (a badly broken file costs one parse, not two).
            if (lexer.findsMistakes(text, lexer.lastTokens)) {
                lexer.repairs = true;
                try {
                    result = parse(text, options);
                } finally {
                    lexer.repairs = false;
                }
            }
            explainParserErrors(result, lexer.lastTokens);
        }
        lexer.lastTokens = [];
        return result;
    }) as typeof parser.parse;
    return parser;
}

/** The parser completion runs on the text before the cursor, made linear the same way (it took 40 s on that input). */
export function createActionPlanCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    const parser = createCompletionParser(services);
    stopAfterTooManyErrors(parser);
    parser.parse = withoutStackTraces(parser.parse.bind(parser));
    return parser;
}

function withoutStackTraces<F extends (...args: never[]) => unknown>(run: F): F {
    return ((...args: Parameters<F>) => {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
            return run(...args);
        } finally {
            Error.stackTraceLimit = limit;
        }
    }) as F;
}

const END_OF_FILE_SENTINELS = Array.from({ length: 8 }, () =>
    createTokenInstance(EOF, '', NaN, NaN, NaN, NaN, NaN, NaN),
);

/**
 * On the MAX_SYNTAX_ERRORS-th error, ends the token stream at the current token:
 * the parser then meets the end of the file and returns.
 */
function stopAfterTooManyErrors(parser: LangiumParser | LangiumCompletionParser): void {
    const wrapper = recognizerOf(parser);
    const save = wrapper.SAVE_ERROR.bind(wrapper);
    let stopping = false;
    wrapper.SAVE_ERROR = (error) => {
        const saved = save(error);
        if (wrapper.errors.length === MAX_SYNTAX_ERRORS && !stopping) {
            stopping = true;
            const next = wrapper.LA(1);
            // A new vector (the old one may be the lexer's own array), with end-of-file
            // tokens past its end for Chevrotain's unchecked look-ahead (LA_FAST).
            const end = wrapper.currIdx + 1;
            wrapper.tokVector = [...wrapper.tokVector.slice(0, end), ...END_OF_FILE_SENTINELS];
            wrapper.tokVectorLength = end;
            const message = `More than ${MAX_SYNTAX_ERRORS.toLocaleString('en-US')} syntax errors: the rest of the file is not read`;
            save(new NotAllInputParsedException(message, next));
            stopping = false;
        }
        return saved;
    };
}

/**
 * Langium places the hidden tokens (comments) before each consumed token by finding
 * the current node among its siblings with `indexOf` from the front, even when there
 * are none to place. The node is almost always the last sibling, so a list of n items
 * cost O(n²): a 1 MB line of `"` (half a million strings) took 69 s to parse. This
 * builder skips the search when there is nothing to place and searches from the end.
 */
class LinearCstNodeBuilder extends CstNodeBuilder {
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) return;
        const nodes = tokens.map((token) => this.createLeafNode(token, true));
        let current: CompositeCstNode = this.current;
        if (current.content.length > 0) {
            this.appendChildren(current, nodes);
            return;
        }
        // A new, still empty node: put the hidden nodes before it in the first ancestor where it is not first.
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                this.insertChildren(current.container, index, nodes);
                return;
            }
            current = current.container;
        }
        this.insertChildren(current, 0, nodes);
    }
}
