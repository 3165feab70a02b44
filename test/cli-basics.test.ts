import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliPath, repoRoot, runCli } from './cli-helpers.js';

const packageVersion = (
    JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8')) as { version: string }
).version;

function tempFolder(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'actionplan-cli-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
    return folder;
}

describe('actionplan CLI basics', () => {
    it('lints the bundled examples clean (exit 0)', () => {
        const result = runCli(['lint', 'examples/']);
        assert.equal(result.status, 0, result.stdout + result.stderr);
    });

    it('prints --version and --help with exit 0', () => {
        const version = runCli(['--version']);
        assert.equal(version.status, 0);
        assert.equal(version.stdout.trim(), packageVersion);
        const help = runCli(['--help']);
        assert.equal(help.status, 0);
        assert.match(help.stdout, /lint/);
    });

    it('reports a parse error as cwd-relative path:line:col with severity, message and code, exit 1', () => {
        const folder = tempFolder({
            'broken.actionplan': 'ctap {\n    economy "Japan"\n    calendar year "2013"\n}\n',
        });
        const result = runCli(['lint', 'broken.actionplan'], { cwd: folder });
        assert.equal(result.status, 1);
        const first = result.stdout.split('\n')[0]!;
        assert.match(first, /^broken\.actionplan:3:19\s+error\s+.+\s+syntax-error$/);
    });

    it('reports an unresolved reference with its code, exit 1', () => {
        const folder = tempFolder({
            'plan.actionplan': 'ctap { economy "Japan" }\nsection B "Finance" {\n    contact nobody\n}\n',
        });
        const result = runCli(['lint', '.'], { cwd: folder });
        assert.equal(result.status, 1);
        assert.match(result.stdout, /^plan\.actionplan:3:13\s+error\s+.*nobody.*\s+unresolved-reference$/m);
    });

    it('does not resolve references through other files of the folder (no workspace-wide scope)', () => {
        const folder = tempFolder({
            'a.actionplan': 'ctap { economy "A" }\ncontact maeda { name "Tamaki MAEDA" }\n',
            'b.actionplan': 'ctap { economy "B" }\nsection B "Finance" {\n    contact maeda\n}\n',
        });
        const result = runCli(['lint', '.'], { cwd: folder });
        assert.equal(result.status, 1);
        assert.match(result.stdout, /^b\.actionplan:3:13\s+error/m);
    });

    it('stops quietly when the reader of its output goes away (`| head`)', () => {
        // 160 kB of JSON: more than a pipe holds, so the CLI is still writing when head exits.
        const script = `"${process.execPath}" "${cliPath}" export examples/japan-ctap-2013.actionplan --format json | head -c 1; echo " exit=\${PIPESTATUS[0]}"`;
        const result = spawnSync('bash', ['-c', script], { cwd: repoRoot, encoding: 'utf8' });
        assert.equal(result.stdout, '{ exit=0\n');
        assert.equal(result.stderr, '');
    });

    it('exits 2 for a usage error and for a missing path, and 2 wins over lint errors', () => {
        assert.equal(runCli(['lint']).status, 2);
        assert.equal(runCli(['frobnicate']).status, 2);
        const folder = tempFolder({ 'broken.actionplan': 'ctap {' });
        const result = runCli(['lint', 'broken.actionplan', 'missing.actionplan'], { cwd: folder });
        assert.equal(result.status, 2);
        assert.match(result.stderr, /missing\.actionplan/);
        assert.match(result.stdout, /broken\.actionplan:1:/);
    });
});
