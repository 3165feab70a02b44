// Text helpers: removing the converter's markup, commitment wording as prose
// and year groups, and the loose key that recognises a commitment's copies.
import type { WordingPart } from '../facts/index.js';

/** Removes `**bold**` markers and Markdown backslash escapes (`US\$` → `US$`); trims. */
export function cleanText(raw: string): string {
    return raw
        .replace(/\*\*/g, '')
        .replace(/\\([\\`*_{}[\]()#+\-.!$|<>~])/g, '$1')
        .trim();
}

/** Joins lines of one paragraph or heading that the source broke. */
export function joinLines(lines: string[]): string {
    return lines
        .map((l) => l.trim())
        .filter((l) => l.length > 0)
        .join(' ');
}

/** `【…】` at the end of a commitment: an annotation, kept apart as its `note`. */
const NOTE = /\s*(【[^】]*】)\s*$/;
const YEARS = /\((\d{4}(?:\s*,\s*\d{4})*)\)/g;

export function splitNote(text: string): { text: string; note?: string } {
    const match = NOTE.exec(text);
    return match ? { text: text.slice(0, match.index), note: match[1] } : { text };
}

/** Commitment wording as prose and year groups, the years where the text has them. */
export function toParts(text: string): WordingPart[] {
    const parts: WordingPart[] = [];
    let last = 0;
    for (const match of text.matchAll(YEARS)) {
        pushProse(parts, text.slice(last, match.index));
        parts.push({ years: match[1]!.split(',').map((y) => Number(y.trim())) });
        last = match.index! + match[0].length;
    }
    pushProse(parts, text.slice(last));
    return parts;
}

function pushProse(parts: WordingPart[], prose: string): void {
    const trimmed = prose.trim();
    if (trimmed) parts.push({ text: trimmed });
}

/** Loose identity of a commitment's wording: case, spacing, markup and final periods aside. */
export function matchKey(text: string): string {
    return splitNote(cleanText(text))
        .text.toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/\s+([.,;:)])/g, '$1')
        .replace(/[\s.]+$/, '');
}

/** Offsets where a new sentence may start (after `. ` before a capital): candidate cuts. */
export function sentenceCuts(text: string): number[] {
    const cuts: number[] = [];
    for (const match of text.matchAll(/[.)]\s+(?=[A-Z【])/g)) cuts.push(match.index! + 1);
    return cuts;
}

/** Ends like a finished sentence or heading; otherwise a page break may have cut it. */
export function endsSentence(text: string): boolean {
    return /[.!?:;)"”'’】]$/.test(text.trim());
}
