import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runCli } from '../cli-helpers.js';
import type { CliResult } from '../cli-helpers.js';

const SMALL_CTAP = readFileSync(join(repoRoot, 'examples/small-ctap.actionplan'));
const JAPAN_SEED = readFileSync(join(repoRoot, 'seeds/004_fd8583dd032ba8c1.txt'));

function folderWith(files: Record<string, string | Buffer>): string {
    const folder = mkdtempSync(join(tmpdir(), 'actionplan-bad-input-'));
    for (const [name, content] of Object.entries(files)) {
        mkdirSync(join(folder, name, '..'), { recursive: true });
        writeFileSync(join(folder, name), content);
    }
    return folder;
}

const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

/** No stack trace and no "internal error" anywhere: bad input is never a crash. */
function assertNoCrash(result: CliResult): void {
    const all = result.stdout + result.stderr;
    assert.doesNotMatch(all, STACK_LINE, `stack trace printed:\n${all}`);
    assert.doesNotMatch(all, /internal error/i, `internal error:\n${all}`);
}

/** A usage or I/O problem: exit 2 and one stderr line naming the path. */
function assertOneLine(result: CliResult, path: string, status = 2): void {
    assertNoCrash(result);
    assert.equal(result.status, status, `exit ${result.status}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, `one line expected on stderr:\n${result.stderr}`);
    assert.ok(lines[0]!.includes(path), `the message names ${path}: ${lines[0]}`);
}

/** Only the files given, no temporary or partial file left behind. */
function assertFolderHolds(folder: string, names: string[]): void {
    assert.deepEqual(readdirSync(folder).sort(), [...names].sort());
}

describe('robustness: CLI bad input', function () {
    this.timeout(60000);

    it('lint: a missing path is one line with the path, exit 2', () => {
        const folder = folderWith({});
        assertOneLine(runCli(['lint', 'nowhere.actionplan'], { cwd: folder }), 'nowhere.actionplan');
    });

    it('lint: a folder with no plans is one line with the folder, exit 2', () => {
        const folder = folderWith({ 'empty/readme.txt': 'not a plan' });
        assertOneLine(runCli(['lint', 'empty'], { cwd: folder }), 'empty');
    });

    it('lint: binary and empty files are diagnostics, a non-UTF-8 file one line and exit 2, not crashes', () => {
        const binary = Buffer.concat([
            Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
            Buffer.alloc(64, 0xff),
        ]);
        const latin1 = Buffer.from(SMALL_CTAP.toString('utf8').replace('New Zealand"', 'Nouvelle-Zélande"'), 'latin1');
        const folder = folderWith({ 'binary.actionplan': binary, 'latin1.actionplan': latin1, 'empty.actionplan': '' });
        const result = runCli(['lint', '.'], { cwd: folder });
        assertNoCrash(result);
        assert.equal(result.status, 2, result.stdout + result.stderr);
        assert.match(result.stdout, /^binary\.actionplan:3:1\s+error\s+Not a text file.*not-text$/m, result.stdout);
        assert.match(result.stdout, /^empty\.actionplan:1:1\s+error/m, result.stdout);
        assert.equal(result.stdout.split('\n').filter((line) => line.startsWith('binary')).length, 1, 'one diagnostic');
        // The undecodable byte is named with its line: line 8 holds `title "… – Nouvelle-Z\xE9lande"`.
        assert.match(result.stderr, /^actionplan lint: latin1\.actionplan: not valid UTF-8 at line 8 \(byte 0xE9\)/m);
    });

    it('lint: a file over --max-file-size is one line with the path, exit 2', () => {
        const folder = folderWith({ 'big.actionplan': SMALL_CTAP });
        assertOneLine(runCli(['lint', '--max-file-size', '1000', 'big.actionplan'], { cwd: folder }), 'big.actionplan');
    });

    it('lint: inputs the fuzzer crashed on are diagnostics, exit 1 (test/fixtures/crashes)', () => {
        const folder = folderWith({
            'import-without-path.actionplan': readFileSync(
                join(repoRoot, 'test/fixtures/crashes/import-without-path.actionplan'),
            ),
            'import-non-plan-file.actionplan': readFileSync(
                join(repoRoot, 'test/fixtures/crashes/import-non-plan-file.actionplan'),
            ),
            'long-string.actionplan': 'ctap {\n    title "' + 'x'.repeat(5_000_000) + '"\n}\n',
        });
        for (const name of [
            'import-without-path.actionplan',
            'import-non-plan-file.actionplan',
            'long-string.actionplan',
        ]) {
            const result = runCli(['lint', name], { cwd: folder });
            assertNoCrash(result);
            assert.equal(result.status, 1, `${name}: exit ${result.status}\n${result.stdout}${result.stderr}`);
            assert.match(result.stdout, new RegExp(`^${name.replace('.', '\\.')}:\\d+:\\d+\\s+error`, 'm'));
        }
    });

    it('export: a folder where a file is expected, and a missing file, are one line, exit 2', () => {
        const folder = folderWith({ 'plans/plan.actionplan': SMALL_CTAP });
        assertOneLine(runCli(['export', 'plans'], { cwd: folder }), 'plans');
        assertOneLine(runCli(['export', 'missing.actionplan'], { cwd: folder }), 'missing.actionplan');
    });

    it('export -o: a missing folder, a folder, or the input itself are refused with one line, nothing written', () => {
        const folder = folderWith({ 'plan.actionplan': SMALL_CTAP, 'out/keep.txt': 'keep' });
        assertOneLine(
            runCli(['export', 'plan.actionplan', '-o', 'no/such/folder/plan.html', '-f', 'html'], { cwd: folder }),
            'no/such/folder',
        );
        assertOneLine(runCli(['export', 'plan.actionplan', '-o', 'out'], { cwd: folder }), 'out');
        assert.ok(statSync(join(folder, 'out')).isDirectory());
        assertOneLine(
            runCli(['export', 'plan.actionplan', '-o', './plan.actionplan'], { cwd: folder }),
            'plan.actionplan',
        );
        assert.deepEqual(readFileSync(join(folder, 'plan.actionplan')), SMALL_CTAP, 'the input is untouched');
        assertFolderHolds(folder, ['plan.actionplan', 'out']);
        assertFolderHolds(join(folder, 'out'), ['keep.txt']);
    });

    it('export: a plan with syntax errors exits 1 and writes no output file', () => {
        const folder = folderWith({ 'broken.actionplan': SMALL_CTAP.subarray(0, 1500) });
        const result = runCli(['export', 'broken.actionplan', '-o', 'broken.txt'], { cwd: folder });
        assertNoCrash(result);
        assert.equal(result.status, 1, result.stdout + result.stderr);
        assertFolderHolds(folder, ['broken.actionplan']);
    });

    it('import: binary input, -o equal to the input, and -o in a missing folder: exit 2 or 1, one line, nothing written', () => {
        const folder = folderWith({
            'seed.txt': JAPAN_SEED,
            'binary.txt': Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0x80]),
        });
        const binary = runCli(['import', 'binary.txt'], { cwd: folder });
        assertNoCrash(binary);
        assert.ok(binary.status === 1 || binary.status === 2, `exit ${binary.status}: ${binary.stderr}`);
        assert.match(binary.stderr, /binary\.txt/);
        assertOneLine(runCli(['import', 'seed.txt', '-o', 'seed.txt'], { cwd: folder }), 'seed.txt');
        assert.deepEqual(readFileSync(join(folder, 'seed.txt')), JAPAN_SEED);
        // The importer's notices may come first; the failure itself is one line.
        const missing = runCli(['import', 'seed.txt', '-o', 'missing/seed.actionplan'], { cwd: folder });
        assertNoCrash(missing);
        assert.equal(missing.status, 2, missing.stderr);
        const failures = missing.stderr.split('\n').filter((line) => line.startsWith('actionplan import:'));
        assert.equal(failures.length, 1, missing.stderr);
        assert.match(failures[0]!, /missing\/seed\.actionplan/);
        assertFolderHolds(folder, ['seed.txt', 'binary.txt']);
    });

    it('format --write keeps CRLF line endings and leaves no temporary file', () => {
        const crlf = SMALL_CTAP.toString('utf8').replace(/\n/g, '\r\n').replace('    economy', '  economy');
        const folder = folderWith({ 'plan.actionplan': crlf });
        const result = runCli(['format', '--write', 'plan.actionplan'], { cwd: folder });
        assertNoCrash(result);
        assert.equal(result.status, 0, result.stdout + result.stderr);
        const written = readFileSync(join(folder, 'plan.actionplan'), 'utf8');
        assert.match(written, /^ {4}economy/m, 'formatted');
        assert.equal(written.replace(/\r\n/g, '').includes('\n'), false, 'only CRLF line endings');
        assertFolderHolds(folder, ['plan.actionplan']);
    });
});
