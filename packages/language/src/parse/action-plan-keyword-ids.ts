import { createTokenInstance } from 'chevrotain';
import type { IToken, TokenType } from 'chevrotain';
import type { SyntaxMistake } from './action-plan-text-repair.js';

const BLOCK_KINDS = new Set(['undertaken', 'planned', 'participated', 'needs', 'offers']);

function isWord(token: IToken | undefined): boolean {
    return !!token && /^[a-z]+$/.test(token.tokenType.name);
}

function startsStatement(tokens: IToken[], index: number): boolean {
    const previous = tokens[index - 1];
    return (
        !previous || previous.endLine! < tokens[index]!.startLine! || previous.image === '{' || previous.image === '}'
    );
}

function onLaterLine(token: IToken | undefined, than: IToken): boolean {
    return !token || token.startLine! > than.endLine!;
}

/**
 * `commitment section "…"`, `contact title { … }`, `planned section { … }`: a keyword
 * used as an id. The parser would fail on it and lose the rest of the statement; the
 * token is read as the id it was meant to be, and the mistake is reported once, where
 * the id is declared (or at each use when it is declared nowhere in the file).
 */
export function readKeywordIds(tokens: IToken[], idType: TokenType, mistakes: SyntaxMistake[]): void {
    const declared = new Set<string>();
    const uses: IToken[] = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
        const keyword = tokens[i]!;
        const id = tokens[i + 1]!;
        if (!isWord(id) || !startsStatement(tokens, i)) continue;
        const after = tokens[i + 2];
        const what = keyword.image;
        let role: 'declaration' | 'use' | undefined;
        if (what === 'commitment' && (after?.tokenType.name === 'STRING' || after?.image === 'continues')) {
            role = 'declaration';
        } else if (what === 'contact' && after?.image === '{') {
            role = 'declaration';
        } else if (what === 'contact' && (onLaterLine(after, id) || after?.image === 'role')) {
            role = 'use';
        } else if (
            BLOCK_KINDS.has(what) &&
            (onLaterLine(after, id) || ['{', 'as', 'inline'].includes(after?.image ?? ''))
        ) {
            role = 'use';
        }
        if (!role) continue;
        tokens[i + 1] = createTokenInstance(
            idType,
            id.image,
            id.startOffset,
            id.endOffset!,
            id.startLine!,
            id.endLine!,
            id.startColumn!,
            id.endColumn!,
        );
        if (role === 'declaration') {
            declared.add(id.image);
            mistakes.push({
                offset: id.startOffset,
                length: id.image.length,
                message:
                    `'${id.image}' is a word of the language and cannot name a ${what}: ` +
                    `choose another name, such as '${id.image}-1' or a word from its text`,
            });
        } else {
            uses.push(id);
        }
    }
    for (const id of uses) {
        if (declared.has(id.image)) continue;
        mistakes.push({
            offset: id.startOffset,
            length: id.image.length,
            message: `'${id.image}' is a word of the language and cannot be the name of a contact or commitment: rename it where it is declared and here`,
        });
    }
}
