// Text helpers: removing the converter's markup, commitment wording as prose
// and year groups, timeframes and notes, and the loose key that recognises a
// commitment's copies. Structure is read on the escaped text (an escaped
// character is never structure); values come out unescaped.
import { isEscaped, stripMarkup, unescapeText } from '../facts/action-plan-text-escapes.js';
import type { WordingPart } from '../facts/index.js';

/** Removes `**bold**` markers and backslash escapes (`US\$` → `US$`); trims. */
export function cleanText(raw: string): string {
    return unescapeText(stripMarkup(raw));
}

/** ` (by 2016)`, ` (by December 2013)` at the end of a measure: its timeframe (escaped text in, values out). */
export function splitTimeframe(escaped: string): { text: string; timeframe?: number | string } {
    const match = /^([\s\S]*?) \(by ((?:[^\\]|\\[\s\S])+)\)$/.exec(escaped);
    if (!match) return { text: unescapeText(escaped) };
    const timeframe = unescapeText(match[2]!);
    return { text: unescapeText(match[1]!), timeframe: /^\d+$/.test(timeframe) ? Number(timeframe) : timeframe };
}

/** Joins lines of one paragraph or heading that the source broke. */
export function joinLines(lines: string[]): string {
    return lines
        .map((l) => l.trim())
        .filter((l) => l.length > 0)
        .join(' ');
}

/** `【…】` at the end of a commitment: an annotation, kept apart as its `note` (brackets included). */
const NOTE = /(【[^【】]*】)\s*$/;
/** `\【…\】` at the end: a note written without brackets (the exporter escapes the ones it adds). */
const ESCAPED_NOTE = /\\【((?:[^\\]|\\[^【】])*)\\】\s*$/;
const YEARS = /\((\d{4}(?:\s*,\s*\d{4})*)\)/g;

/** Splits the note off an escaped commitment text; the note comes back unescaped. */
export function splitNote(text: string): { text: string; note?: string } {
    // No leading blanks in the patterns: a long run of blanks would be tried from each of its positions.
    const escaped = ESCAPED_NOTE.exec(text);
    if (escaped && !isEscaped(text, escaped.index)) {
        return { text: text.slice(0, escaped.index).trimEnd(), note: unescapeText(escaped[1]!) };
    }
    const match = NOTE.exec(text);
    if (!match || isEscaped(text, match.index)) return { text };
    return { text: text.slice(0, match.index).trimEnd(), note: unescapeText(match[1]!) };
}

/** Commitment wording (escaped text) as prose and year groups, the years where the text has them unescaped. */
export function toParts(text: string): WordingPart[] {
    const parts: WordingPart[] = [];
    let last = 0;
    for (const match of text.matchAll(YEARS)) {
        if (isEscaped(text, match.index)) continue;
        pushProse(parts, text.slice(last, match.index));
        parts.push({ years: match[1]!.split(',').map((y) => Number(y.trim())) });
        last = match.index + match[0].length;
    }
    pushProse(parts, text.slice(last));
    return parts;
}

function pushProse(parts: WordingPart[], prose: string): void {
    const trimmed = prose.trim();
    if (trimmed) parts.push({ text: unescapeText(trimmed) });
}

/** Loose identity of a commitment's wording: case, spacing, markup and final periods aside. */
export function matchKey(text: string): string {
    const key = splitNote(stripMarkup(text))
        .text.toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/ ([.,;:)])/g, '$1');
    return withoutFinalDots(key);
}

/** Drops final blanks and periods; a loop, since /[ .]+$/ is quadratic on a long run of them mid-text. */
function withoutFinalDots(text: string): string {
    let end = text.length;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '.')) end--;
    return text.slice(0, end);
}

/** Offsets where a new sentence may start (after `. ` or a note, before a capital or a note): candidate cuts. */
export function sentenceCuts(text: string): number[] {
    const cuts: number[] = [];
    for (const match of text.matchAll(/[.)】]\s+(?=[\p{Lu}【\\])/gu)) cuts.push(match.index + 1);
    return cuts;
}

/** Ends like a finished sentence or heading; otherwise a page break may have cut it. */
export function endsSentence(text: string): boolean {
    return /[.!?:;)"”'’】]$/.test(text.trim());
}
