import { CstNodeBuilder, createLangiumParser } from 'langium';
import type { CompositeCstNode, LangiumCoreServices, LangiumParser } from 'langium';
import type { IToken } from 'chevrotain';

/**
 * Langium's parser, with stack traces off while it parses. Chevrotain signals every
 * syntax error with an Error object, and capturing its stack trace was most of the
 * cost of a badly broken file (20,000 stray `(` took 1.8 s, a third of it in stack
 * capture); the traces are never shown.
 */
export function createActionPlanParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new LinearCstNodeBuilder();
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
