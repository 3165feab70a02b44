import { createLangiumParser } from 'langium';
import type { LangiumCoreServices, LangiumParser } from 'langium';

/**
 * Langium's parser, with stack traces off while it parses. Chevrotain signals every
 * syntax error with an Error object, and capturing its stack trace was most of the
 * cost of a badly broken file (20,000 stray `(` took 1.8 s, a third of it in stack
 * capture); the traces are never shown.
 */
export function createActionPlanParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const parse = parser.parse.bind(parser);
    parser.parse = ((input: string, options?: unknown) => {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
            return parse(input, options as never);
        } finally {
            Error.stackTraceLimit = limit;
        }
    }) as typeof parser.parse;
    return parser;
}
