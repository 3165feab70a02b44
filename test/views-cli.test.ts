import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { after, before, describe, it } from 'mocha';
import { repoRoot, runCli } from './cli-helpers.js';

const schema = (name: string) =>
    new Ajv2020({ strict: true, allowUnionTypes: true }).compile(
        JSON.parse(readFileSync(join(repoRoot, 'docs', name), 'utf8')) as object,
    );
const validateSummary = schema('summary.schema.json');
const validateDiff = schema('diff.schema.json');

const seedPlan = readFileSync(join(repoRoot, 'examples/japan-ctap-2013.actionplan'), 'utf8');
const moved =
    '            - "Japan Customs will introduce the Advance Filing Rules on maritime Container Cargo Information in 2014."\n';

function replaced(text: string, from: string | RegExp, to: string): string {
    const next = text.replace(from, to);
    assert.notEqual(next, text, `${from} is in the plan`);
    return next;
}

/** Next year's plan: new year, a planned measure done, the contacts renumbered, an e-mail corrected. */
function japan2014(): string {
    let text = replaced(seedPlan, 'calendar year 2013', 'calendar year 2014');
    text = replaced(text, `        planned container-security-regime {\n${moved}        }\n`, '');
    text = replaced(
        text,
        '        undertaken private-sector-adoption {\n',
        `        undertaken container-security-regime {\n${moved}        }\n        undertaken private-sector-adoption {\n`,
    );
    text = text.replaceAll('maeda-2', 'maeda-x').replaceAll('maeda-3', 'maeda-2').replaceAll('maeda-x', 'maeda-3');
    return replaced(text, 'apcc.japan@mofa.go.jp', 'apec.japan@mofa.go.jp');
}

/** Chile on the same template: drifted wording, other ids, one commitment not listed. */
function chile2013(): string {
    let text = replaced(seedPlan, 'economy "Japan"', 'economy "Chile"');
    text = text.replaceAll('secure-trade-framework', 'framework-secure-trade');
    text = replaced(text, 'facilitates the smooth flow of trade', 'facilitates the smooth and secure flow of trade');
    text = replaced(text, /\n\s*commitment private-sector-adoption [^\n]*/, '');
    return replaced(text, /\n\s*undertaken private-sector-adoption \{[^}]*\}/, '');
}

