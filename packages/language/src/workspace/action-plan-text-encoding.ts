// Text back to bytes for rewriting a plan file (`format --write`, `lint --fix`):
// the encoding, byte order mark and line ends it was read with. Browser-safe.
import { BOMS, UnknownEncodingError } from './action-plan-text-decoding.js';
import type { DecodedText, LegacyCodec } from './action-plan-text-decoding.js';

/** The line ending a text mostly uses: CRLF when most of its line ends are CRLF. */
export function dominantLineEnding(text: string): '\n' | '\r\n' {
    const lf = (text.match(/\n/g) ?? []).length;
    const crlf = (text.match(/\r\n/g) ?? []).length;
    return crlf > 0 && crlf * 2 >= lf ? '\r\n' : '\n';
}

/** Text whose line ends are LF (the formatter's output) with the line ends of `like`. */
export function withLineEndings(text: string, like: string): string {
    return dominantLineEnding(like) === '\r\n' ? text.replace(/\r?\n/g, '\r\n') : text;
}

/**
 * Text back to bytes the way `stored` was read: the same encoding and byte order
 * mark. Throws when the text has a character the encoding cannot store.
 */
export function encodeText(
    text: string,
    stored: Pick<DecodedText, 'encoding' | 'bom'>,
    legacy?: LegacyCodec,
): Uint8Array {
    const { encoding, bom } = stored;
    let body: Uint8Array;
    if (encoding === 'utf-8') {
        body = new TextEncoder().encode(text);
    } else if (encoding === 'utf-16le' || encoding === 'utf-16be') {
        body = new Uint8Array(text.length * 2);
        const view = new DataView(body.buffer);
        for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), encoding === 'utf-16le');
    } else {
        if (!legacy) throw new UnknownEncodingError(`encoding "${encoding}" is not available here`);
        body = legacy.encode(text, encoding);
        if (legacy.decode(body, encoding) !== text) {
            throw new UnknownEncodingError(`the text has characters that ${encoding} cannot store`);
        }
    }
    const mark = bom ? BOMS.find(([name]) => name === encoding)?.[1] : undefined;
    if (!mark) return body;
    const out = new Uint8Array(mark.length + body.length);
    out.set(mark);
    out.set(body, mark.length);
    return out;
}
