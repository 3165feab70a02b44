import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import {
    UnknownEncodingError,
    checkEncoding,
    decodeBytes,
    describeDecodeProblem,
    positionAt,
} from '../src/workspace/action-plan-text-decoding.js';
import { encodeText, withLineEndings } from '../src/workspace/action-plan-text-encoding.js';
import { iconvCodec } from '../src/node/action-plan-plan-files.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
/** Seed 000, a progress report: UTF-8 with one "é" (line 9, "communiqué"). */
const seed000 = readFileSync(`${repo}seeds/000_85b3a39294e53046.txt`, 'utf8');
/** Seed 004, Japan's CTAP, with Japanese text; its one en dash made a hyphen (Shift_JIS has none). */
const seed004 = readFileSync(`${repo}seeds/004_fd8583dd032ba8c1.txt`, 'utf8').replace('\u2013', '-');
const bytes = (...parts: Array<string | number[]>) =>
    new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))));

describe('decodeBytes: the one owner of bytes → text', () => {
    it('reads UTF-8 with and without a BOM, and UTF-16 LE/BE with a BOM, to the same text', () => {
        const text = seed004;
        const variants = {
            'utf-8': new Uint8Array(Buffer.from(text, 'utf8')),
            'utf-8 bom': bytes([0xef, 0xbb, 0xbf], text),
            'utf-16le bom': new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
            'utf-16be bom': new Uint8Array(
                Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
            ),
        };
        const seen = Object.entries(variants).map(([name, data]) => {
            const decoded = decodeBytes(data);
            assert.equal(decoded.problem, undefined, name);
            assert.equal(decoded.text, text, name);
            return `${name}: ${decoded.encoding}${decoded.bom ? ' +bom' : ''}`;
        });
        assert.deepEqual(seen, [
            'utf-8: utf-8',
            'utf-8 bom: utf-8 +bom',
            'utf-16le bom: utf-16le +bom',
            'utf-16be bom: utf-16be +bom',
        ]);
    });

    it('a Windows-1252 file is not valid UTF-8: the first bad byte, its line, and the advice', () => {
        const latin = new Uint8Array(iconv.encode(seed000, 'windows-1252'));
        const decoded = decodeBytes(latin);
        assert.ok(decoded.problem?.kind === 'invalid-bytes');
        assert.equal(decoded.problem.line, 9);
        assert.equal(decoded.problem.byte, 0xe9);
        assert.equal(latin[decoded.problem.byteOffset], 0xe9);
        assert.equal(decoded.text.charAt(decoded.problem.offset), '\uFFFD', 'the text shows where');
        assert.equal(
            describeDecodeProblem(decoded.problem, 'cli'),
            'not valid UTF-8 at line 9 (byte 0xE9); save it as UTF-8 or pass --encoding windows-1252',
        );
        assert.match(describeDecodeProblem(decoded.problem, 'editor'), /looks like windows-1252; reopen it/);
    });

    it('--encoding windows-1252 / latin1 / shift_jis read those files exactly (iconv-lite)', () => {
        for (const label of ['windows-1252', 'latin1', 'cp1252']) {
            const decoded = decodeBytes(new Uint8Array(iconv.encode(seed000, label)), {
                encoding: label,
                legacy: iconvCodec,
            });
            assert.equal(decoded.problem, undefined, label);
            assert.equal(decoded.text, seed000, label);
        }
        const sjis = new Uint8Array(iconv.encode(seed004, 'shift_jis'));
        const asUtf8 = decodeBytes(sjis);
        assert.ok(asUtf8.problem?.kind === 'invalid-bytes');
        assert.equal(asUtf8.problem.suggestion, 'shift_jis', 'Japanese runs suggest Shift_JIS, not Windows-1252');
        const decoded = decodeBytes(sjis, { encoding: 'Shift_JIS', legacy: iconvCodec });
        assert.equal(decoded.problem, undefined);
        assert.equal(decoded.text, seed004);
    });

    it('bytes not valid in the given legacy encoding are a problem too (never replaced silently)', () => {
        // 0x81 has no character in Windows-1252.
        const decoded = decodeBytes(bytes('ctap {\n  economy "A', [0x81], '"\n}\n'), {
            encoding: 'windows-1252',
            legacy: iconvCodec,
        });
        assert.ok(decoded.problem?.kind === 'invalid-bytes');
        assert.deepEqual([decoded.problem.line, decoded.problem.column, decoded.problem.byteOffset], [2, 13, 19]);
        assert.equal(
            describeDecodeProblem(decoded.problem, 'cli'),
            'not valid windows-1252 at line 2 (byte 0x81); pass the encoding the file was saved in with --encoding',
        );
    });

    it('unknown labels, and legacy labels without a codec, are refused up front', () => {
        assert.throws(() => checkEncoding('klingon', iconvCodec), UnknownEncodingError);
        assert.throws(() => decodeBytes(bytes('x'), { encoding: 'latin1' }), /not available here/);
        assert.equal(checkEncoding('UTF8'), 'utf-8');
        assert.equal(checkEncoding('Windows-1252', iconvCodec), 'windows-1252');
    });

    it('a byte order mark wins over --encoding', () => {
        const decoded = decodeBytes(bytes([0xef, 0xbb, 0xbf], 'caf\u00e9'), { encoding: 'latin1', legacy: iconvCodec });
        assert.deepEqual([decoded.text, decoded.encoding, decoded.bom], ['caf\u00e9', 'utf-8', true]);
    });

    it('UTF-16 with a lone surrogate or a cut-off last character is a problem with its line', () => {
        const lone = decodeBytes(bytes([0xff, 0xfe], [0x61, 0, 0x0a, 0, 0x00, 0xd8, 0x62, 0]));
        assert.ok(lone.problem?.kind === 'invalid-bytes');
        assert.equal(
            describeDecodeProblem(lone.problem, 'cli'),
            'not valid UTF-16LE at line 2 (a lone surrogate 0xD800); pass the encoding the file was saved in with --encoding',
        );
        assert.equal(lone.problem.byteOffset, 6);
        const odd = decodeBytes(bytes([0xfe, 0xff], [0, 0x61, 0]));
        assert.ok(odd.problem?.kind === 'invalid-bytes');
        assert.match(describeDecodeProblem(odd.problem, 'cli'), /odd number of bytes/);
    });

    it('NUL bytes or mostly control characters: not text (UTF-16 without a BOM named as such)', () => {
        const nul = decodeBytes(bytes('ctap {\n', [0], '}\n'));
        assert.ok(nul.problem?.kind === 'not-text');
        assert.equal(
            describeDecodeProblem(nul.problem, 'cli'),
            'not a text file (a NUL byte at line 2): a plan must be text',
        );
        const utf16 = decodeBytes(new Uint8Array(Buffer.from('ctap {\n}\n', 'utf16le')));
        assert.ok(utf16.problem?.kind === 'not-text' && utf16.problem.utf16WithoutBom);
        assert.match(
            describeDecodeProblem(utf16.problem, 'cli'),
            /UTF-16 without a byte order mark; .*--encoding utf-16le/,
        );
        const controls = decodeBytes(
            new Uint8Array(Array.from({ length: 400 }, (_, i) => [0x41, 0x01, 0x02, 0x1b][i % 4]!)),
        );
        assert.ok(controls.problem?.kind === 'not-text' && controls.problem.reason === 'controls');
        // Tabs, form feeds and CRLF are text.
        assert.equal(decodeBytes(bytes('ctap {\r\n\t\f}\r\n')).problem, undefined);
    });

    it('positions count CRLF, CR and LF line ends like the editor', () => {
        assert.deepEqual(positionAt('a\r\nb\rc\nd!', 8), { line: 4, column: 2, offset: 8 });
    });
});

describe('encodeText: text back to the bytes it was read from', () => {
    it('keeps UTF-8 and UTF-16 byte order marks and the encoding', () => {
        for (const data of [
            bytes([0xef, 0xbb, 0xbf], seed004),
            new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed004, 'utf16le')])),
            new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(seed004, 'utf16le').swap16()])),
            new Uint8Array(iconv.encode(seed004, 'shift_jis')),
        ]) {
            const decoded = decodeBytes(data, { encoding: 'shift_jis', legacy: iconvCodec });
            assert.deepEqual(encodeText(decoded.text, decoded, iconvCodec), data, decoded.encoding);
        }
    });

    it('refuses a character the legacy encoding cannot store (no "?" written)', () => {
        assert.throws(
            () => encodeText('\u5bff \u2603', { encoding: 'windows-1252', bom: false }, iconvCodec),
            /cannot store/,
        );
    });

    it('withLineEndings gives LF text the CRLF line ends of a CRLF file, and leaves LF files alone', () => {
        assert.equal(withLineEndings('a\nb\n', 'x\r\ny\r\n'), 'a\r\nb\r\n');
        assert.equal(withLineEndings('a\nb\n', 'x\ny\r\nz\n'), 'a\nb\n');
    });
});
