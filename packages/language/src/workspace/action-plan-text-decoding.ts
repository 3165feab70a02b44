// The one place where plan files' bytes become text and text becomes bytes again.
// Browser-safe: UTF-8 and UTF-16 through TextDecoder; other encodings (Latin-1,
// Windows-1252, Shift_JIS …) through a codec the host passes in (iconv-lite in Node,
// see node/action-plan-plan-files.ts). What counts as text, the guesses and the
// messages are in action-plan-text-problems.ts.
import {
    describeDecodeProblem,
    hex,
    looksLikeUtf16,
    notTextAt,
    suggestLegacyEncoding,
} from './action-plan-text-problems.js';

/** An encoding other than UTF-8/UTF-16, by label (`windows-1252`, `latin1`, `shift_jis` …). */
export interface LegacyCodec {
    exists(label: string): boolean;
    decode(bytes: Uint8Array, label: string): string;
    encode(text: string, label: string): Uint8Array;
}

export interface DecodeOptions {
    /** The encoding when the file has no byte order mark; default UTF-8. A BOM always wins. */
    encoding?: string;
    /** Needed for encodings other than UTF-8 and UTF-16. */
    legacy?: LegacyCodec;
}

/** Where a decoding problem is: 1-based line and column (UTF-16 code units) in the decoded text. */
export interface DecodePosition {
    line: number;
    column: number;
    /** Offset in the decoded text (BOM removed). */
    offset: number;
    /** Offset in the file's bytes (BOM included). */
    byteOffset: number;
}

/** Bytes that are not valid in the file's encoding. */
export interface InvalidBytes extends DecodePosition {
    kind: 'invalid-bytes';
    encoding: string;
    /** The first offending byte. */
    byte: number;
    /** Why, when "byte 0x…" is not the whole story (a lone surrogate, a cut-off character). */
    detail?: string;
    /** An encoding the bytes probably are, for the advice. */
    suggestion?: string;
}

/** NUL bytes or mostly control characters: a binary file, not a plan. */
export interface NotText extends DecodePosition {
    kind: 'not-text';
    reason: 'nul' | 'controls';
    /** NUL bytes at every other position: UTF-16 saved without a byte order mark. */
    utf16WithoutBom: boolean;
}

export type DecodeProblem = InvalidBytes | NotText;

/** A file's text and how it was stored, so that a rewrite stores it the same way. */
export interface DecodedText {
    /** The text without its byte order mark; where `problem` is set, bad bytes are U+FFFD. */
    text: string;
    /** `utf-8`, `utf-16le`, `utf-16be`, or the legacy label that was given. */
    encoding: string;
    bom: boolean;
    problem?: DecodeProblem;
}

/** An unknown `--encoding` label, or a legacy one without a codec. */
export class UnknownEncodingError extends Error {}

export { describeDecodeProblem, notTextAt };

export const BOMS: Array<[string, number[]]> = [
    ['utf-8', [0xef, 0xbb, 0xbf]],
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
];

/** `utf8`, `UTF-8`, `utf16le`, `ucs-2` … → the names TextDecoder and this module use; others unchanged (lower case). */
export function normalizeEncoding(label: string): string {
    const name = label.trim().toLowerCase();
    if (name === 'utf8' || name === 'utf-8' || name === 'unicode-1-1-utf-8') return 'utf-8';
    if (['utf16le', 'utf-16le', 'utf-16', 'utf16', 'ucs2', 'ucs-2'].includes(name)) return 'utf-16le';
    if (name === 'utf16be' || name === 'utf-16be') return 'utf-16be';
    return name;
}

function isUnicode(encoding: string): boolean {
    return encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be';
}

/** Checks a `--encoding` label before any file is read; throws UnknownEncodingError. */
export function checkEncoding(label: string, legacy?: LegacyCodec): string {
    const encoding = normalizeEncoding(label);
    if (isUnicode(encoding)) return encoding;
    if (!legacy) throw new UnknownEncodingError(`encoding "${label}" is not available here (only UTF-8 and UTF-16)`);
    if (!legacy.exists(encoding)) throw new UnknownEncodingError(`unknown encoding "${label}"`);
    return encoding;
}

