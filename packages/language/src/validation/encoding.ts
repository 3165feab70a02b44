import type { TextDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { IssueCodes } from './action-plan-issue-codes.js';

/** More than this many encoding problems means a binary file; the rest add nothing. */
const MAX_REPORTED = 10;

function syntaxError(textDocument: TextDocument, offset: number, message: string): Diagnostic {
    return {
        severity: DiagnosticSeverity.Error,
        range: { start: textDocument.positionAt(offset), end: textDocument.positionAt(offset + 1) },
        message,
        code: IssueCodes.SyntaxError,
    };
}

/** Byte offsets where a UTF-8 sequence is invalid (one per bad sequence). */
export function invalidUtf8Offsets(bytes: Uint8Array, limit = MAX_REPORTED): number[] {
    const found: number[] = [];
    let i = 0;
    while (i < bytes.length && found.length < limit) {
        const b = bytes[i]!;
        const need =
            b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
        let ok = need >= 0 && i + need < bytes.length;
        for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
        if (ok && need === 2) {
            const c = bytes[i + 1]!;
            ok = !(b === 0xe0 && c < 0xa0) && !(b === 0xed && c > 0x9f);
        }
        if (ok && need === 3) {
            const c = bytes[i + 1]!;
            ok = !(b === 0xf0 && c < 0x90) && !(b === 0xf4 && c > 0x8f);
        }
        if (ok) {
            i += need + 1;
        } else {
            found.push(i);
            i += 1;
            while (i < bytes.length && (bytes[i]! & 0xc0) === 0x80) i++;
        }
    }
    return found;
}

/**
 * `syntax-error`s for text that is not UTF-8 plan text: NUL characters, and the
 * U+FFFD characters a lenient decoder put where bytes were invalid. With the
 * file's bytes the invalid sequences are located exactly (and a U+FFFD the
 * author really wrote is left alone); without them every U+FFFD is reported.
 */
export function encodingDiagnostics(textDocument: TextDocument, bytes?: Uint8Array): Diagnostic[] {
    const text = textDocument.getText();
    const diagnostics: Diagnostic[] = [];
    for (let at = text.indexOf('\0'); at >= 0 && diagnostics.length < MAX_REPORTED; at = text.indexOf('\0', at + 1)) {
        diagnostics.push(syntaxError(textDocument, at, 'NUL character (byte 0x00): a plan file must be text'));
    }
    if (!text.includes('\uFFFD')) return diagnostics;
    const onDisk = bytes ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) : undefined;
    if (bytes && onDisk === text) {
        const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
        for (const offset of invalidUtf8Offsets(bytes)) {
            const charOffset = decoder.decode(bytes.subarray(0, offset)).length;
            const hex = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
            diagnostics.push(
                syntaxError(
                    textDocument,
                    charOffset,
                    `Invalid UTF-8 byte 0x${hex} at byte offset ${offset}: the file must be UTF-8 text`,
                ),
            );
        }
        return diagnostics;
    }
    if (bytes && onDisk !== undefined && !onDisk.includes('\uFFFD')) return diagnostics;
    for (
        let at = text.indexOf('\uFFFD');
        at >= 0 && diagnostics.length < MAX_REPORTED;
        at = text.indexOf('\uFFFD', at + 1)
    ) {
        diagnostics.push(
            syntaxError(
                textDocument,
                at,
                'Invalid UTF-8 byte sequence (decoded as U+FFFD): the file must be UTF-8 text',
            ),
        );
    }
    return diagnostics;
}
