import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli-helpers.js';

const MESSY =
    'ctap{economy "Japan"}\nsection A "Trade" { contact maeda commitment c "Text" (2005) "." undertaken c { - "Done." } }\n';
const CANONICAL =
    'ctap {\n    economy "Japan"\n}\n\nsection A "Trade" {\n    contact maeda\n\n    commitment c "Text" (2005) "."\n\n' +
    '    undertaken c {\n        - "Done."\n    }\n}\n';

function tempFolder(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'actionplan-format-'));
    for (const [name, content] of Object.entries(files)) {
        mkdirSync(join(folder, name, '..'), { recursive: true });
        writeFileSync(join(folder, name), content);
    }
    return folder;
}

describe('actionplan format', () => {
    it('--check passes on the bundled examples: they are in the canonical layout', () => {
        const result = runCli(['format', '--check', 'examples/']);
        assert.equal(result.status, 0, result.stdout + result.stderr);
        assert.equal(result.stdout, '');
    });

    it('--check lists the files that would change (cwd-relative), exit 1, and changes nothing', () => {
        const folder = tempFolder({ 'a.actionplan': MESSY, 'sub/b.actionplan': CANONICAL, 'sub/c.actionplan': MESSY });
        const result = runCli(['format', '--check', '.'], { cwd: folder });
        assert.equal(result.status, 1, result.stderr);
        assert.deepEqual(result.stdout.trim().split('\n'), ['a.actionplan', join('sub', 'c.actionplan')]);
        assert.equal(readFileSync(join(folder, 'a.actionplan'), 'utf8'), MESSY);
    });

    it('--write rewrites the files in place, atomically, and is then clean', () => {
        const folder = tempFolder({ 'a.actionplan': MESSY, 'b.actionplan': CANONICAL });
        const result = runCli(['format', '--write', '.'], { cwd: folder });
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stdout.trim(), 'formatted a.actionplan');
        assert.equal(readFileSync(join(folder, 'a.actionplan'), 'utf8'), CANONICAL);
        assert.deepEqual(readdirSync(folder).sort(), ['a.actionplan', 'b.actionplan'], 'no temporary file left');
        assert.equal(runCli(['format', '--check', '.'], { cwd: folder }).status, 0);
    });

    it('prints the formatted text without a flag and leaves the file alone', () => {
        const folder = tempFolder({ 'a.actionplan': MESSY });
        const result = runCli(['format', 'a.actionplan'], { cwd: folder });
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stdout, CANONICAL);
        assert.equal(readFileSync(join(folder, 'a.actionplan'), 'utf8'), MESSY);
    });

    it('never formats a file with a syntax error: path:line:col message, exit 2, file untouched', () => {
        const broken = 'ctap {\n    economy "Japan"\n    calendar year "2013"\n}\n';
        const folder = tempFolder({ 'broken.actionplan': broken, 'a.actionplan': MESSY });
        const result = runCli(['format', '--write', '.'], { cwd: folder });
        assert.equal(result.status, 2);
        assert.match(result.stderr, /^broken\.actionplan:3:19: cannot format a file with a syntax error: /m);
        assert.equal(readFileSync(join(folder, 'broken.actionplan'), 'utf8'), broken);
        assert.equal(readFileSync(join(folder, 'a.actionplan'), 'utf8'), CANONICAL, 'the other files are formatted');
    });

    it('exits 2 for --check with --write and for a missing path', () => {
        const both = runCli(['format', '--check', '--write', 'examples/']);
        assert.equal(both.status, 2);
        assert.match(both.stderr, /--check and --write cannot be used together/);
        const missing = runCli(['format', '--check', 'no-such-folder/']);
        assert.equal(missing.status, 2);
        assert.match(missing.stderr, /no-such-folder\/: no such file or folder/);
    });
});
