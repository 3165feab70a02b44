import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig, ALL_ISSUE_CODES } from '@actionplan/language';
import { URI } from 'langium';
import { cliPath, repoRoot, runCli } from './cli-helpers.js';
import { startProgress } from '../packages/cli/src/progress.js';

function tempFolder(files: Record<string, string> = {}): string {
    const folder = mkdtempSync(join(tmpdir(), 'actionplan-init-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
    return folder;
}

const smallCtap = readFileSync(join(repoRoot, 'examples/small-ctap.actionplan'), 'utf8');

describe('actionplan --help: examples for the program and every command', () => {
    it('actionplan --help and each command --help end with examples of that command', () => {
        const top = runCli(['--help']);
        assert.equal(top.status, 0);
        assert.match(top.stdout, /\nExamples:\n {2}actionplan init/);
        const commands = [...top.stdout.matchAll(/^ {2}([a-z]+(?:-[a-z]+)*)(?: \[options\])?(?: [<[].*)? {2,}/gm)]
            .map((m) => m[1]!)
            .filter((name) => name !== 'help');
        assert.deepEqual(commands.sort(), [
            'diff',
            'export',
            'format',
            'import',
            'init',
            'lint',
            'new',
            'roll-forward',
            'summary',
        ]);
        for (const command of commands) {
            const help = runCli([command, '--help']);
            assert.equal(help.status, 0, command);
            const examples = help.stdout.split('\nExamples:\n')[1];
            assert.ok(examples, `${command} --help has examples`);
            for (const line of examples.replace(/\n+$/, '').split('\n')) {
                assert.match(line, new RegExp(`^ {2}(cat .*\\| )?actionplan ${command}\\b`), `${command}: ${line}`);
            }
        }
    });
});

describe('actionplan init', () => {
    it('writes .actionplanrc.json (every rule at its default) and an example plan that lints clean', () => {
        const folder = tempFolder();
        const result = runCli(['init'], { cwd: folder });
        assert.equal(result.status, 0, result.stderr);
        assert.deepEqual(readdirSync(folder).sort(), ['.actionplanrc.json', 'example.actionplan']);
        const config = readFileSync(join(folder, '.actionplanrc.json'), 'utf8');
        const parsed = parseConfig(config, URI.file(join(folder, '.actionplanrc.json')));
        assert.deepEqual(Object.keys(parsed.rules ?? {}).sort(), [...ALL_ISSUE_CODES].sort());
        assert.equal(readFileSync(join(folder, 'example.actionplan'), 'utf8'), smallCtap);
        const lint = runCli(['lint', '.'], { cwd: folder });
        assert.equal(lint.status, 0, lint.stdout + lint.stderr);
        assert.equal(lint.stdout, '');
    });

    it('refuses to overwrite: exit 2, names the file, writes nothing', () => {
        for (const existing of ['.actionplanrc.json', 'example.actionplan']) {
            const folder = tempFolder({ [existing]: 'mine\n' });
            const result = runCli(['init'], { cwd: folder });
            assert.equal(result.status, 2);
            assert.match(
                result.stderr,
                new RegExp(`actionplan init: ${existing.replace('.', '\\.')} already exists here; nothing written`),
            );
            assert.deepEqual(readdirSync(folder), [existing]);
            assert.equal(readFileSync(join(folder, existing), 'utf8'), 'mine\n');
        }
    });
});

describe('progress bar on stderr for long runs', () => {
    const plans = { 'a.actionplan': smallCtap, 'b.actionplan': smallCtap, 'c.actionplan': smallCtap };

    it('draws, updates and clears a bar on a terminal; writes nothing when not a terminal or for one file', () => {
        const written: string[] = [];
        const terminal = { isTTY: true, columns: 60, write: (text: string) => written.push(text) };
        const progress = startProgress(terminal, 'linting', 3);
        progress.update(3);
        progress.end();
        assert.deepEqual(written, [
            '\rlinting [' + '.'.repeat(39) + '] 0/3 files',
            '\rlinting [' + '#'.repeat(39) + '] 3/3 files',
            '\r\x1b[2K',
        ]);
        const none: string[] = [];
        const pipe = { isTTY: false, write: (text: string) => none.push(text) };
        startProgress(pipe, 'linting', 3).update(3);
        startProgress({ ...terminal, write: (text: string) => none.push(text) }, 'linting', 1).update(1);
        assert.deepEqual(none, []);
    });

    it('lint and format on a pseudo-terminal (script) show the bar; piped, stderr is unchanged', () => {
        const folder = tempFolder(plans);
        for (const [command, label] of [
            ['lint .', 'linting'],
            ['format --check .', 'formatting'],
        ] as const) {
            const tty = spawnSync('script', ['-qec', `"${process.execPath}" "${cliPath}" ${command}`, '/dev/null'], {
                cwd: folder,
                encoding: 'utf8',
                env: { ...process.env, NO_COLOR: '1' },
            });
            assert.equal(tty.status, 0, tty.stdout);
            assert.match(tty.stdout, new RegExp(`\\r${label} \\[#+\\] 3/3 files`), JSON.stringify(tty.stdout));
            assert.ok(tty.stdout.includes('\r\u001b[2K'), 'the bar is cleared');
            const piped = runCli(command.split(' '), { cwd: folder });
            assert.equal(piped.status, 0);
            assert.equal(piped.stderr, '');
        }
    });
});
