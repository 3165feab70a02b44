import { describeText, quoteText } from './action-plan-syntax-words.js';

/** A change to the text, in offsets of the text as written. */
export interface TextSpanEdit {
    offset: number;
    length: number;
    newText: string;
}

/** The edit that certainly repairs a mistake: a quick fix in the editor. */
export interface SyntaxFix {
    title: string;
    edits: TextSpanEdit[];
}

/** A mistake found in the text, with its plain-language message. */
export interface SyntaxMistake {
    offset: number;
    length: number;
    message: string;
    fix?: SyntaxFix;
}

/** Text the lexer should read as one string (`image` has the quotes) where the text has none. */
export interface QuotedRun {
    offset: number;
    length: number;
    image: string;
}

/** The text as the lexer should read it (same length, same lines), the mistakes, and the runs to read as strings. */
export interface TextRepair {
    text: string;
    mistakes: SyntaxMistake[];
    runs: QuotedRun[];
}

const CURLY_DOUBLE = '“”„‟';
const CURLY_SINGLE = '‘’‚‛';
/** The next place the scanner must look at: a quote of any kind or the start of a comment. */
const SPECIAL = /["“”„‟‘’‚‛]|\/[/*]/g;
/** Line breaks as editors count them: \\r\\n, \\r or \\n. */
const LINE_BREAK = /[\r\n]/g;
const STRING = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"/y;
const FIELDS =
    'forum|document|agenda[ \\t]+item|title|purpose|submitted[ \\t]+by|economy|objective|name|phone|fax|email|intro|footer|area|report|catalog|role|section[ \\t]+[A-Za-z_][\\w-]*(?:\\.\\d+)*';
/**
 * A line that starts with a field keyword (or a list item's hyphen, or a dash Word put
 * in its place) followed by text without quotes.
 */
const UNQUOTED_LINE = new RegExp(`^([ \\t]*)(?:(${FIELDS}|-)|([–—•·−‐]))[ \\t]+(?![\\r\\n"“”„‟‘’‚‛{}]|//|/\\*)`, 'gm');
const DASH_ITEM = /^([ \t]*)([–—•·−‐])[ \t]+(?=["“”„‟‘’‚‛])/gm;
const AFTER_TEXT = /^[ \t]*(?:$|[{}(]|\/\/|\/\*|(?:by|note|role|at|on|ext|as|inline)[ \t])/;
const TIMEFRAME = /[ \t]+by[ \t]+(?![\r\n"“”„‟‘’‚‛{}]|\/\/)([^\r\n{}]*)/y;

/**
 * Finds the mistakes people make typing or pasting a plan (curly quotes from Word, text
 * without quotes, a text left without its closing quote, a dash Word made of a list
 * item's hyphen) and repairs them for the lexer, so that each gives one error in plain
 * words instead of a cascade of parser errors. Repairs keep every offset and line: a
 * curly quote becomes a straight one, and text to read as a string is blanked and
 * handed back as a run the lexer turns into one string token.
 */
export function repairText(text: string, keywords: ReadonlySet<string>): TextRepair {
    return new TextScanner(text, keywords).scan();
}

class TextScanner {
    private readonly mistakes: SyntaxMistake[] = [];
    private readonly runs: QuotedRun[] = [];
    /** Same-length replacements of the lexer's text, by offset. */
    private readonly replacements: TextSpanEdit[] = [];
    private readonly lineCandidates: number[] = [];

    constructor(
        private readonly text: string,
        private readonly keywords: ReadonlySet<string>,
    ) {}

    scan(): TextRepair {
        for (const pattern of [UNQUOTED_LINE, DASH_ITEM]) {
            pattern.lastIndex = 0;
            for (const match of this.text.matchAll(pattern)) this.lineCandidates.push(match.index);
        }
        this.lineCandidates.sort((a, b) => a - b);
        let next = 0;
        let i = 0;
        while (i < this.text.length) {
            SPECIAL.lastIndex = i;
            const special = SPECIAL.exec(this.text);
            const at = special ? special.index : this.text.length;
            while (next < this.lineCandidates.length && this.lineCandidates[next]! < i) next++;
            if (next < this.lineCandidates.length && this.lineCandidates[next]! < at) {
                i = this.checkLine(this.lineCandidates[next++]!);
                continue;
            }
            if (!special) break;
            i = this.at(at, special[0]);
        }
        return { text: this.repairedText(), mistakes: this.mistakes, runs: this.runs };
    }

    /** Scans the thing at offset `at`; returns where scanning goes on. */
    private at(at: number, found: string): number {
        if (found === '//') return this.lineEnd(at);
        if (found === '/*') {
            const end = this.text.indexOf('*/', at + 2);
            return end < 0 ? this.text.length : end + 2;
        }
        if (found === '"') return this.straightString(at);
        return this.curlyString(at);
    }

    /** The next line break at or after `from` (cached: a long line must not be searched again for each of its strings). */
    private nextBreak = -1;

    private lineEnd(at: number): number {
        if (this.nextBreak < at) {
            LINE_BREAK.lastIndex = at;
            this.nextBreak = LINE_BREAK.exec(this.text)?.index ?? this.text.length;
        }
        return this.nextBreak;
    }

    private lineStart(at: number): number {
        return Math.max(this.text.lastIndexOf('\n', at - 1), this.text.lastIndexOf('\r', at - 1)) + 1;
    }

    private straightString(at: number): number {
        STRING.lastIndex = at;
        const match = STRING.exec(this.text);
        const end = match ? at + match[0].length : -1;
        if (match && this.lineEnd(at) >= end - 1) return this.afterString(end);
        if (match && !this.opensStatement(this.text.slice(this.lineStart(end - 1), end - 1))) return end;
        // The string runs past its line into what reads as the next statement: it was never closed.
        const lineEnd = this.lineEnd(at);
        const content = this.text.slice(at + 1, lineEnd).trimEnd();
        const contentEnd = at + 1 + content.length;
        const last = content.at(-1) ?? '';
        if (CURLY_DOUBLE.includes(last) || CURLY_SINGLE.includes(last)) {
            this.replacements.push({ offset: contentEnd - 1, length: 1, newText: '"' });
            this.mistakes.push({
                offset: contentEnd - 1,
                length: 1,
                message: `This text ends with a curly quote ${last}: use straight quotes " … " around text`,
                fix: {
                    title: 'Use a straight closing quote',
                    edits: [{ offset: contentEnd - 1, length: 1, newText: '"' }],
                },
            });
            return this.afterString(contentEnd);
        }
        this.quoteRun(at, contentEnd, `"${content}"`);
        this.mistakes.push({
            offset: at,
            length: Math.max(1, contentEnd - at),
            message: `The text ${describeText(content)} has no closing quote: end it with " on this line`,
            fix: {
                title: 'Add the closing quote at the end of the line',
                edits: [{ offset: contentEnd, length: 0, newText: '"' }],
            },
        });
        return lineEnd;
    }

    /** `title "`, `- "`, `section A.2 "`: the start of a statement, up to the quote that opens its text. */
    private opensStatement(beforeQuote: string): boolean {
        const match = /^[ \t]*(?:-|([a-z]+)(?:[ \t]+[\w.-]+)*)[ \t]+$/.exec(beforeQuote);
        return !!match && (!match[1] || this.keywords.has(match[1]));
    }

    private curlyString(at: number): number {
        const opener = this.text[at]!;
        const single = CURLY_SINGLE.includes(opener);
        const lineEnd = this.lineEnd(at);
        const close = this.curlyClose(at, lineEnd, single);
        const kind = single ? 'Single curly quotes ‘ … ’' : 'Curly quotes “ … ”';
        if (close < 0 || this.text.slice(at + 1, close).includes('"')) {
            const content = this.text.slice(at + 1, lineEnd).trimEnd();
            const end = at + 1 + content.length;
            this.quoteRun(at, end, quoteText(content));
            this.mistakes.push({
                offset: at,
                length: end - at,
                message: `${kind} do not mark text, and this one is never closed: write the text in straight quotes " … "`,
                fix: {
                    title: 'Write the text in straight quotes',
                    edits: [{ offset: at, length: end - at, newText: quoteText(content) }],
                },
            });
            return lineEnd;
        }
        const edits = [{ offset: at, length: 1, newText: '"' }];
        if (this.text[close] !== '"') edits.push({ offset: close, length: 1, newText: '"' });
        this.replacements.push(...edits);
        this.mistakes.push({
            offset: at,
            length: close + 1 - at,
            message: `${kind} (as Word writes them) do not mark text: use straight quotes " … "`,
            fix: { title: 'Replace with straight quotes', edits },
        });
        return this.afterString(close + 1);
    }

    /**
     * The quote closing a curly-quoted text: the first one followed by what may follow a
     * text (the line end, `{`, `by` …), so that quotes inside the text stay in it;
     * else the first one. Single quotes followed by a letter are apostrophes.
     */
    private curlyClose(at: number, lineEnd: number, single: boolean): number {
        let first = -1;
        for (let j = at + 1; j < lineEnd; j++) {
            const c = this.text[j]!;
            const closes = single
                ? CURLY_SINGLE.includes(c) && !/\w/.test(this.text[j + 1] ?? '')
                : CURLY_DOUBLE.includes(c) || c === '"';
            if (!closes) continue;
            if (first < 0) first = j;
            if (AFTER_TEXT.test(this.text.slice(j + 1, lineEnd))) return j;
        }
        return first;
    }

    /** After a string on its line: `by June 2016` is a timeframe without quotes. */
    private afterString(end: number): number {
        TIMEFRAME.lastIndex = end;
        const match = TIMEFRAME.exec(this.text);
        if (!match) return end;
        const value = match[1]!.replace(/[ \t]*(?:\/\/|\/\*).*$/, '').trimEnd();
        // `by 2016` then the next item or a comment on the same line is a year, and fine.
        if (/^\d+(?:[ \t]|$)/.test(value) || value.includes('"') || value === '') return end;
        const start = end + match[0].length - match[1]!.length;
        const quoted = quoteText(value);
        this.quoteRun(start, start + value.length, quoted);
        this.mistakes.push({
            offset: start,
            length: value.length,
            message: `A timeframe is a year (by 2016) or text in quotes: by ${quoted}`,
            fix: {
                title: 'Put the timeframe in quotes',
                edits: [{ offset: start, length: value.length, newText: quoted }],
            },
        });
        return start + value.length;
    }

    /** A line found by UNQUOTED_LINE or DASH_ITEM, reached outside strings and comments. */
    private checkLine(start: number): number {
        const lineEnd = this.lineEnd(start);
        const line = this.text.slice(start, lineEnd);
        let i = start;
        const dash = /^([ \t]*)([–—•·−‐])[ \t]+/.exec(line);
        if (dash) {
            const offset = start + dash[1]!.length;
            this.replacements.push({ offset, length: 1, newText: '-' });
            this.mistakes.push({
                offset,
                length: 1,
                message: `A list item starts with a plain hyphen "-", not "${dash[2]}"`,
                fix: { title: 'Use a plain hyphen', edits: [{ offset, length: 1, newText: '-' }] },
            });
            i = offset + 1;
        }
        UNQUOTED_LINE.lastIndex = 0;
        const field = new RegExp(UNQUOTED_LINE.source).exec(dash ? line.replace(dash[2]!, '-') : line);
        if (!field) return i;
        const textStart = start + field[0].length;
        const value = this.text
            .slice(textStart, lineEnd)
            .replace(/[ \t]*(?:\/\/|\/\*).*$/, '')
            .replace(/[ \t]*[{}].*$/, '')
            .trimEnd();
        if (value === '' || value.includes('"')) return i;
        const keyword = (field[2] ?? '-').replace(/[ \t]+/g, ' ');
        const singleQuoted = /^'.*'$/.test(value) && value.length > 1;
        const inner = singleQuoted ? value.slice(1, -1) : value;
        const quoted = quoteText(inner);
        this.quoteRun(textStart, textStart + value.length, quoted);
        const what =
            keyword === '-' ? "A list item's text" : keyword.startsWith('section') ? "A section's title" : 'Text';
        const how = singleQuoted ? 'straight double quotes, not single quotes' : 'straight quotes';
        this.mistakes.push({
            offset: textStart,
            length: value.length,
            message: `${what} goes in ${how}: ${keyword} ${describeText(inner, quoted)}`,
            fix: {
                title: 'Put the text in quotes',
                edits: [{ offset: textStart, length: value.length, newText: quoted }],
            },
        });
        return textStart + value.length;
    }

    private quoteRun(start: number, end: number, image: string): void {
        this.runs.push({ offset: start, length: end - start, image });
        this.replacements.push({ offset: start, length: end - start, newText: ' '.repeat(end - start) });
    }

    private repairedText(): string {
        if (this.replacements.length === 0) return this.text;
        const sorted = [...this.replacements].sort((a, b) => a.offset - b.offset);
        let out = '';
        let at = 0;
        for (const edit of sorted) {
            if (edit.offset < at) continue;
            out += this.text.slice(at, edit.offset) + edit.newText;
            at = edit.offset + edit.length;
        }
        return out + this.text.slice(at);
    }
}
