// How plan strings are written into the `text` export so that the importer
// reads back exactly the same values (see facts/action-plan-text-escapes.ts):
// markup characters, line breaks, text that would read as a timeframe, a year
// group, a note, a contact field or a list marker are escaped.
import { escapeText, escapeWhere } from '../facts/action-plan-text-escapes.js';
import { canonicalTextLexer, TextLine } from '../from-text/action-plan-from-text-tokens.js';
import { joinWording } from '../facts/index.js';
import { toParts } from '../from-text/action-plan-from-text-wording.js';
import type { ExportCommitment, ExportItem } from './action-plan-render-types.js';

/** A contact field label: in a contact paragraph the importer would start a new field there. */
const FIELD_LABEL = /(?:Name|Title|Telephone Number|Fax Number|Email Address):/;
/** ` (by …)` is the timeframe's wording. */
const TIMEFRAME_OPENING = /\(by/;
/** `(2005)`, `(2002, 2008)`: a year group of a commitment's wording. */
const YEAR_GROUP = /\(\d{4}(?:\s*,\s*\d{4})*\)/;
/** `【…】` at the end of a commitment's wording is its note. */
const TRAILING_NOTE = /【[^【】]*】\s*$/;
/** A note the importer reads back as written: one `【…】`. */
const BRACKETED_NOTE = /^【[^【】]*】$/;

/** Any plan string, escaped for the canonical text. */
export function textValue(text: string): string {
    return escapeWhere(escapeText(text), FIELD_LABEL, (label) => label.length - 1);
}

/** A measure with its timeframe in words: `Extend the scheme to air cargo. (by 2026)`. */
export function itemValue(item: ExportItem): string {
    const text = escapeWhere(textValue(item.text), TIMEFRAME_OPENING);
    if (item.timeframe === undefined) return text;
    return `${text} (by ${escapeWhere(textValue(String(item.timeframe)), TIMEFRAME_OPENING)})`;
}

/**
 * An `as` wording, joined: a final `【…】` is escaped (the importer would take it for a note),
 * and so are its year groups when reading them as year groups would not give this text back.
 */
export function wordingValue(text: string): string {
    const escaped = escapeWhere(textValue(text), TRAILING_NOTE);
    return joinWording(toParts(escaped)) === text ? escaped : escapeWhere(escaped, YEAR_GROUP);
}

/** A commitment of the commitments list: its wording, then its note. */
export function commitmentValue(commitment: ExportCommitment): string {
    const wording = partsValue(commitment);
    if (commitment.note === undefined) return wording;
    // `【…】` as the seeds write it; any other note in escaped brackets, so the importer tells them apart.
    const note = BRACKETED_NOTE.test(commitment.note)
        ? textValue(commitment.note)
        : `\\【${textValue(commitment.note)}\\】`;
    return wording === '' ? note : `${wording} ${note}`;
}

/** A commitment's wording from its parts: a year group in a prose part is escaped. */
export function partsValue(commitment: ExportCommitment): string {
    let text = '';
    for (const part of commitment.parts) {
        const piece = 'years' in part ? `(${part.years.join(', ')})` : escapeWhere(textValue(part.text), YEAR_GROUP);
        if (piece === '') continue;
        text += text === '' || /^[.,;:)]/.test(piece) ? piece : ` ${piece}`;
    }
    return escapeWhere(text, TRAILING_NOTE);
}

type LineMode = 'ctapHeader' | 'ctapBody' | 'report';

/**
 * A line that starts with nothing but text: when the importer would read the
 * line as a heading, a field, a marker or a list item, its first character is escaped.
 */
export function plainLine(escaped: string, mode: LineMode): string {
    if (escaped === '' || escaped.startsWith('\\')) return escaped;
    // The first line decides how the line reads (a long text is not lexed to its end).
    const end = escaped.indexOf('\n');
    const first = canonicalTextLexer.tokenize(end < 0 ? escaped : escaped.slice(0, end), mode).tokens[0];
    const plain = first?.tokenType === TextLine && first.startOffset === 0;
    return plain ? escaped : `\\${escaped}`;
}
