// The judgements around decoding (action-plan-text-decoding.ts): what is not text, what
// encoding undecodable bytes probably are, and the one-line messages. Browser-safe.
import type { DecodeProblem } from './action-plan-text-decoding.js';

/** Text with NUL characters, or whose start is more than 10% control characters, is a binary file. */
export function notTextAt(text: string): { offset: number; reason: 'nul' | 'controls' } | undefined {
    const nul = text.indexOf('\0');
    if (nul >= 0) return { offset: nul, reason: 'nul' };
    const sample = text.slice(0, 8192);
    // C0 controls other than tab, LF, VT, FF, CR; and DEL.
    let controls = 0;
    let first = -1;
    for (let i = 0; i < sample.length; i++) {
        const c = sample.charCodeAt(i);
        if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) {
            controls++;
            if (first < 0) first = i;
        }
    }
    return controls >= 8 && controls > sample.length / 10 ? { offset: first, reason: 'controls' } : undefined;
}

/** NUL bytes at most even or most odd positions of the start, the rest ASCII: UTF-16 without a BOM. */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
    const sample = bytes.subarray(0, 1024);
    let even = 0;
    let odd = 0;
    for (let i = 0; i < sample.length; i++) {
        if (sample[i] !== 0) continue;
        if (i % 2 === 0) even++;
        else odd++;
    }
    const pairs = Math.floor(sample.length / 2);
    return pairs >= 2 && Math.max(even, odd) >= pairs * 0.6;
}

/**
 * Windows-1252 unless the non-ASCII bytes are Shift_JIS double-byte characters in
 * runs (Japanese text); isolated high bytes next to ASCII letters are Latin text.
 */
export function suggestLegacyEncoding(bytes: Uint8Array): string {
    let pairs = 0;
    let inRuns = 0;
    let previousPairEnd = -1;
    for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i]!;
        if (b < 0x80 || (b >= 0xa1 && b <= 0xdf)) continue;
        const lead = (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
        const t = bytes[i + 1];
        if (!lead || t === undefined || !((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfc))) return 'windows-1252';
        pairs++;
        if (previousPairEnd === i) inRuns++;
        previousPairEnd = i + 2;
        i++;
    }
    return pairs > 0 && inRuns * 2 >= pairs ? 'shift_jis' : 'windows-1252';
}

export function hex(value: number, digits = 2): string {
    return value.toString(16).toUpperCase().padStart(digits, '0');
}

const ENCODING_NAMES: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE' };

/**
 * One line for a decoding problem, without the file name: for the command line
 * (`not valid UTF-8 at line 12 (byte 0xE9); save it as UTF-8 or pass --encoding
 * windows-1252`) or the editor (advice in its terms).
 */
export function describeDecodeProblem(problem: DecodeProblem, audience: 'cli' | 'editor'): string {
    if (problem.kind === 'not-text') {
        const what = problem.reason === 'nul' ? 'a NUL byte' : 'control characters';
        if (!problem.utf16WithoutBom) return `not a text file (${what} at line ${problem.line}): a plan must be text`;
        const fix = audience === 'cli' ? 'save it as UTF-8 or pass --encoding utf-16le' : 'save it as UTF-8';
        return `not a text file (${what} at line ${problem.line}): it looks like UTF-16 without a byte order mark; ${fix}`;
    }
    const name = ENCODING_NAMES[problem.encoding] ?? problem.encoding;
    const where = `at line ${problem.line} (${problem.detail ?? `byte 0x${hex(problem.byte)}`})`;
    if (problem.encoding !== 'utf-8') {
        return audience === 'cli'
            ? `not valid ${name} ${where}; pass the encoding the file was saved in with --encoding`
            : `not valid ${name} ${where}`;
    }
    const guess = problem.suggestion ?? 'windows-1252';
    return audience === 'cli'
        ? `not valid UTF-8 ${where}; save it as UTF-8 or pass --encoding ${guess}`
        : `not valid UTF-8 ${where}: the file looks like ${guess}; reopen it with that encoding and save it as UTF-8`;
}
