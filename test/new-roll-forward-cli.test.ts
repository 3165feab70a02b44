// `actionplan new` and `actionplan roll-forward` end to end: the built CLI as a child process.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runCli } from './cli-helpers.js';

const TEMPLATE_CODES = new Set([
    'unresolved-template',
    'missing-section',
    'unexpected-section',
    'section-order',
    'section-title',
    'missing-header-field',
    'missing-role-contact',
    'missing-template-commitment',
    'commitment-wording',
    'commitment-years',
    'unknown-commitment',
    'past-timeframe',
    'future-last-updated',
]);

interface JsonFile {
    file: string;
    diagnostics: Array<{ code: string; severity: string; message: string; line: number }>;
}

interface Message {
    ruleId: string;
    severity: string;
    line: number;
    message: string;
}

function tempFolder(): string {
    return mkdtempSync(join(tmpdir(), 'actionplan-new-'));
}

/** `lint --format json` of one file: its messages. */
function lintJson(path: string): Message[] {
    const result = runCli(['lint', path, '--format', 'json']);
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    return (JSON.parse(result.stdout) as JsonFile[])[0]!.diagnostics.map((d) => ({
        ruleId: d.code,
        severity: d.severity,
        line: d.line,
        message: d.message,
    }));
}

const template = readFileSync(join(repoRoot, 'packages/language/templates/ctap-2013.actionplan'), 'utf8');
const japan = readFileSync(join(repoRoot, 'examples/japan-ctap-2013.actionplan'), 'utf8');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