/**
 * Decodes a plan file. A byte order mark decides the encoding (UTF-8, UTF-16 LE/BE);
 * otherwise `options.encoding` (default UTF-8). Never fails silently: bytes that are
 * not valid in the encoding, NUL bytes or a mostly-binary file give `problem` (the
 * text then has U+FFFD in place of bad bytes and must not be written back).
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
    const [bomEncoding, bomBytes] = BOMS.find(([, mark]) => mark.every((b, i) => bytes[i] === b)) ?? [];
    const encoding = bomEncoding ?? checkEncoding(options.encoding ?? 'utf-8', options.legacy);
    const skip = bomBytes?.length ?? 0;
    const body = bytes.subarray(skip);
    const result: DecodedText = isUnicode(encoding)
        ? decodeUnicode(body, encoding)
        : decodeLegacy(body, encoding, options.legacy!);
    result.bom = bomEncoding !== undefined;
    if (result.problem) result.problem.byteOffset += skip;
    const binary = notTextAt(result.text);
    if (binary) {
        const nulPairs = encoding === 'utf-8' && !result.bom && looksLikeUtf16(body);
        result.problem = {
            kind: 'not-text',
            reason: binary.reason,
            utf16WithoutBom: nulPairs,
            ...positionAt(result.text, binary.offset),
            byteOffset: skip + byteLength(result.text.slice(0, binary.offset), encoding, options.legacy),
        };
    }
    return result;
}

function decodeUnicode(body: Uint8Array, encoding: string): DecodedText {
    try {
        const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
        return { text, encoding, bom: false };
    } catch {
        const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
        const bad = encoding === 'utf-8' ? firstInvalidUtf8(body) : firstInvalidUtf16(body, encoding === 'utf-16le');
        const offset = new TextDecoder(encoding, { ignoreBOM: true }).decode(body.subarray(0, bad.at)).length;
        const problem: InvalidBytes = {
            kind: 'invalid-bytes',
            encoding,
            byte: body[bad.at] ?? 0,
            ...positionAt(text, offset),
            byteOffset: bad.at,
        };
        if (bad.detail) problem.detail = bad.detail;
        if (encoding === 'utf-8') problem.suggestion = suggestLegacyEncoding(body);
        return { text, encoding, bom: false, problem };
    }
}

function decodeLegacy(body: Uint8Array, encoding: string, legacy: LegacyCodec): DecodedText {
    const text = legacy.decode(body, encoding);
    const offset = text.indexOf('\uFFFD');
    if (offset < 0) return { text, encoding, bom: false };
    const byteOffset = legacy.encode(text.slice(0, offset), encoding).length;
    return {
        text,
        encoding,
        bom: false,
        problem: {
            kind: 'invalid-bytes',
            encoding,
            byte: body[byteOffset] ?? 0,
            ...positionAt(text, offset),
            byteOffset,
        },
    };
}

function byteLength(text: string, encoding: string, legacy?: LegacyCodec): number {
    if (encoding === 'utf-8') return new TextEncoder().encode(text).length;
    if (encoding === 'utf-16le' || encoding === 'utf-16be') return text.length * 2;
    return legacy ? legacy.encode(text, encoding).length : text.length;
}

/** 1-based line and column of a text offset; lines end at LF, CRLF or CR, as in LSP and the editor. */
export function positionAt(text: string, offset: number): Omit<DecodePosition, 'byteOffset'> {
    let line = 1;
    let lineStart = 0;
    const breaks = /\r\n?|\n/g;
    for (let match = breaks.exec(text); match && match.index < offset; match = breaks.exec(text)) {
        line++;
        lineStart = match.index + match[0].length;
    }
    return { line, column: offset - lineStart + 1, offset };
}

/** The first byte where UTF-8 is invalid (a bad lead byte, a missing continuation, an overlong or surrogate form). */
function firstInvalidUtf8(bytes: Uint8Array): { at: number; detail?: string } {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i]!;
        const need =
            b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
        let ok = need >= 0;
        for (let k = 1; ok && k <= need; k++) ok = i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
        if (ok && need === 2) {
            const c = bytes[i + 1]!;
            ok = !(b === 0xe0 && c < 0xa0) && !(b === 0xed && c > 0x9f);
        }
        if (ok && need === 3) {
            const c = bytes[i + 1]!;
            ok = !(b === 0xf0 && c < 0x90) && !(b === 0xf4 && c > 0x8f);
        }
        if (!ok) return i + need >= bytes.length && need > 0 ? { at: i, detail: 'cut off at the end' } : { at: i };
        i += need + 1;
    }
    return { at: bytes.length };
}

function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): { at: number; detail?: string } {
    const unit = (i: number) => (littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
    for (let i = 0; i + 1 < bytes.length; i += 2) {
        const u = unit(i);
        if (u >= 0xd800 && u <= 0xdbff) {
            const next = i + 3 < bytes.length ? unit(i + 2) : -1;
            if (next >= 0xdc00 && next <= 0xdfff) {
                i += 2;
                continue;
            }
            return { at: i, detail: `a lone surrogate 0x${hex(u, 4)}` };
        }
        if (u >= 0xdc00 && u <= 0xdfff) return { at: i, detail: `a lone surrogate 0x${hex(u, 4)}` };
    }
    return { at: bytes.length - 1, detail: 'an odd number of bytes: the last character is cut off' };
}
