import { DefaultLexer } from 'langium';
import type { LexerResult, TokenizeOptions } from 'langium';

/**
 * The most tokens a file may have. A real plan has 18 to 40 bytes a token, so a
 * 10 MB plan has at most about 600,000; past this the text is not a plan (10 MB
 * of `"` is 5 million empty strings: 80 s and 4 GB to build its syntax tree), and
 * reading stops with a syntax error instead.
 */
export const MAX_TOKENS = 1_000_000;

/** Langium's lexer, stopping with an error after MAX_TOKENS tokens. */
export class ActionPlanLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const first = result.tokens[MAX_TOKENS];
        if (!first) return result;
        result.tokens.length = MAX_TOKENS;
        result.hidden = result.hidden.filter((token) => token.startOffset < first.startOffset);
        result.errors.push({
            offset: first.startOffset,
            length: first.image.length,
            line: first.startLine,
            column: first.startColumn,
            message: `The file has more than ${MAX_TOKENS.toLocaleString('en-US')} tokens, far more than any plan; reading stops here`,
        });
        return result;
    }
}
