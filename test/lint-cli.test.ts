import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { cliPath, repoRoot, runCli } from './cli-helpers.js';

const validateLintReport = new Ajv2020({ strict: true, allErrors: true }).compile(
    JSON.parse(readFileSync(join(repoRoot, 'docs/lint-report.schema.json'), 'utf8')) as object,
);

const smallCtap = readFileSync(join(repoRoot, 'examples/small-ctap.actionplan'), 'utf8');

function tempFolder(files: Record<string, string | Uint8Array>): string {
    const folder = mkdtempSync(join(tmpdir(), 'actionplan-lint-'));
    for (const [name, content] of Object.entries(files)) {
        mkdirSync(dirname(join(folder, name)), { recursive: true });
        writeFileSync(join(folder, name), content);
    }
    return folder;
}

/** Like runCli, with the colour variables under the test's control. */
function runWithEnv(args: string[], env: Record<string, string | undefined>, cwd = repoRoot) {
    const base = { ...process.env };
    delete base.NO_COLOR;
    delete base.FORCE_COLOR;
    return spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', env: { ...base, ...env } });
}

/** small-ctap with one warning (stale "last updated") and one error (a year after the calendar year). */
const flawed = smallCtap
    .replace('last updated Nov 2025', 'last updated Dec 2024')
    .replace('(2002) "."\n\n        undertaken', '(2027) "."\n\n        undertaken');

