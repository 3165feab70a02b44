// `actionplan export --format docx` and `actionplan import <file.docx>`, through the built CLI.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { runExport } from '../packages/cli/src/commands/export.js';
import { cliPath, repoRoot, runCli } from './cli-helpers.js';

const japan = join(repoRoot, 'examples/japan-ctap-2013.actionplan');
const fixtures = join(repoRoot, 'test/fixtures/docx');

function tempFolder(): string {
    return mkdtempSync(join(tmpdir(), 'actionplan-docx-'));
}

describe('actionplan export --format docx / import .docx (built CLI)', function () {
    this.timeout(60_000);

    it('writes a .docx with -o, and the same plan comes back from it (seed 004)', () => {
        const folder = tempFolder();
        const exported = runCli(['export', japan, '--format', 'docx', '-o', join(folder, 'plan.docx')]);
        assert.equal(exported.status, 0, exported.stderr);
        assert.deepEqual(readdirSync(folder), ['plan.docx']);
        const bytes = readFileSync(join(folder, 'plan.docx'));
        assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
        const imported = runCli(['import', join(folder, 'plan.docx'), '-o', join(folder, 'plan.actionplan')]);
        assert.equal(imported.status, 0, imported.stderr);
        // The importer's decisions, placed in the document (not in text lines).
        assert.match(imported.stderr, /plan\.docx: paragraph \d+: this copy of `trade-recovery-program` differs/);
        assert.doesNotMatch(imported.stderr, /\bline \d/);
        assert.equal(readFileSync(join(folder, 'plan.actionplan'), 'utf8'), readFileSync(japan, 'utf8'));
    });

    it('writes the .docx to stdout when it is not a terminal, and refuses a terminal', async () => {
        const piped = spawnSync(process.execPath, [cliPath, 'export', japan, '-f', 'docx'], { cwd: repoRoot });
        assert.equal(piped.status, 0, piped.stderr.toString());
        assert.equal(piped.stdout.subarray(0, 2).toString('latin1'), 'PK');
        assert.ok((await JSZip.loadAsync(piped.stdout)).file('word/document.xml'));
        // A terminal: the CLI gives no byte writer; nothing is written, exit 2, one line.
        const out: string[] = [];
        const err: string[] = [];
        const code = await runExport(
            japan,
            { format: 'docx' },
            { cwd: repoRoot, out: (t) => out.push(t), err: (t) => err.push(t) },
        );
        assert.equal(code, 2);
        assert.deepEqual(out, []);
        assert.deepEqual(err, [
            'actionplan export: --format docx writes a binary file: give -o FILE or redirect stdout to a file',
        ]);
    });

    it('names docx among the formats when the format is unknown', () => {
        const result = runCli(['export', japan, '-f', 'pdf']);
        assert.equal(result.status, 2);
        assert.match(result.stderr, /unknown format "pdf" \(use text, json, markdown, html, docx\)/);
    });

    for (const [name, message] of [
        ['not-a-zip.docx', 'not a Word document (.docx is a zip archive)'],
        ['no-document-xml.docx', 'not a Word document: the zip holds no word/document.xml'],
        [
            'password-protected.docx',
            'the Word document is password-protected: remove the password in Word and try again',
        ],
        ['empty-document.docx', 'the Word document has no text'],
    ] as const) {
        it(`refuses ${name} with exit 2 and one line, writing nothing`, () => {
            const folder = tempFolder();
            const result = runCli(['import', join(fixtures, name), '-o', join(folder, 'out.actionplan')]);
            assert.equal(result.status, 2);
            assert.equal(result.stdout, '');
            assert.equal(result.stderr, `actionplan import: ${join('test/fixtures/docx', name)}: ${message}\n`);
            assert.equal(existsSync(join(folder, 'out.actionplan')), false);
        });
    }

    it('refuses an empty file named .docx with exit 2', () => {
        const folder = tempFolder();
        writeFileSync(join(folder, 'empty.docx'), '');
        const result = runCli(['import', 'empty.docx'], { cwd: folder });
        assert.equal(result.status, 2);
        assert.equal(result.stderr, 'actionplan import: empty.docx: empty file, not a Word document\n');
    });
});
