// A commitment's wording: prose and year groups, and how they join into the
// one sentence that every exporter, rule and editor feature shows.
import { isProse } from '../generated/ast.js';
import type { CommitmentText } from '../generated/ast.js';

/** One piece of wording: prose, or a year group printed `(2002, 2008)`. */
export type WordingPart = { text: string } | { years: number[] };

/** A part starting with one of these attaches to the previous part without a space. */
const ATTACHING = /^[.,;:)]/;

/** `(2002, 2008)`. */
export function yearGroupText(years: readonly number[]): string {
    return `(${years.join(', ')})`;
}

/**
 * The parts of a (possibly half-parsed) wording. A recovered parse can leave
 * `( )` without years or a part without a value: nothing to print for those.
 */
export function wordingParts(text: CommitmentText | undefined): WordingPart[] {
    const parts: WordingPart[] = [];
    for (const part of text?.parts ?? []) {
        if (part === undefined) continue;
        if (isProse(part)) parts.push({ text: part.value ?? '' });
        else if ((part.years ?? []).length > 0) parts.push({ years: [...part.years] });
    }
    return parts;
}

/** Joins prose and year groups with single spaces, except before `.` `,` `;` `:` `)`; empty prose adds nothing. */
export function joinWording(parts: ReadonlyArray<{ text: string } | { years: readonly number[] }>): string {
    let text = '';
    for (const part of parts) {
        const piece = 'years' in part ? yearGroupText(part.years) : part.text;
        if (piece === '') continue;
        text += text === '' || ATTACHING.test(piece) ? piece : ` ${piece}`;
    }
    return text;
}

/** The wording as one sentence: `Implement the revised standards (2002, 2008).` */
export function wordingText(text: CommitmentText | undefined): string {
    return joinWording(wordingParts(text));
}

/** Every year the wording cites, in order of appearance. */
export function wordingYears(text: CommitmentText | undefined): number[] {
    return wordingParts(text).flatMap((part) => ('years' in part ? part.years : []));
}
