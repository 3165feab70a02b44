// The hooks of .pre-commit-hooks.yaml run for real by the `pre-commit` tool, in a
// temporary git repository whose .pre-commit-config.yaml points at this repository's
// last commit (HEAD, not the working tree): pre-commit installs it with the machine's
// Node.js (`npm install -g` of the git repository, whose `prepare` bundles the CLI), as
// it would from GitHub. Needs `pre-commit` (.ci/run installs it with pip); without it
// the tests are skipped, except under CI (CI=true), where they fail.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './cli-helpers.js';

const smallCtap = readFileSync(join(repoRoot, 'examples/small-ctap.actionplan'), 'utf8');
const inCi = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;

describe('pre-commit hooks (actionplan-lint, actionplan-format) with the pre-commit tool', function () {
    // Installing the hooks is an npm install of this repository and a bundle: bounded at 15 minutes.
    this.timeout(900_000);
    let folder: string | undefined;
    let plans = '';
    // As a user runs pre-commit: none of the npm_* variables npm sets when it runs the tests.
    const env: NodeJS.ProcessEnv = {
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name))),
        NO_COLOR: '1',
    };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: plans, env, encoding: 'utf8' });
    const preCommit = (...args: string[]) =>
        spawnSync('pre-commit', [...args, '--color', 'never'], { cwd: plans, env, encoding: 'utf8' });

    before(function () {
        if (!hasPreCommit) {
            if (inCi)
                throw new Error('pre-commit is not installed: CI must run this test (.ci/run: pip install pre-commit)');
            this.skip();
        }
        folder = mkdtempSync(join(tmpdir(), 'actionplan-pre-commit-'));
        plans = join(folder, 'plans');
        env.PRE_COMMIT_HOME = join(folder, 'cache');
        const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
        execFileSync('git', ['init', '-q', plans]);
        git('config', 'user.email', 'test@example.org');
        git('config', 'user.name', 'Test');
        writeFileSync(
            join(plans, '.pre-commit-config.yaml'),
            [
                'repos:',
                `  - repo: ${repoRoot.replace(/\/$/, '')}`,
                `    rev: ${rev}`,
                '    hooks:',
                '      - id: actionplan-lint',
                '      - id: actionplan-format',
                '',
            ].join('\n'),
        );
        writeFileSync(join(plans, 'clean.actionplan'), smallCtap);
        git('add', '.');
        const install = preCommit('install-hooks');
        assert.equal(install.status, 0, install.stdout + install.stderr);
    });

    after(() => {
        if (folder) rmSync(folder, { recursive: true, force: true });
    });

    it('actionplan-lint passes a clean plan', () => {
        const result = preCommit('run', 'actionplan-lint', '--files', 'clean.actionplan');
        assert.equal(result.status, 0, result.stdout + result.stderr);
        assert.match(result.stdout, /actionplan lint\.+Passed/);
    });

    it('actionplan-lint fails a broken plan and shows the error', () => {
        writeFileSync(join(plans, 'broken.actionplan'), 'ctap {\n    economy “Japan”\n}\n');
        git('add', 'broken.actionplan');
        const result = preCommit('run', 'actionplan-lint', '--files', 'broken.actionplan');
        assert.equal(result.status, 1, result.stdout + result.stderr);
        assert.match(result.stdout, /actionplan lint\.+Failed/);
        assert.match(result.stdout, /broken\.actionplan:2:13 +error +Curly quotes .* +syntax-error/);
    });

    it('actionplan-format rewrites a plan into the canonical layout (files modified), then passes', () => {
        const messy = smallCtap.replace('contact walker {\n    name', 'contact   walker {\n        name');
        assert.notEqual(messy, smallCtap);
        writeFileSync(join(plans, 'messy.actionplan'), messy);
        git('add', 'messy.actionplan');
        const first = preCommit('run', 'actionplan-format', '--files', 'messy.actionplan');
        assert.equal(first.status, 1, first.stdout + first.stderr);
        assert.match(first.stdout, /actionplan format\.+Failed[\s\S]*files were modified by this hook/);
        assert.equal(readFileSync(join(plans, 'messy.actionplan'), 'utf8'), smallCtap);
        const second = preCommit('run', 'actionplan-format', '--files', 'messy.actionplan');
        assert.equal(second.status, 0, second.stdout + second.stderr);
        assert.match(second.stdout, /actionplan format\.+Passed/);
    });
});