describe('actionplan lint (CI linter)', () => {
    it('reports the real problems of the imported Japan 2013 CTAP (seed 004), and no error', () => {
        const result = runCli(['lint', 'examples/japan-ctap-2013.actionplan']);
        assert.equal(result.status, 0, result.stdout + result.stderr);
        const lines = result.stdout.split('\n');
        const has = (re: RegExp) =>
            assert.ok(
                lines.some((l) => re.test(l)),
                `${re} in\n${result.stdout}`,
            );
        has(
            /^examples\/japan-ctap-2013\.actionplan:\d+:\d+ {2}warning {2}Contact maeda-\d \(Tamaki MAEDA\) has e-mail "apec\.japan@mofa\.go\.jp" but contact maeda \(line \d+\) has "apcc\.japan@mofa\.go\.jp" {2}conflicting-contact$/,
        );
        has(/ {2}warning {2}Last updated Sep 2012 is before the start of calendar year 2013 {2}stale-last-updated$/);
        has(
            / {2}warning {2}Planned measure "Japan will continue to hold training courses and expert mee…" has no timeframe {2}missing-timeframe$/,
        );
        assert.ok(!lines.some((l) => / {2}error {2}/.test(l)), result.stdout);
        assert.match(lines.filter((l) => l.length > 0).at(-1)!, /^0 errors, \d+ warnings, \d+ infos$/);
    });

    it("lints every example clean except the Japan plan's warnings: exit 0, the two small examples silent", () => {
        const result = runCli([
            'lint',
            'examples/small-ctap.actionplan',
            'examples/small-progress-report.actionplan',
            'examples/asean-japan-progress-2005.actionplan',
        ]);
        assert.equal(result.status, 0);
        assert.equal(result.stdout, '');
    });

    it('--format json lists every file (clean ones with []), relative paths, 1-based positions, severity names', () => {
        const folder = tempFolder({ 'a/flawed.actionplan': flawed, 'clean.actionplan': smallCtap });
        const result = runCli(['lint', '-f', 'json', '.'], { cwd: folder });
        assert.equal(result.status, 1);
        const report = JSON.parse(result.stdout) as Array<{
            file: string;
            diagnostics: Array<Record<string, unknown>>;
        }>;
        assert.ok(validateLintReport(report), JSON.stringify(validateLintReport.errors));
        assert.deepEqual(
            report.map((f) => f.file),
            ['a/flawed.actionplan', 'clean.actionplan'],
        );
        assert.deepEqual(report[1]!.diagnostics, []);
        // The same positions as the github test below and stylish: line 14 column 18, line 75 column 166.
        assert.deepEqual(report[0]!.diagnostics, [
            {
                code: 'stale-last-updated',
                severity: 'warning',
                message: 'Last updated Dec 2024 is before the start of calendar year 2025',
                line: 14,
                column: 18,
                endLine: 14,
                endColumn: 26,
            },
            {
                code: 'invalid-year',
                severity: 'error',
                message: "Year 2027 is after the plan's calendar year 2025",
                line: 75,
                column: 166,
                endLine: 75,
                endColumn: 170,
            },
        ]);
        assert.equal(flawed.split('\n')[75 - 1]!.slice(166 - 1, 170 - 1), '2027');
        const stylish = runCli(['lint', 'a/flawed.actionplan'], { cwd: folder });
        assert.match(stylish.stdout, /^a\/flawed\.actionplan:75:166 {2}error {2}Year 2027/m);
    });

    it('-o/--output writes the report to a file; --output-file is kept as an alias', () => {
        const folder = tempFolder({ 'plan.actionplan': flawed });
        // -o is the sarif test's; each run costs seconds on a loaded machine.
        for (const option of ['--output', '--output-file']) {
            const result = runCli(['lint', '-f', 'json', option, `report${option}.json`, 'plan.actionplan'], {
                cwd: folder,
            });
            assert.equal(result.status, 1, result.stderr);
            assert.equal(result.stdout, '');
            const report = JSON.parse(readFileSync(join(folder, `report${option}.json`), 'utf8')) as unknown;
            assert.ok(validateLintReport(report), option);
        }
        const help = runCli(['lint', '--help']);
        assert.match(help.stdout, /-o, --output <file>/);
        assert.doesNotMatch(help.stdout, /--output-file/, 'the alias is not advertised');
    });

    it('--format github prints workflow commands with escaped properties and messages', () => {
        const folder = tempFolder({ 'plan, v2.actionplan': flawed });
        const result = runCli(['lint', '--format', 'github', '.'], { cwd: folder });
        assert.equal(result.status, 1);
        assert.deepEqual(result.stdout.trim().split('\n'), [
            '::warning file=plan%2C v2.actionplan,line=14,col=18,endLine=14,endColumn=26,title=stale-last-updated::Last updated Dec 2024 is before the start of calendar year 2025',
            "::error file=plan%2C v2.actionplan,line=75,col=166,endLine=75,endColumn=170,title=invalid-year::Year 2027 is after the plan's calendar year 2025",
        ]);
    });

    it('--format sarif writes SARIF 2.1.0 with rules (ids, help) and cwd-relative artifact URIs, to -o', () => {
        const folder = tempFolder({ 'plans/flawed plan.actionplan': flawed });
        const result = runCli(['lint', '-f', 'sarif', '-o', 'report.sarif', 'plans'], { cwd: folder });
        assert.equal(result.status, 1);
        assert.equal(result.stdout, '', 'the report goes to the file only');
        assert.deepEqual(readdirSync(folder).sort(), ['plans', 'report.sarif'], 'no temporary file left behind');
        const log = JSON.parse(readFileSync(join(folder, 'report.sarif'), 'utf8'));
        assert.equal(log.version, '2.1.0');
        const run = log.runs[0];
        const rules = run.tool.driver.rules as Array<{ id: string; help: { text: string }; helpUri: string }>;
        assert.ok(
            rules.some(
                (r) => r.id === 'missing-contact' && r.help.text.length > 0 && r.helpUri.endsWith('#missing-contact'),
            ),
        );
        assert.deepEqual(
            run.artifacts.map((a: { location: { uri: string } }) => a.location.uri),
            ['plans/flawed%20plan.actionplan'],
        );
        const error = run.results.find((r: { ruleId: string }) => r.ruleId === 'invalid-year');
        assert.equal(error.level, 'error');
        assert.equal(rules[error.ruleIndex]!.id, 'invalid-year');
        assert.deepEqual(error.locations[0].physicalLocation.region, {
            startLine: 75,
            startColumn: 166,
            endLine: 75,
            endColumn: 170,
        });
        assert.equal(error.locations[0].physicalLocation.artifactLocation.uri, 'plans/flawed%20plan.actionplan');
    });

    it('--quiet shows errors only; --max-warnings fails a run with too many warnings; --rule changes a severity', () => {
        const folder = tempFolder({
            'plan.actionplan': smallCtap.replace('last updated Nov 2025', 'last updated Dec 2024'),
        });
        const quiet = runCli(['lint', '--quiet', 'plan.actionplan'], { cwd: folder });
        assert.equal(quiet.status, 0);
        assert.equal(quiet.stdout, '');
        assert.equal(runCli(['lint', '--max-warnings', '1', 'plan.actionplan'], { cwd: folder }).status, 0);
        const tooMany = runCli(['lint', '--max-warnings', '0', 'plan.actionplan'], { cwd: folder });
        assert.equal(tooMany.status, 1);
        assert.match(tooMany.stderr, /1 warnings; --max-warnings allows 0/);
        const asError = runCli(['lint', '--rule', 'stale-last-updated=error', 'plan.actionplan'], { cwd: folder });
        assert.equal(asError.status, 1);
        assert.match(asError.stdout, /^plan\.actionplan:14:18 {2}error {2}Last updated/m);
        const off = runCli(['lint', '--rule', 'stale-last-updated=off', 'plan.actionplan'], { cwd: folder });
        assert.equal(off.status, 0);
        assert.equal(off.stdout, '');
        const bad = runCli(['lint', '--rule', 'stale-last-updated=loud', 'plan.actionplan'], { cwd: folder });
        assert.equal(bad.status, 2);
        assert.match(
            bad.stderr,
            /--rule stale-last-updated=loud: rule "stale-last-updated": expected one of off, error, warning, info, hint/,
        );
    });

    it('--rule reaches the worker threads that lint many files at once', () => {
        const stale = smallCtap.replace('last updated Nov 2025', 'last updated Dec 2024');
        const folder = tempFolder({ 'a.actionplan': stale, 'b.actionplan': stale, 'c.actionplan': stale });
        const result = runCli(['lint', '-f', 'json', '--rule', 'stale-last-updated=error', '.'], { cwd: folder });
        assert.equal(result.status, 1);
        const report = JSON.parse(result.stdout) as Array<{ diagnostics: Array<{ severity: string }> }>;
        assert.deepEqual(
            report.map((f) => f.diagnostics.map((d) => d.severity)),
            [['error'], ['error'], ['error']],
        );
    });

    it('refuses to write the report over a file being linted, and --fix with --stdin (exit 2)', () => {
        const folder = tempFolder({ 'plan.actionplan': smallCtap });
        const over = runCli(['lint', '-o', 'plan.actionplan', 'plan.actionplan'], { cwd: folder });
        assert.equal(over.status, 2);
        assert.match(over.stderr, /--output plan\.actionplan is one of the files to lint/);
        assert.equal(readFileSync(join(folder, 'plan.actionplan'), 'utf8'), smallCtap);
        const stdinFix = runCli(['lint', '--stdin', '--fix'], { cwd: folder, input: smallCtap });
        assert.equal(stdinFix.status, 2);
    });

    it('--stdin --stdin-filename lints standard input as that file (name in the report, config lookup)', () => {
        const folder = tempFolder({
            'sub/.actionplanrc.json': JSON.stringify({ rules: { 'invalid-year': 'warning' } }),
        });
        const result = runCli(['lint', '--stdin', '--stdin-filename', 'sub/typed.actionplan'], {
            cwd: folder,
            input: flawed,
        });
        assert.equal(result.status, 0, result.stdout + result.stderr);
        assert.match(result.stdout, /^sub\/typed\.actionplan:75:166 {2}warning {2}Year 2027 is after/m);
    });

    it('colours stylish output on FORCE_COLOR, never with NO_COLOR or when piped', () => {
        const folder = tempFolder({ 'plan.actionplan': flawed });
        const forced = runWithEnv(['lint', 'plan.actionplan'], { FORCE_COLOR: '1' }, folder);
        assert.ok(forced.stdout.includes('\u001b[31merror\u001b[39m'), forced.stdout);
        const noColor = runWithEnv(['lint', 'plan.actionplan'], { NO_COLOR: '1' }, folder);
        assert.ok(!noColor.stdout.includes('\u001b['));
        const piped = runWithEnv(['lint', 'plan.actionplan'], {}, folder);
        assert.ok(!piped.stdout.includes('\u001b['));
        assert.match(piped.stdout, /^1 error, 1 warning$/m);
    });

    it('--fix sorts years and merges an exact duplicate commitment in place, atomically, and reports it', () => {
        // The repeat stands in A.1 with secure-trade: merged into B it would leave a misplaced block there.
        const text = smallCtap.replace(
            '(2006, 2007, 2011) "."\n',
            '(2011, 2006, 2007, 2006) "."\n        commitment secure-trade-2 "Implement the APEC Framework for Secure Trade" (2005) "."\n        planned secure-trade-2 {\n            - "Sign two more arrangements." by 2026\n        }\n',
        );
        const folder = tempFolder({ 'plan.actionplan': text });
        const result = runCli(['lint', '--fix', 'plan.actionplan'], { cwd: folder });
        assert.equal(result.status, 0, result.stdout + result.stderr);
        assert.deepEqual(result.stderr.trim().split('\n'), [
            'fixed plan.actionplan:55:142  unsorted-years  Sort years: (2006, 2007, 2011)',
            'fixed plan.actionplan:56:20  duplicate-commitment  Remove duplicate commitment secure-trade-2 and use secure-trade',
        ]);
        const fixed = readFileSync(join(folder, 'plan.actionplan'), 'utf8');
        assert.ok(fixed.includes('(2006, 2007, 2011)'));
        assert.ok(!fixed.includes('commitment secure-trade-2'));
        assert.ok(
            fixed.includes('        planned secure-trade {\n            - "Sign two more arrangements." by 2026'),
        );
        assert.deepEqual(readdirSync(folder), ['plan.actionplan']);
        assert.equal(result.stdout, '', 'nothing left to report');
    });

    it('expands globs and skips what .actionplanignore lists (gitignore syntax)', () => {
        const folder = tempFolder({
            '.actionplanignore': 'drafts/\n',
            'plans/a.actionplan': smallCtap,
            'plans/drafts/b.actionplan': 'ctap {',
            'drafts/c.actionplan': 'ctap {',
        });
        const globbed = runCli(['lint', '-f', 'json', '**/*.actionplan'], { cwd: folder });
        assert.equal(globbed.status, 0, globbed.stdout + globbed.stderr);
        assert.deepEqual(
            JSON.parse(globbed.stdout).map((f: { file: string }) => f.file),
            ['plans/a.actionplan'],
        );
        const none = runCli(['lint', 'nothing/*.actionplan'], { cwd: folder });
        assert.equal(none.status, 2);
        assert.match(none.stderr, /nothing\/\*\.actionplan: no plan files match/);
    });

    it('a bad .actionplanrc.json is a one-line error with its path, exit 2', () => {
        const folder = tempFolder({
            'plan.actionplan': smallCtap,
            '.actionplanrc.json': '{ "rules": { "missing-timeframe": "warn" } }',
        });
        const result = runCli(['lint', 'plan.actionplan'], { cwd: folder });
        assert.equal(result.status, 2);
        assert.match(
            result.stderr,
            /^actionplan lint: invalid configuration .*\.actionplanrc\.json: rule "missing-timeframe": expected one of/,
        );
    });

    it('an empty file is a syntax error, a NUL one not-text, a non-UTF-8 one a line on stderr (exit 2), never a crash', () => {
        const folder = tempFolder({
            'empty.actionplan': '',
            'nul.actionplan': 'ctap {\0}\n',
            'latin1.actionplan': Buffer.from([0x63, 0x74, 0x61, 0x70, 0x20, 0x7b, 0x20, 0xe9, 0x20, 0x7d, 0x0a]),
        });
        const result = runCli(['lint', '.'], { cwd: folder });
        assert.equal(result.status, 2, result.stderr);
        assert.equal(
            result.stderr,
            'actionplan lint: latin1.actionplan: not valid UTF-8 at line 1 (byte 0xE9); save it as UTF-8 or pass --encoding windows-1252\n',
        );
        assert.match(result.stdout, /^empty\.actionplan:1:1 {2}error {2}The file is empty.* {2}syntax-error$/m);
        assert.match(
            result.stdout,
            /^nul\.actionplan:1:7 {2}error {2}Not a text file \(a NUL byte at line 1\): a plan must be text {2}not-text$/m,
        );
        assert.doesNotMatch(result.stdout, /latin1/);
        assert.ok(!existsSync(join(folder, 'report')));
    });
});
