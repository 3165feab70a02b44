import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliPath, repoRoot } from './cli-helpers.js';

const smallCtap = readFileSync(join(repoRoot, 'examples/small-ctap.actionplan'), 'utf8');

/**
 * action.yml's lint step (action/lint.sh) run as the runner runs it: inputs in the
 * environment, `actionplan` on the PATH (here the built CLI, where the action installs
 * it from the registry), GITHUB_OUTPUT a file.
 */
describe('GitHub Action (action.yml, action/lint.sh)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'actionplan-action-'));
    const bin = join(folder, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'actionplan'), `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`);
    chmodSync(join(bin, 'actionplan'), 0o755);
    const work = join(folder, 'repo');
    mkdirSync(join(work, 'plans'), { recursive: true });
    writeFileSync(join(work, 'plans/clean.actionplan'), smallCtap);
    writeFileSync(join(work, 'plans/broken.actionplan'), 'ctap {\n    economy “Japan”\n}\n');
    // A warning only: the plan was last updated before its calendar year.
    writeFileSync(join(work, 'stale.actionplan'), smallCtap.replace('last updated Nov 2025', 'last updated Dec 2024'));

    const lint = (inputs: Record<string, string>) => {
        const output = join(folder, `output-${Math.random().toString(36).slice(2)}`);
        const result = spawnSync('bash', [join(repoRoot, 'action/lint.sh')], {
            cwd: work,
            encoding: 'utf8',
            env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, GITHUB_OUTPUT: output, ...inputs },
        });
        return { ...result, output: existsSync(output) ? readFileSync(output, 'utf8') : '' };
    };

    it('annotates the pull request with each problem and fails on errors', () => {
        const result = lint({ PATHS: 'plans' });
        assert.equal(result.status, 1, result.stderr);
        assert.match(result.stdout, /^::error file=plans\/broken\.actionplan,line=2,col=13,.*Curly quotes/m);
        assert.doesNotMatch(result.stdout, /clean\.actionplan/);
    });

    it('passes on clean plans, and the paths input takes several paths and globs', () => {
        assert.equal(lint({ PATHS: 'plans/clean.actionplan' }).status, 0);
        const several = lint({ PATHS: 'plans/clean.actionplan\n  stale.actionplan' });
        assert.equal(several.status, 0);
        assert.match(several.stdout, /^::warning file=stale\.actionplan,/m);
        assert.equal(lint({ PATHS: 'plans/c*.actionplan' }).status, 0);
    });

    it('max-warnings fails a run with too many warnings; config changes the rules', () => {
        assert.equal(lint({ PATHS: 'stale.actionplan', MAX_WARNINGS: '0' }).status, 1);
        writeFileSync(join(work, 'strict.json'), JSON.stringify({ rules: { 'stale-last-updated': 'error' } }));
        const strict = lint({ PATHS: 'stale.actionplan', CONFIG: 'strict.json' });
        assert.equal(strict.status, 1);
        assert.match(strict.stdout, /^::error file=stale\.actionplan,/m);
        assert.equal(lint({ PATHS: 'stale.actionplan', CONFIG: 'missing.json' }).status, 2);
    });

    it('writes the SARIF log and names it in the step output', () => {
        const result = lint({ PATHS: 'plans', SARIF_FILE: 'actionplan.sarif' });
        assert.equal(result.status, 1);
        assert.equal(result.output, 'sarif-file=actionplan.sarif\n');
        const sarif = JSON.parse(readFileSync(join(work, 'actionplan.sarif'), 'utf8')) as {
            version: string;
            runs: Array<{ results: unknown[] }>;
        };
        assert.equal(sarif.version, '2.1.0');
        assert.equal(sarif.runs[0]!.results.length, 1);
    });

    it('action.yml is a composite action with the documented inputs, running action/lint.sh', () => {
        const action = readFileSync(join(repoRoot, 'action.yml'), 'utf8');
        assert.match(action, /^runs:\n {2}using: composite$/m);
        for (const input of ['paths', 'config', 'max-warnings', 'sarif-file', 'version', 'node-version']) {
            assert.match(action, new RegExp(`^ {2}${input}:\\n {4}description: `, 'm'), input);
        }
        for (const variable of ['PATHS', 'CONFIG', 'MAX_WARNINGS', 'SARIF_FILE']) {
            assert.match(action, new RegExp(`^ {8}${variable}: \\$\\{\\{ inputs\\.`, 'm'), variable);
        }
        assert.match(action, /run: bash "\$GITHUB_ACTION_PATH\/action\/lint\.sh"/);
        assert.match(action, /npm install --global --no-audit --no-fund "@actionplan\/cli@\$version"/);
        const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
        assert.match(readme, /uses: actionplan\/actionplan@v\d/);
    });
});