describe('actionplan summary and diff (CLI)', function () {
    this.timeout(120_000);
    let folder: string;
    before(() => {
        folder = mkdtempSync(join(tmpdir(), 'actionplan-views-'));
        writeFileSync(join(folder, 'japan-2013.actionplan'), seedPlan);
        writeFileSync(join(folder, 'japan-2014.actionplan'), japan2014());
        writeFileSync(join(folder, 'chile-2013.actionplan'), chile2013());
        writeFileSync(join(folder, 'japan-2013.txt'), readFileSync(join(repoRoot, 'seeds/004_fd8583dd032ba8c1.txt')));
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('summarizes a folder as JSON that follows docs/summary.schema.json, statuses keyed by file', () => {
        const result = runCli(['summary', '.', '--format', 'json'], { cwd: folder });
        assert.equal(result.status, 0, result.stderr);
        const summary = JSON.parse(result.stdout);
        assert.ok(validateSummary(summary), JSON.stringify(validateSummary.errors));
        assert.deepEqual(
            summary.plans.map((p: { file: string; economy: string; calendarYear: number; errors: number }) => [
                p.file,
                p.economy,
                p.calendarYear,
                p.errors,
            ]),
            [
                ['chile-2013.actionplan', 'Chile', 2013, 0],
                ['japan-2013.actionplan', 'Japan', 2013, 0],
                ['japan-2014.actionplan', 'Japan', 2014, 0],
            ],
        );
        const row = (start: string) => summary.commitments.find((r: { text: string }) => r.text.startsWith(start));
        assert.deepEqual(row('Implement as practicable as possible a container security regime').status, {
            'chile-2013.actionplan': { status: 'both', undertaken: 6, planned: 1 },
            'japan-2013.actionplan': { status: 'both', undertaken: 6, planned: 1 },
            'japan-2014.actionplan': { status: 'undertaken', undertaken: 7, planned: 0 },
        });
        assert.deepEqual(row('Promote private-sector adoption').status['chile-2013.actionplan'], {
            status: 'absent',
            undertaken: 0,
            planned: 0,
        });
        assert.equal(
            summary.commitments.filter((r: { text: string }) => r.text.startsWith('Implement as practicable')).length,
            1,
        );
        assert.ok(result.stderr === '', result.stderr);
    });

    it("has one row per commitment of the template's catalog (ctap-2013: 43), whatever the plans call them", () => {
        const template = readFileSync(join(repoRoot, 'packages/language/templates/ctap-2013.actionplan'), 'utf8');
        const catalog = [...template.matchAll(/^ *commitment \S+ /gm)].length;
        assert.equal(catalog, 43);
        const result = runCli(['summary', '.', '--format', 'json', '--template', 'ctap-2013'], { cwd: folder });
        assert.equal(result.status, 0, result.stderr);
        const rows = JSON.parse(result.stdout).commitments as Array<{ catalog: boolean; section: string }>;
        assert.equal(rows.length, catalog, 'the seed and its variants list no commitment outside the catalog');
        assert.ok(rows.every((row) => row.catalog));
        assert.deepEqual([...new Set(rows.map((row) => row.section))], ['A.1', 'A.2', 'A.3', 'A.4', 'A.5', 'B', 'C']);
        const unknown = runCli(['summary', '.', '--template', 'ctap-1999'], { cwd: folder });
        assert.equal(unknown.status, 2);
        assert.equal(unknown.stdout, '');
        assert.match(
            unknown.stderr,
            /^actionplan summary: no shipped CTAP template is named ctap-1999 \(there are ctap-2013\)\n$/,
        );
    });

    it('imports a canonical .txt named on the command line, and writes html and xlsx', () => {
        const json = runCli(['summary', 'japan-2013.actionplan', 'japan-2013.txt', '--format', 'json'], {
            cwd: folder,
        });
        assert.equal(json.status, 0, json.stderr);
        const summary = JSON.parse(json.stdout);
        assert.deepEqual(
            summary.plans.map((p: { file: string }) => p.file),
            ['japan-2013.actionplan', 'japan-2013.txt'],
        );
        for (const row of summary.commitments)
            assert.deepEqual(row.status['japan-2013.txt'], row.status['japan-2013.actionplan']);

        assert.equal(runCli(['summary', '.', '--format', 'html', '-o', 'summary.html'], { cwd: folder }).status, 0);
        const html = readFileSync(join(folder, 'summary.html'), 'utf8');
        assert.match(html, /<ul class="legend">/);
        assert.match(html, /<th>Chile 2013<\/th><th>Japan 2013<\/th><th>Japan 2014<\/th>/);
        assert.equal(runCli(['summary', '.', '--format', 'xlsx', '-o', 'summary.xlsx'], { cwd: folder }).status, 0);
        assert.equal(readFileSync(join(folder, 'summary.xlsx')).subarray(0, 2).toString(), 'PK');
        const refused = runCli(['summary', '.', '--format', 'xlsx'], { cwd: folder });
        assert.equal(refused.status, 2);
        assert.match(refused.stderr, /give -o/);
    });

    it("diffs last year's plan with this year's: exit 1 and exactly the changes made", () => {
        const result = runCli(['diff', 'japan-2013.actionplan', 'japan-2014.actionplan', '--format', 'json'], {
            cwd: folder,
        });
        assert.equal(result.status, 1, result.stderr);
        const diff = JSON.parse(result.stdout);
        assert.ok(validateDiff(diff), JSON.stringify(validateDiff.errors));
        assert.equal(diff.equivalent, false);
        assert.deepEqual(
            diff.changes.map((c: { kind: string; what: string; field?: string; section?: string }) => [
                c.kind,
                c.what,
                c.field ?? '',
                c.section ?? '',
            ]),
            [
                ['changed', 'header', 'calendar year', ''],
                ['changed', 'contact', 'email', 'A.1'],
                ['moved', 'measure', '', 'A.1'],
            ],
        );
        assert.deepEqual([diff.changes[2].from, diff.changes[2].to], ['planned', 'undertaken']);
        const text = runCli(['diff', 'japan-2013.actionplan', 'japan-2014.actionplan'], { cwd: folder });
        assert.equal(text.status, 1);
        assert.match(text.stdout, /^Section A\.1$/m);
        assert.match(
            text.stdout,
            /^ {2}~ contact email of "Tamaki MAEDA": "apcc\.japan@mofa\.go\.jp" → "apec\.japan@mofa\.go\.jp"$/m,
        );
        assert.match(
            text.stdout,
            /^ {2}> "Japan Customs will introduce the Advance Filing Rules .*" moved from planned to undertaken/m,
        );
    });

    it('finds the canonical text and its import equivalent (exit 0), and exits 2 on a missing file', () => {
        const same = runCli(['diff', 'japan-2013.txt', 'japan-2013.actionplan'], { cwd: folder });
        assert.equal(same.status, 0, same.stdout + same.stderr);
        assert.match(same.stdout, /The plans are equivalent\./);
        const missing = runCli(['diff', 'nope.actionplan', 'japan-2013.actionplan'], { cwd: folder });
        assert.equal(missing.status, 2);
        assert.equal(missing.stderr.trim(), 'actionplan diff: nope.actionplan: cannot read (no such file)');
    });
});
