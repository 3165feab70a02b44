import { HighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import type { StringStream } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { tags } from '@lezer/highlight';
import { KEYWORDS } from 'virtual:actionplan-grammar';

const keywords = new Set(KEYWORDS);

interface State {
    inBlockComment: boolean;
}

/**
 * Tokens as the grammar's terminals define them (grammar/action-plan.langium:
 * ID, STRING, INT, ML_COMMENT, SL_COMMENT); a word is a keyword when the
 * grammar has it as one (KEYWORDS is generated from the grammar at build time).
 */
function token(stream: StringStream, state: State): string | null {
    if (state.inBlockComment) {
        state.inBlockComment = !stream.skipTo('*/');
        if (state.inBlockComment) stream.skipToEnd();
        else stream.pos += 2;
        return 'blockComment';
    }
    if (stream.eatSpace()) return null;
    if (stream.match('//')) {
        stream.skipToEnd();
        return 'lineComment';
    }
    if (stream.match('/*')) {
        state.inBlockComment = true;
        return token(stream, state) ?? 'blockComment';
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return 'string';
    if (stream.match(/^[0-9]+/)) return 'number';
    const word = stream.match(/^[_a-zA-Z][\w-]*/) as RegExpMatchArray | null;
    if (word) return keywords.has(word[0]) ? 'keyword' : 'variableName';
    stream.next();
    return 'punctuation';
}

export const actionPlanLanguage = StreamLanguage.define<State>({
    name: 'actionplan',
    startState: () => ({ inBlockComment: false }),
    copyState: (state) => ({ ...state }),
    token,
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
});

/** Colours from CSS variables, so the light and dark themes (styles.css) apply. */
const style = HighlightStyle.define([
    { tag: tags.keyword, color: 'var(--syntax-keyword)', fontWeight: '600' },
    { tag: tags.string, color: 'var(--syntax-string)' },
    { tag: tags.number, color: 'var(--syntax-number)' },
    { tag: [tags.lineComment, tags.blockComment], color: 'var(--syntax-comment)', fontStyle: 'italic' },
    { tag: tags.variableName, color: 'var(--syntax-name)' },
    { tag: tags.punctuation, color: 'var(--syntax-punctuation)' },
]);

export function actionPlanHighlighting(): Extension {
    return [actionPlanLanguage, syntaxHighlighting(style)];
}