describe('actionplan new and roll-forward (built CLI)', function () {
    // Each case starts the CLI a few times; on a loaded machine a start takes seconds.
    this.timeout(600_000);

    it('new --template ctap-2013: every section, commitment and block; parses, formats, and conforms', () => {
        const folder = tempFolder();
        const out = join(folder, 'nz.actionplan');
        const result = runCli([
            'new',
            '--template',
            'ctap-2013',
            '--economy',
            'New Zealand',
            '--year',
            '2026',
            '-o',
            out,
        ]);
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stderr, '');
        const plan = readFileSync(out, 'utf8');
        assert.match(plan, /^ctap \{\n {4}template ctap-2013\n/);
        assert.ok(plan.includes('    economy "New Zealand"\n    calendar year 2026\n'));
        assert.ok(plan.includes('    title "Counter-Terrorism Action Plan – New Zealand"\n'));
        // Every section and commitment of the template, with its years, and the five blocks of each.
        for (const [, id, title] of template.matchAll(/section (\S+) ("[^"]*") \{/g)) {
            assert.ok(plan.includes(`section ${id} ${title} {`), `section ${id} ${title}`);
        }
        const commitments = [...template.matchAll(/^ *(commitment \S+ .*)$/gm)].map((m) => m[1]!);
        assert.equal(commitments.length, 43);
        for (const line of commitments) {
            assert.ok(plan.includes(line), line);
            const id = line.split(' ')[1]!;
            for (const kind of ['undertaken', 'planned', 'participated', 'needs', 'offers']) {
                assert.match(plan, new RegExp(`^ +${kind} ${id}$`, 'm'), `${kind} ${id}`);
            }
        }
        assert.ok(
            plan.includes(
                'contact emergency-aviation-security-point-of-contact role "Emergency Aviation Security Point of Contact"',
            ),
        );
        assert.equal(runCli(['format', '--check', out]).status, 0, 'in the canonical layout');
        // Lint lists what remains to fill in, and nothing against the template.
        const messages = lintJson(out);
        assert.deepEqual(
            messages.filter((m) => m.ruleId === 'syntax-error' || TEMPLATE_CODES.has(m.ruleId)),
            [],
        );
        assert.equal(messages.filter((m) => m.ruleId === 'unreported-commitment').length, 43);
        assert.ok(messages.some((m) => m.ruleId === 'invalid-email'));
        assert.equal(messages.filter((m) => m.severity === 'error').length, 0, 'no errors');
        // The same plan on stdout.
        const stdout = runCli(['new', '--template', 'ctap-2013', '--economy', 'New Zealand', '--year', '2026']);
        assert.equal(stdout.stdout, plan);
    });

    it('new --template <file>: a user template, named in the plan by its path from the plan', () => {
        const folder = tempFolder();
        mkdirSync(join(folder, 'forms'));
        writeFileSync(
            join(folder, 'forms/maritime.actionplan'),
            [
                'template maritime-2015 "Maritime Security Plan" {',
                '    form ctap',
                '    year 2015',
                '    optional purpose default "Information"',
                '}',
                '',
                'section M "MARITIME SECURITY" {',
                '    role "Contact Point"',
                '    role "Port Security Officer"',
                '',
                '    commitment port-security "Implement the International Ship and Port Facility Security Code" (2004) "."',
                '}',
                '',
            ].join('\n'),
        );
        mkdirSync(join(folder, 'plans'));
        const result = runCli(
            [
                'new',
                '--template',
                'forms/maritime.actionplan',
                '--economy',
                'Peru',
                '--year',
                '2015',
                '-o',
                'plans/peru.actionplan',
            ],
            { cwd: folder },
        );
        assert.equal(result.status, 0, result.stderr);
        const plan = readFileSync(join(folder, 'plans/peru.actionplan'), 'utf8');
        assert.match(plan, /^ctap \{\n {4}template "\.\.\/forms\/maritime\.actionplan"\n {4}purpose "Information"\n/);
        assert.ok(plan.includes('    contact port-security-officer role "Port Security Officer"\n'));
        const messages = lintJson(join(folder, 'plans/peru.actionplan'));
        assert.deepEqual(
            messages.filter((m) => TEMPLATE_CODES.has(m.ruleId)),
            [],
        );
    });

    it('new --template progress-report: the report form with its date and closing line', () => {
        const folder = tempFolder();
        const out = join(folder, 'report.actionplan');
        const result = runCli([
            'new',
            '--template',
            'progress-report',
            '--economy',
            'Japan',
            '--year',
            '2006',
            '-o',
            out,
        ]);
        assert.equal(result.status, 0, result.stderr);
        const plan = readFileSync(out, 'utf8');
        assert.match(
            plan,
            /^report "Progress Report" \{\n {4}template progress-report\n {4}date [A-Z][a-z]{2} 2006\n\}\n\nfooter "Back to Index"\n$/,
        );
        assert.deepEqual(
            lintJson(out).filter((m) => m.severity === 'error'),
            [],
        );
    });

    it('new: exit 2 for an unknown template, a bad year or economy, an existing -o (kept unless --force)', () => {
        const folder = tempFolder();
        const unknown = runCli(['new', '--template', 'ctap-2031', '--economy', 'Peru', '--year', '2015']);
        assert.equal(unknown.status, 2);
        assert.match(
            unknown.stderr,
            /--template ctap-2031: no shipped template is named ctap-2031 \(there are ctap-2013, progress-report\)/,
        );
        assert.equal(unknown.stdout, '');
        const year = runCli(['new', '--template', 'ctap-2013', '--economy', 'Peru', '--year', '15']);
        assert.equal(year.status, 2);
        assert.match(year.stderr, /--year 15: expected a four-digit year/);
        const missing = runCli(['new', '--template', 'ctap-2013', '--year', '2015']);
        assert.equal(missing.status, 2);
        assert.match(missing.stderr, /--economy/);
        const noFile = runCli(['new', '--template', 'forms/none.actionplan', '--economy', 'Peru', '--year', '2015']);
        assert.equal(noFile.status, 2);
        assert.match(noFile.stderr, /forms\/none\.actionplan: cannot read/);
        const existing = join(folder, 'plan.actionplan');
        writeFileSync(existing, 'keep me\n');
        const refused = runCli([
            'new',
            '--template',
            'ctap-2013',
            '--economy',
            'Peru',
            '--year',
            '2015',
            '-o',
            existing,
        ]);
        assert.equal(refused.status, 2);
        assert.match(refused.stderr, /already exists; refusing to overwrite it \(use --force\)/);
        assert.equal(readFileSync(existing, 'utf8'), 'keep me\n');
        const forced = runCli([
            'new',
            '--template',
            'ctap-2013',
            '--economy',
            'Peru',
            '--year',
            '2015',
            '-o',
            existing,
            '--force',
        ]);
        assert.equal(forced.status, 0, forced.stderr);
        assert.match(readFileSync(existing, 'utf8'), /^ctap \{/);
    });

    it("roll-forward: the seed's next year, calendar year and last updated set, every other line kept", () => {
        const folder = tempFolder();
        const out = join(folder, 'japan-2014.actionplan');
        const result = runCli(['roll-forward', 'examples/japan-ctap-2013.actionplan', '--year', '2014', '-o', out]);
        assert.equal(result.status, 0, result.stderr);
        const rolled = readFileSync(out, 'utf8');
        const now = new Date();
        const month = `${MONTHS[now.getUTCMonth()]} ${now.getUTCFullYear()}`;
        const before = japan.split('\n');
        const after = rolled.split('\n');
        assert.equal(after.length, before.length);
        const changed = after.flatMap((line, index) => (line === before[index] ? [] : [[before[index], line]]));
        assert.deepEqual(changed, [
            ['    calendar year 2013', '    calendar year 2014'],
            ['    last updated Sep 2012', `    last updated ${month}`],
        ]);
        // The planned measure due "in December 2013" has had its time: past-timeframe marks it.
        const messages = lintJson(out).filter((m) => m.ruleId === 'past-timeframe');
        assert.deepEqual(
            messages.map((m) => [m.line, m.severity]),
            [[147, 'warning']],
        );
        assert.match(
            messages[0]!.message,
            /^Planned measure "The Japan Self-Defence Forces' unit will participate in the…" was due in 2013/,
        );
        // To stdout, the same text.
        assert.equal(runCli(['roll-forward', 'examples/japan-ctap-2013.actionplan', '--year', '2014']).stdout, rolled);
    });

    it('roll-forward: adds a missing calendar year and last updated to the header', () => {
        const folder = tempFolder();
        writeFileSync(join(folder, 'plan.actionplan'), 'ctap {\n    economy "Peru"\n}\n');
        const result = runCli(['roll-forward', 'plan.actionplan', '--year', '2016'], { cwd: folder });
        assert.equal(result.status, 0, result.stderr);
        assert.match(
            result.stdout,
            /^ctap \{\n {4}economy "Peru"\n {4}calendar year 2016\n {4}last updated [A-Z][a-z]{2} \d{4}\n\}\n$/,
        );
    });

    it('roll-forward: exit 1 for an earlier year, a progress report or a syntax error; 2 for I/O and usage', () => {
        const folder = tempFolder();
        const earlier = runCli(['roll-forward', 'examples/japan-ctap-2013.actionplan', '--year', '2012']);
        assert.equal(earlier.status, 1);
        assert.match(
            earlier.stderr,
            /examples\/japan-ctap-2013\.actionplan: the plan is for calendar year 2013; roll it forward to a later year/,
        );
        const report = runCli(['roll-forward', 'examples/small-progress-report.actionplan', '--year', '2027']);
        assert.equal(report.status, 1);
        assert.match(report.stderr, /not a CTAP/);
        writeFileSync(join(folder, 'broken.actionplan'), 'ctap {\n    economy\n}\n');
        const broken = runCli(['roll-forward', 'broken.actionplan', '--year', '2016'], { cwd: folder });
        assert.equal(broken.status, 1);
        assert.match(broken.stderr, /^broken\.actionplan:2:5: 'economy' needs its text in straight quotes/);
        assert.equal(broken.stdout, '');
        const missing = runCli(['roll-forward', 'no-such.actionplan', '--year', '2016']);
        assert.equal(missing.status, 2);
        assert.match(missing.stderr, /no-such\.actionplan: cannot read/);
        const same = runCli([
            'roll-forward',
            'examples/japan-ctap-2013.actionplan',
            '--year',
            '2014',
            '-o',
            'examples/japan-ctap-2013.actionplan',
        ]);
        assert.equal(same.status, 2);
        assert.equal(readFileSync(join(repoRoot, 'examples/japan-ctap-2013.actionplan'), 'utf8'), japan);
        const year = runCli(['roll-forward', 'examples/japan-ctap-2013.actionplan', '--year', 'next']);
        assert.equal(year.status, 2);
    });
});
