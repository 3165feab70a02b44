import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { repoRoot, runCli } from './cli-helpers.js';

const validate = new Ajv2020({ strict: true }).compile(
    JSON.parse(readFileSync(join(repoRoot, 'docs/plan.schema.json'), 'utf8')) as object,
);

function tempFolder(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'actionplan-export-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
    return folder;
}

const smallCtap = readFileSync(join(repoRoot, 'examples/small-ctap.actionplan'), 'utf8');

describe('actionplan export (built CLI)', function () {
    // Each case starts the CLI a few times; on a loaded machine a start takes seconds.
    this.timeout(120_000);

    it('prints the canonical text of examples/small-ctap.actionplan on stdout, exit 0', () => {
        const result = runCli(['export', 'examples/small-ctap.actionplan']);
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stderr, '');
        const lines = result.stdout.split('\n');
        assert.equal(lines[0], 'Asia-Pacific Economic Cooperation');
        assert.ok(lines.includes('2025 APEC COUNTER-TERRORISM ACTION PLAN'));
        assert.ok(lines.includes('A.1 Protect Cargo:'));
        assert.ok(lines.includes('POSSIBLE ASSISTANCE AND EXPERTISE TO OFFER'));
        assert.ok(result.stdout.endsWith('apec@mfat.govt.nz\n'));
    });

    for (const example of ['examples/small-ctap.actionplan', 'examples/small-progress-report.actionplan']) {
        it(`exports ${example} as json (valid against docs/plan.schema.json), markdown and html`, () => {
            const json = runCli(['export', example, '--format', 'json']);
            assert.equal(json.status, 0, json.stderr);
            assert.ok(validate(JSON.parse(json.stdout)), JSON.stringify(validate.errors));
            const markdown = runCli(['export', example, '-f', 'markdown']);
            assert.equal(markdown.status, 0, markdown.stderr);
            assert.match(markdown.stdout, /^# /);
            const html = runCli(['export', example, '--format', 'html']);
            assert.equal(html.status, 0, html.stderr);
            assert.match(html.stdout, /^<!DOCTYPE html>/);
        });
    }

    it('prints the numbered layout of a progress report', () => {
        const report = runCli(['export', 'examples/small-progress-report.actionplan']);
        assert.equal(report.status, 0, report.stderr);
        assert.match(report.stdout, /^2\. Maritime security\n\n\(1\) Port security\n\(a\) In November 2025/m);
        assert.ok(report.stdout.endsWith('\n\nBack to Index\n'));
    });

    it('gives the same bytes on every run', () => {
        const first = runCli(['export', 'examples/small-ctap.actionplan', '-f', 'html']);
        const second = runCli(['export', 'examples/small-ctap.actionplan', '-f', 'html']);
        assert.equal(first.stdout, second.stdout);
    });

    it('exports the commitments and contacts a plan takes from an imported catalog', () => {
        const folder = tempFolder({
            'shared.actionplan':
                'catalog "Shared"\n\ncontact maeda {\n    name "Tamaki MAEDA"\n    email "apec.japan@mofa.go.jp"\n}\n\ncommitment secure-trade "Implement the APEC Framework for Secure Trade" (2005) "."\n',
            'plan.actionplan':
                '// actionplan-disable missing-section, missing-header-field -- a part of a plan\nimport "shared.actionplan"\n\nctap {\n    economy "Japan"\n}\n\nsection A.1 "Protect Cargo" {\n    contact maeda\n\n    undertaken secure-trade {\n        - "Japan Customs has implemented the AEO Program."\n    }\n}\n\nassistance {\n    contact maeda\n}\n',
        });
        const result = runCli(['export', 'plan.actionplan'], { cwd: folder });
        assert.equal(result.status, 0, result.stderr);
        const lines = result.stdout.split('\n');
        const at = lines.indexOf('A.1 Protect Cargo:');
        assert.deepEqual(lines.slice(at + 2, at + 5), [
            'Contact Point: Name: Tamaki MAEDA',
            '',
            'Email Address: apec.japan@mofa.go.jp',
        ]);
        assert.equal(lines.filter((l) => l === '- Implement the APEC Framework for Secure Trade (2005).').length, 6);
        assert.equal(
            lines[lines.indexOf('MEASURES UNDERTAKEN SINCE LAST UPDATE TO IMPLEMENT COMMITMENTS') + 3],
            'Japan Customs has implemented the AEO Program.',
        );
    });

    it('writes -o atomically: the file holds the export, nothing else is left in the folder', () => {
        const folder = tempFolder({ 'plan.actionplan': smallCtap, 'out.txt': 'old content\n' });
        const expected = runCli(['export', 'plan.actionplan'], { cwd: folder }).stdout;
        const result = runCli(['export', 'plan.actionplan', '-o', 'out.txt'], { cwd: folder });
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stdout, '');
        assert.equal(readFileSync(join(folder, 'out.txt'), 'utf8'), expected);
        assert.deepEqual(readdirSync(folder).sort(), ['out.txt', 'plan.actionplan']);
    });

    it('never writes onto the input, however it is named (exit 2)', () => {
        const folder = tempFolder({ 'plan.actionplan': smallCtap });
        symlinkSync(join(folder, 'plan.actionplan'), join(folder, 'link.actionplan'));
        for (const output of [
            'plan.actionplan',
            './plan.actionplan',
            join(folder, 'plan.actionplan'),
            'link.actionplan',
        ]) {
            const result = runCli(['export', 'plan.actionplan', '-o', output], { cwd: folder });
            assert.equal(result.status, 2, output);
            assert.match(result.stderr, /overwrite the input/);
        }
        assert.equal(readFileSync(join(folder, 'plan.actionplan'), 'utf8'), smallCtap);
    });

    it('prints the errors of a file that does not parse as path:line:col, exit 1, and writes nothing', () => {
        const folder = tempFolder({
            'broken.actionplan': 'ctap {\n    economy "Japan"\n    calendar year "2013"\n}\n',
        });
        const result = runCli(['export', 'broken.actionplan', '-o', 'out.txt'], { cwd: folder });
        assert.equal(result.status, 1);
        assert.match(result.stderr.split('\n')[0]!, /^broken\.actionplan:3:19\s+error\s+.+\s+syntax-error$/);
        assert.deepEqual(readdirSync(folder), ['broken.actionplan']);
    });

    it('refuses a file with an unresolved reference (exit 1) but exports one with warnings only (exit 0)', () => {
        const folder = tempFolder({
            'plan.actionplan': 'ctap { economy "Japan" }\nsection B "Finance" {\n    contact nobody\n}\n',
            'warned.actionplan':
                '// actionplan-disable missing-section, missing-header-field -- a part of a plan\nctap { economy "Japan" calendar year 2013 }\ncontact m { name "M" email "not-an-email" }\nsection B "Finance" {\n    contact m\n    commitment c "Do it" (2002) "."\n    planned c {\n        - "Plan without a timeframe."\n    }\n}\nassistance {\n    contact m\n}\n',
        });
        const unresolved = runCli(['export', 'plan.actionplan'], { cwd: folder });
        assert.equal(unresolved.status, 1);
        assert.equal(unresolved.stdout, '');
        assert.match(unresolved.stderr, /^plan\.actionplan:3:13\s+error\s+.*nobody.*\s+unresolved-reference$/m);
        const lint = runCli(['lint', 'warned.actionplan'], { cwd: folder });
        assert.match(lint.stdout, /0 errors, [1-9]\d* warnings?/);
        const warned = runCli(['export', 'warned.actionplan'], { cwd: folder });
        assert.equal(warned.status, 0, warned.stderr);
        assert.ok(warned.stdout.split('\n').includes('Plan without a timeframe.'));
    });

    it('refuses a plan with a rule error: exit 1, the errors on stderr (stylish), no output file; --force exports it', () => {
        // Both fields would be lost but one: duplicate-field is an error, and errors stop the export.
        const plan = smallCtap.replace(
            '    economy "New Zealand"\n',
            '    economy "New Zealand"\n    economy "Aotearoa"\n',
        );
        const folder = tempFolder({ 'plan.actionplan': plan });
        const refused = runCli(['export', 'plan.actionplan', '-o', 'out.txt'], { cwd: folder });
        assert.equal(refused.status, 1);
        assert.equal(refused.stdout, '');
        assert.match(refused.stderr, /^plan\.actionplan:13:5\s+error\s+'economy' is given again.*\s+duplicate-field$/m);
        assert.match(refused.stderr, /1 error, 0 warnings/);
        assert.deepEqual(readdirSync(folder), ['plan.actionplan']);

        const forced = runCli(['export', 'plan.actionplan', '--force', '-o', 'out.txt'], { cwd: folder });
        assert.equal(forced.status, 0, forced.stderr);
        assert.match(forced.stderr, /13:5\s+error\s+.*duplicate-field/);
        assert.deepEqual(readdirSync(folder).sort(), ['out.txt', 'plan.actionplan']);
        assert.ok(readFileSync(join(folder, 'out.txt'), 'utf8').startsWith('Asia-Pacific Economic Cooperation\n'));
        const toStdout = runCli(['export', 'plan.actionplan', '--force', '-f', 'json'], { cwd: folder });
        assert.equal(toStdout.status, 0);
        assert.equal((JSON.parse(toStdout.stdout) as { header: { economy: string } }).header.economy, 'Aotearoa');
    });

    it('decides with the rule settings: an error turned off in .actionplanrc.json does not stop the export', () => {
        const plan = smallCtap.replace(/\nassistance \{[\s\S]*$/, '\n');
        const folder = tempFolder({ 'plan.actionplan': plan });
        const refused = runCli(['export', 'plan.actionplan'], { cwd: folder });
        assert.equal(refused.status, 1);
        assert.match(refused.stderr, /error\s+The plan has no assistance part.*missing-contact$/m);
        writeFileSync(join(folder, '.actionplanrc.json'), JSON.stringify({ rules: { 'missing-contact': 'warning' } }));
        const exported = runCli(['export', 'plan.actionplan'], { cwd: folder });
        assert.equal(exported.status, 0, exported.stderr);
        assert.equal(exported.stderr, '');
        assert.ok(exported.stdout.startsWith('Asia-Pacific Economic Cooperation\n'));
    });

    it('exits 2 on an unreadable path, a folder, an unknown format or an unwritable output', () => {
        const folder = tempFolder({ 'plan.actionplan': smallCtap });
        const missing = runCli(['export', 'nowhere.actionplan'], { cwd: folder });
        assert.equal(missing.status, 2);
        assert.match(missing.stderr, /nowhere\.actionplan/);
        assert.equal(runCli(['export', '.'], { cwd: folder }).status, 2);
        const format = runCli(['export', 'plan.actionplan', '--format', 'pdf'], { cwd: folder });
        assert.equal(format.status, 2);
        assert.match(format.stderr, /unknown format "pdf"/);
        const unwritable = runCli(['export', 'plan.actionplan', '-o', 'no/such/folder/out.txt'], { cwd: folder });
        assert.equal(unwritable.status, 2);
        assert.match(unwritable.stderr, /cannot write/);
        assert.equal(runCli(['export'], { cwd: folder }).status, 2);
    });
});
