import type { IToken } from 'chevrotain';
import { describeText } from './action-plan-syntax-words.js';

/** What each block of the language may contain, by grammar rule, for "what to write instead". */
export const BLOCK_CONTENTS: Record<string, { what: string; words: string[] }> = {
    CtapHeader: {
        what: 'the ctap header',
        words: [
            'forum',
            'document',
            'agenda item',
            'title',
            'purpose',
            'submitted by',
            'meeting',
            'economy',
            'calendar year',
            'last updated',
            'objective',
        ],
    },
    Contact: { what: 'a contact', words: ['name', 'title', 'phone', 'fax', 'email'] },
    Summary: { what: 'the summary', words: ['achievements', 'forward work', 'capacity building needs'] },
    Section: {
        what: 'a section',
        words: ['contact', 'commitment', 'undertaken', 'planned', 'participated', 'needs', 'offers', 'section'],
    },
    Assistance: { what: 'the assistance part', words: ['contact', '-'] },
    CtapPlan: { what: 'a CTAP plan', words: ['contact', 'summary', 'section', 'assistance'] },
    ProgressReport: { what: 'a progress report', words: ['date', 'intro', 'area', 'footer'] },
    Catalog: { what: 'a catalog', words: ['contact', 'commitment'] },
    Block: { what: 'a list', words: ['-'] },
    ItemList: { what: 'a list', words: ['-'] },
    Item: { what: 'a list', words: ['-'] },
    Area: { what: 'an area', words: ['-'] },
};

/** The words that start a statement in the given rules. */
export function statementWords(rules: readonly string[]): Set<string> {
    const words = new Set<string>();
    for (const rule of rules) for (const word of BLOCK_CONTENTS[rule]?.words ?? []) words.add(word.split(' ')[0]!);
    return words;
}

/** An open `{` and the words of the statement it opens, as the author wrote them. */
export interface OpenBlock {
    brace: IToken;
    label: string;
}

/**
 * For each offset (ascending), the blocks still open there: one pass over the tokens
 * matching braces.
 */
export function openBlocksAt(tokens: IToken[], offsets: number[]): Map<number, OpenBlock[]> {
    const result = new Map<number, OpenBlock[]>();
    const stack: number[] = [];
    let t = 0;
    for (const offset of [...offsets].sort((a, b) => a - b)) {
        for (; t < tokens.length && tokens[t]!.startOffset < offset; t++) {
            const image = tokens[t]!.image;
            if (image === '{') stack.push(t);
            else if (image === '}') stack.pop();
        }
        result.set(
            offset,
            stack.map((index) => ({ brace: tokens[index]!, label: statementLabel(tokens, index) })),
        );
    }
    return result;
}

/** `section A.1 "Protect Cargo"`: the tokens before a `{` on its line. */
function statementLabel(tokens: IToken[], braceIndex: number): string {
    const line = tokens[braceIndex]!.startLine;
    const words: string[] = [];
    for (let i = braceIndex - 1; i >= 0; i--) {
        const token = tokens[i]!;
        if (token.endLine !== line || token.image === '{' || token.image === '}') break;
        words.unshift(
            token.tokenType.name === 'STRING' ? describeText(token.image.slice(1, -1), token.image) : token.image,
        );
    }
    if (words[0] === '-') return `the sub-list of the item ${words.slice(1).join(' ')}`.trimEnd();
    return (
        words
            .join(' ')
            .replace(/ \. /g, '.')
            .replace(/ \.(?=\d)/g, '.') || 'this block'
    );
}
