import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'mocha';
import { buildExportModel } from '../src/render/action-plan-render-model.js';
import { summarizePlans } from '../src/views/action-plan-summary.js';
import type { SummaryInput } from '../src/views/action-plan-summary.js';
import { renderSummaryHtml } from '../src/views/action-plan-summary-html.js';
import { renderSummaryMarkdown, renderSummaryText } from '../src/views/action-plan-summary-render.js';
import { renderSummaryXlsx } from '../src/views/action-plan-summary-xlsx.js';
import { createTestServices, disposeAll } from './test-services.js';

const seed = readFileSync(new URL('../../../examples/japan-ctap-2013.actionplan', import.meta.url), 'utf8');

function edit(text: string, from: string | RegExp, to: string): string {
    const next = text.replace(from, to);
    assert.notEqual(next, text, `the plan contains ${from}`);
    return next;
}

/**
 * Chile's plan on the same template: other ids, a drifted wording, one commitment
 * not listed, one without measures, and a need that Japan offers for.
 */
function chilePlan(): string {
    let text = edit(seed, 'economy "Japan"', 'economy "Chile"');
    text = text.replaceAll('secure-trade-framework', 'framework-secure-trade');
    text = edit(text, 'facilitates the smooth flow of trade', 'facilitates the smooth and secure flow of trade');
    // private-sector-adoption: not listed at all (declaration and blocks removed).
    text = edit(text, /\n\s*commitment private-sector-adoption [^\n]*/, '');
    text = edit(text, /\n\s*undertaken private-sector-adoption \{[^}]*\}/, '');
    // secure trade: undertaken measures removed, the planned one kept.
    text = edit(text, /\n\s*undertaken framework-secure-trade \{[^}]*\}/, '');
    text = edit(
        text,
        '        offers international-ship-port {',
        '        needs international-ship-port {\n            - "Chile needs training courses on port security for port facility security officers."\n        }\n        offers international-ship-port {',
    );
    text = text.replace(
        /(offers (?:international|training)-ship-port \{\s*- ")Japan will continue to hold training courses and expert meetings on port security for Southeast Asian economies\./g,
        '$1Chile offers expert advice on fisheries inspection.',
    );
    return text;
}

describe('cross-economy summary', () => {
    const { services, parse } = createTestServices();
    after(() => disposeAll(services));
    const input = async (file: string, text: string, errors = 0, warnings = 0): Promise<SummaryInput> => ({
        file,
        plan: buildExportModel((await parse(text)).parseResult.value),
        errors,
        warnings,
    });

    it('gives each catalog commitment one row and each plan its status and counts', async () => {
        const summary = summarizePlans([
            await input('japan.actionplan', seed, 0, 12),
            await input('chile.actionplan', chilePlan(), 1, 3),
        ]);
        assert.deepEqual(summary.plans, [
            {
                file: 'japan.actionplan',
                economy: 'Japan',
                calendarYear: 2013,
                lastUpdated: 'Sep 2012',
                errors: 0,
                warnings: 12,
            },
            {
                file: 'chile.actionplan',
                economy: 'Chile',
                calendarYear: 2013,
                lastUpdated: 'Sep 2012',
                errors: 1,
                warnings: 3,
            },
        ]);
        const row = (start: string) => {
            const rows = summary.commitments.filter((r) => r.text.startsWith(start));
            assert.equal(rows.length, 1, `one row for ${start}`);
            return rows[0]!;
        };
        // Hand-counted in examples/japan-ctap-2013.actionplan (section A.1).
        assert.deepEqual(row('Implement the APEC Framework for Secure Trade').status, {
            'japan.actionplan': { status: 'both', undertaken: 1, planned: 1 },
            'chile.actionplan': { status: 'planned', undertaken: 0, planned: 1 },
        });
        // Drifted wording in Chile's plan: still the same row.
        assert.deepEqual(row('Implement as practicable as possible a container security regime').status, {
            'japan.actionplan': { status: 'both', undertaken: 6, planned: 1 },
            'chile.actionplan': { status: 'both', undertaken: 6, planned: 1 },
        });
        assert.deepEqual(row('Promote private-sector adoption').status, {
            'japan.actionplan': { status: 'undertaken', undertaken: 2, planned: 0 },
            'chile.actionplan': { status: 'absent', undertaken: 0, planned: 0 },
        });
        assert.deepEqual(
            row('Continue cooperation between APEC member economies to facilitate trade recovery').status,
            {
                'japan.actionplan': { status: 'none', undertaken: 0, planned: 0 },
                'chile.actionplan': { status: 'none', undertaken: 0, planned: 0 },
            },
        );
        assert.equal(summary.commitments.filter((r) => r.section === 'A.1').length, 8);
        // Each plan's status is keyed by its file exactly as listed in `plans`.
        for (const r of summary.commitments)
            assert.deepEqual(Object.keys(r.status), ['japan.actionplan', 'chile.actionplan']);
    });

    it('uses a catalog as the rows, whatever the plans call the commitments', async () => {
        const catalog = [
            { section: 'A.1', text: 'Implement the APEC Framework for Secure Trade (2005).', years: [2005] },
            { section: 'A.1', text: 'Some commitment nobody reports on (2020).', years: [2020] },
        ];
        const summary = summarizePlans([await input('japan.actionplan', seed)], catalog);
        assert.equal(summary.commitments[0]!.catalog, true);
        assert.equal(summary.commitments[0]!.status['japan.actionplan']!.status, 'both');
        assert.equal(summary.commitments[1]!.status['japan.actionplan']!.status, 'absent');
        assert.equal(summary.commitments[2]!.catalog, false);
    });

    it("matches a need with other economies' offers for the same commitment, and close offers elsewhere", async () => {
        const summary = summarizePlans([
            await input('japan.actionplan', seed),
            await input('chile.actionplan', chilePlan()),
        ]);
        const need = summary.matches.find((m) => m.need.startsWith('Chile needs training courses on port security'));
        assert.ok(need, JSON.stringify(summary.matches.map((m) => m.need)));
        assert.equal(need.economy, 'Chile');
        assert.equal(need.section, 'A.2');
        assert.deepEqual(
            need.offers.map((o) => [o.economy, o.text]),
            [
                [
                    'Japan',
                    'Japan will continue to hold training courses and expert meetings on port security for Southeast Asian economies.',
                ],
            ],
        );
        assert.ok(need.offers[0]!.score > 0.3, `score ${need.offers[0]!.score}`);
        // Japan's identical offer for training-ship-port (another commitment) is close in words.
        assert.deepEqual(
            need.similar.map((o) => [o.economy, o.commitment.slice(0, 30)]),
            [['Japan', 'Cooperation between APEC membe']],
        );
        // Never an economy's own offers.
        assert.ok(summary.matches.every((m) => [...m.offers, ...m.similar].every((o) => o.economy !== m.economy)));
    });

    it('escapes plan text in every renderer; xlsx cells are strings, never formulas', async () => {
        const nasty = edit(seed, 'economy "Japan"', 'economy "<img src=x onerror=alert(1)>|=1+1"');
        const summary = summarizePlans([await input('x.actionplan', nasty)]);
        const html = renderSummaryHtml(summary);
        assert.ok(!html.includes('<img'), 'no raw markup in HTML');
        assert.ok(html.includes('&#60;img src=x onerror=alert(1)&#62;'));
        const md = renderSummaryMarkdown(summary);
        assert.ok(md.includes('\\<img src=x onerror=alert(1)\\>\\|=1+1'), 'pipes and markup escaped in Markdown cells');
        assert.ok(renderSummaryText(summary).includes('<img src=x onerror=alert(1)>|=1+1 2013'));
        const xlsx = await renderSummaryXlsx(summary);
        const { default: ExcelJS } = await import('exceljs');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(Buffer.from(xlsx) as never);
        assert.deepEqual(
            workbook.worksheets.map((s) => s.name),
            ['Commitments', 'Needs and offers', 'Contacts'],
        );
        const heading = workbook.getWorksheet('Commitments')!.getRow(1).getCell(3);
        assert.equal(heading.type, ExcelJS.ValueType.String);
        assert.equal(heading.value, '<img src=x onerror=alert(1)>|=1+1 2013');
        const contact = workbook.getWorksheet('Contacts')!.getRow(2).getCell(1);
        assert.equal(contact.value, '<img src=x onerror=alert(1)>|=1+1');
        assert.equal(contact.type, ExcelJS.ValueType.String);
        const view = workbook.getWorksheet('Commitments')!.views[0]!;
        assert.deepEqual([view.state, view.xSplit, view.ySplit], ['frozen', 2, 1], 'headings frozen');
        const fill = workbook.getWorksheet('Commitments')!.getRow(2).getCell(3).fill;
        assert.deepEqual(
            fill,
            { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFB3D7F2' } },
            'A.1 secure trade: both',
        );
    });
});
