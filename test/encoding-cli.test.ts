import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { repoRoot, runCli } from './cli-helpers.js';

// Encodings and bytes on the command line: UTF-8 with or without a BOM, UTF-16 with a
// BOM, --encoding for the rest (iconv-lite), one exit-2 line for bytes that cannot be
// decoded, and rewrites (format --write, lint --fix) that keep BOM, encoding and CRLF.

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
/** Seed 000, a progress report with one "é" (line 9, "communiqué"). */
const seed000 = read('seeds/000_85b3a39294e53046.txt');
/** Seed 004 (Japan's CTAP, with Japanese text) with its one en dash made a hyphen: Shift_JIS has none. */
const seed004 = read('seeds/004_fd8583dd032ba8c1.txt').replace('\u2013', '-');
const smallCtap = read('examples/small-ctap.actionplan');
const latinPlan = smallCtap.replace('economy "New Zealand"', 'economy "Nouvelle-Zélande"');
const bom = Buffer.from([0xef, 0xbb, 0xbf]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

function tempFolder(files: Record<string, string | Uint8Array>): string {
    const folder = mkdtempSync(join(tmpdir(), 'actionplan-encoding-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
    return folder;
}

/** 200 KB of fixed pseudo-random bytes (xorshift): a binary file. */
function binary(): Uint8Array {
    const bytes = new Uint8Array(200_000);
    let x = 2463534242;
    for (let i = 0; i < bytes.length; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        bytes[i] = x & 0xff;
    }
    return bytes;
}

describe('encodings and bytes (CLI)', () => {
    it('import: a Windows-1252 text stops with one line and exit 2; --encoding windows-1252 imports it exactly', () => {
        const folder = tempFolder({
            'report.txt': iconv.encode(seed000, 'windows-1252'),
            'utf8.txt': seed000,
        });
        const refused = runCli(['import', 'report.txt', '-o', 'report.actionplan'], { cwd: folder });
        assert.equal(refused.status, 2);
        assert.equal(
            refused.stderr,
            'report.txt: not valid UTF-8 at line 9 (byte 0xE9); save it as UTF-8 or pass --encoding windows-1252\n',
        );
        assert.equal(refused.stdout, '');
        assert.ok(!existsSync(join(folder, 'report.actionplan')), 'no output file');
        const decoded = runCli(['import', '--encoding', 'windows-1252', 'report.txt'], { cwd: folder });
        assert.equal(decoded.status, 0, decoded.stderr);
        assert.match(decoded.stdout, /communiqué/);
        assert.equal(decoded.stdout, runCli(['import', 'utf8.txt'], { cwd: folder }).stdout);
    });

    it('import --encoding shift_jis reads the Japanese CTAP; without it the advice names Shift_JIS', () => {
        const folder = tempFolder({ 'ctap.txt': iconv.encode(seed004, 'shift_jis'), 'utf8.txt': seed004 });
        const refused = runCli(['import', 'ctap.txt'], { cwd: folder });
        assert.equal(refused.status, 2);
        assert.match(
            refused.stderr,
            /^ctap\.txt: not valid UTF-8 at line \d+ \(byte 0x[0-9A-F]{2}\); .*--encoding shift_jis\n$/,
        );
        const decoded = runCli(['import', '--encoding', 'shift_jis', 'ctap.txt'], { cwd: folder });
        assert.equal(decoded.status, 0, decoded.stderr);
        assert.match(decoded.stdout, /警察庁/);
        assert.equal(decoded.stdout, runCli(['import', 'utf8.txt'], { cwd: folder }).stdout);
        const unknown = runCli(['import', '--encoding', 'klingon', 'ctap.txt'], { cwd: folder });
        assert.equal(unknown.status, 2);
        assert.equal(unknown.stderr, 'actionplan import: --encoding klingon: unknown encoding "klingon"\n');
    });

    it('lint: undecodable bytes are one line and exit 2; --encoding reads the file; UTF-16 and BOM files lint clean', () => {
        const folder = tempFolder({
            'latin.actionplan': iconv.encode(latinPlan, 'windows-1252'),
            'bom-crlf.actionplan': Buffer.concat([bom, Buffer.from(smallCtap.replace(/\n/g, '\r\n'))]),
            'utf16.actionplan': utf16be(smallCtap),
        });
        const refused = runCli(['lint', '.'], { cwd: folder });
        assert.equal(refused.status, 2);
        assert.equal(
            refused.stderr,
            'actionplan lint: latin.actionplan: not valid UTF-8 at line 8 (byte 0x96); save it as UTF-8 or pass --encoding windows-1252\n',
        );
        assert.equal(refused.stdout, '', 'the two other files are clean');
        const decoded = runCli(['lint', '--encoding', 'windows-1252', '.'], { cwd: folder });
        assert.equal(decoded.status, 0, decoded.stdout + decoded.stderr);
        const exported = runCli(['export', '--encoding', 'windows-1252', '-f', 'json', 'latin.actionplan'], {
            cwd: folder,
        });
        assert.equal(exported.status, 0, exported.stderr);
        assert.equal(
            (JSON.parse(exported.stdout) as { header: { economy: string } }).header.economy,
            'Nouvelle-Zélande',
        );
    });

    it('a 200 KB binary file: one not-text error in lint, one exit-2 line in export and format', () => {
        const folder = tempFolder({ 'image.actionplan': binary() });
        const linted = runCli(['lint', 'image.actionplan'], { cwd: folder });
        assert.equal(linted.status, 1);
        const lines = linted.stdout.trim().split('\n');
        assert.equal(lines.length, 3, linted.stdout.slice(0, 500));
        assert.match(
            lines[0]!,
            /^image\.actionplan:\d+:\d+ {2}error {2}Not a text file \(a NUL byte at line \d+\): a plan must be text {2}not-text$/,
        );
        assert.equal(lines[2], '1 error, 0 warnings');
        for (const command of [['export'], ['format'], ['format', '--write']]) {
            const result = runCli([...command, 'image.actionplan'], { cwd: folder });
            assert.equal(result.status, 2, command.join(' '));
            assert.match(
                result.stderr,
                /^image\.actionplan: not a text file \(a NUL byte at line \d+\): a plan must be text\n$/,
            );
            assert.equal(result.stdout, '');
        }
        assert.deepEqual(new Uint8Array(readFileSync(join(folder, 'image.actionplan'))), binary(), 'never rewritten');
    });

    it('format --write keeps a BOM and CRLF line ends, and UTF-16; --check accepts a canonical CRLF file', () => {
        const messy = smallCtap.replace('    economy', '        economy');
        const folder = tempFolder({
            'bom-crlf.actionplan': Buffer.concat([bom, Buffer.from(messy.replace(/\n/g, '\r\n'))]),
            'utf16.actionplan': utf16be(messy),
            'canonical-crlf.actionplan': smallCtap.replace(/\n/g, '\r\n'),
        });
        const check = runCli(['format', '--check', '.'], { cwd: folder });
        assert.equal(check.status, 1);
        assert.deepEqual(check.stdout.trim().split('\n'), ['bom-crlf.actionplan', 'utf16.actionplan']);
        const write = runCli(['format', '--write', '.'], { cwd: folder });
        assert.equal(write.status, 0, write.stderr);
        assert.deepEqual(
            readFileSync(join(folder, 'bom-crlf.actionplan')),
            Buffer.concat([bom, Buffer.from(smallCtap.replace(/\n/g, '\r\n'))]),
        );
        assert.deepEqual(readFileSync(join(folder, 'utf16.actionplan')), utf16be(smallCtap));
        assert.deepEqual(readdirSync(folder).sort(), [
            'bom-crlf.actionplan',
            'canonical-crlf.actionplan',
            'utf16.actionplan',
        ]);
    });

    it('format --write never rewrites a file it could not decode; with --encoding it keeps the encoding', () => {
        const messy = iconv.encode(latinPlan.replace('    economy', '        economy'), 'windows-1252');
        const folder = tempFolder({ 'latin.actionplan': messy });
        const refused = runCli(['format', '--write', 'latin.actionplan'], { cwd: folder });
        assert.equal(refused.status, 2);
        assert.match(refused.stderr, /^latin\.actionplan: not valid UTF-8 at line 8 \(byte 0x96\); .*windows-1252\n$/);
        assert.deepEqual(readFileSync(join(folder, 'latin.actionplan')), messy, 'unchanged, byte for byte');
        const written = runCli(['format', '--write', '--encoding', 'windows-1252', 'latin.actionplan'], {
            cwd: folder,
        });
        assert.equal(written.status, 0, written.stderr);
        assert.deepEqual(readFileSync(join(folder, 'latin.actionplan')), iconv.encode(latinPlan, 'windows-1252'));
    });

    it('lint --fix keeps a BOM and CRLF, and never touches a file it could not decode', () => {
        const unsorted = smallCtap.replace('(2006, 2007, 2011)', '(2011, 2006, 2007)').replace(/\n/g, '\r\n');
        const latin = iconv.encode(latinPlan.replace('(2006, 2007, 2011)', '(2011, 2006, 2007)'), 'windows-1252');
        const folder = tempFolder({
            'plan.actionplan': Buffer.concat([bom, Buffer.from(unsorted)]),
            'latin.actionplan': latin,
        });
        const result = runCli(['lint', '--fix', '.'], { cwd: folder });
        assert.equal(result.status, 2, result.stdout + result.stderr);
        assert.match(result.stderr, /^fixed plan\.actionplan:55:142 {2}unsorted-years/m);
        assert.match(result.stderr, /^actionplan lint: latin\.actionplan: not valid UTF-8 at line 8/m);
        assert.deepEqual(
            readFileSync(join(folder, 'plan.actionplan')),
            Buffer.concat([bom, Buffer.from(smallCtap.replace(/\n/g, '\r\n'))]),
        );
        assert.deepEqual(readFileSync(join(folder, 'latin.actionplan')), latin);
    });
});
