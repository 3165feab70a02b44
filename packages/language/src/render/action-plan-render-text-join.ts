// Small text helpers shared by every export format: how pieces of text join,
// how timeframes and sub-item labels print. (A commitment's wording joins in
// facts/action-plan-wording.ts.)
import type { ExportItem } from './action-plan-render-types.js';

/** Appends another piece with one space, skipping empty pieces. */
export function appendText(text: string, piece: string | undefined): string {
    if (!piece) return text;
    return text === '' ? piece : `${text} ${piece}`;
}

/** The item's prose with its `by` timeframe in words, as the template asks ("indicate timeframe"): `… (by 2016)`. */
export function itemText(item: ExportItem): string {
    if (item.timeframe === undefined) return item.text;
    return appendText(item.text, `(by ${item.timeframe})`);
}

/** `a`, `b`, … `z`, `aa`, `ab`, … for progress-report sub-items. */
export function letterLabel(index: number): string {
    let label = '';
    let n = index + 1;
    while (n > 0) {
        const rest = (n - 1) % 26;
        label = String.fromCharCode(97 + rest) + label;
        n = Math.floor((n - 1) / 26);
    }
    return label;
}

/** Strings may hold line breaks (escaped in the source); exported lines never carry trailing blanks. */
export function splitLines(text: string): string[] {
    const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
    return lf.split('\n').map(trimEndBlanks);
}

/** Drops trailing spaces and tabs; a loop, since /[ \t]+$/ is quadratic on long runs of blanks. */
export function trimEndBlanks(line: string): string {
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    return line.slice(0, end);
}
