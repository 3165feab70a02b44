import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { exportPlan } from '../src/render/action-plan-render.js';
import type { CtapExport, ReportExport } from '../src/render/action-plan-render-types.js';
import type { Document } from '../src/generated/ast.js';
import { createTestServices, disposeAll } from './test-services.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(root + path, 'utf8');
const schema = JSON.parse(read('docs/plan.schema.json')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const { services, parse } = createTestServices();

async function exportAs(source: string, format: 'json' | 'markdown' | 'html'): Promise<string> {
    const document = await parse(source);
    return exportPlan(document.parseResult.value as Document, format);
}

function assertValid(data: unknown): void {
    assert.ok(validate(data), JSON.stringify(validate.errors, null, 2));
}

const HOSTILE = `ctap { economy "<b>Japan</b>" title "Plan <i>draft</i>" }
contact x { name "<script>alert('name')</script>" title "A & B" email "a@b.c" }
section A.1 "Cargo <script>" {
    contact x role "Role \\"quoted\\" <em>"
    commitment c "Commit <script>alert(1)</script>" (2005) "."
    undertaken c {
        - "<script>alert(document.cookie)</script> & *bold* _it_ [link](http://x) | pipe US$3.5" {
            - "# not a heading"
        }
    }
}
`;

describe('export json', () => {
    afterEach(() => disposeAll(services));

    for (const name of readdirSync(root + 'examples').filter((f) => f.endsWith('.actionplan'))) {
        it(`validates examples/${name} against docs/plan.schema.json`, async () => {
            const data = JSON.parse(await exportAs(read(`examples/${name}`), 'json')) as { formatVersion: string };
            assertValid(data);
            assert.equal(data.formatVersion, '1.0');
        });
    }

    it('gives the small CTAP as data: header, contacts, commitments with years and parts, blocks by kind', async () => {
        const plan = JSON.parse(await exportAs(read('examples/small-ctap.actionplan'), 'json')) as CtapExport;
        assert.equal(plan.kind, 'ctap');
        assert.equal(plan.header.calendarYear, 2025);
        assert.deepEqual(plan.header.lastUpdated, { month: 'Nov', year: 2025, text: 'Nov 2025' });
        assert.deepEqual(plan.header.meeting, {
            title: '1st Counter-Terrorism Working Group Meeting',
            place: 'Lima, Peru',
            dates: '18-19 February 2026',
        });
        assert.deepEqual(
            plan.contacts.map((c) => [c.id, c.name, c.extension]),
            [
                ['walker', 'Aroha WALKER', '8123'],
                ['chen', 'Daniel CHEN', undefined],
            ],
        );
        const a1 = plan.sections[0]!.sections[0]!;
        assert.equal(a1.id, 'A.1');
        assert.deepEqual(a1.contacts, [{ contact: 'walker', resolved: true }]);
        assert.deepEqual(a1.commitments[0], {
            id: 'secure-trade',
            text: 'Implement the APEC Framework for Secure Trade (2005).',
            years: [2005],
            parts: [{ text: 'Implement the APEC Framework for Secure Trade' }, { years: [2005] }, { text: '.' }],
            continues: false,
            declaredHere: true,
        });
        for (const kind of ['undertaken', 'planned', 'participated', 'needs', 'offers'] as const) {
            assert.deepEqual(
                a1.blocks[kind].map((entry) => entry.commitment),
                ['secure-trade', 'trade-recovery'],
                kind,
            );
        }
        assert.deepEqual(a1.blocks.planned[0]!.items, [
            { text: 'Extend the Secure Exports Scheme to air cargo consolidators.', timeframe: 2026, subitems: [] },
        ]);
        assert.equal(plan.sections[1]!.blocks.planned[0]!.items[0]!.timeframe, 'December 2026');
        const a3 = plan.sections[0]!.sections[1]!;
        assert.deepEqual(a3.contacts[1], {
            contact: 'chen',
            resolved: true,
            role: 'Emergency Aviation Security Point of Contact',
        });
        assert.equal(a3.blocks.undertaken[0]!.items[0]!.subitems.length, 2);
        assert.deepEqual(plan.assistance, { contacts: [{ contact: 'walker', resolved: true }], items: [] });
    });

    it('gives a progress report as numbered areas with items and sub-items', async () => {
        const report = JSON.parse(
            await exportAs(read('examples/small-progress-report.actionplan'), 'json'),
        ) as ReportExport;
        assert.equal(report.kind, 'progress-report');
        assert.deepEqual(report.date, { month: 'March', year: 2026, text: 'March 2026' });
        assert.deepEqual(
            report.areas.map((a) => [a.number, a.title, a.items.length]),
            [
                [1, 'Strengthening exchange of information', 2],
                [2, 'Maritime security', 1],
            ],
        );
        assert.equal(report.areas[1]!.items[0]!.subitems.length, 2);
        assert.equal(report.footer, 'Back to Index');
    });

    it('records `as`, `inline`, `continues` and `note`, and validates', async () => {
        const plan = JSON.parse(
            await exportAs(
                `ctap { economy "Japan" }
section A.2 "Ports" {
    contact ghost
    commitment a "First" (2009) "."
    commitment b continues "Second" (2011) "." note "annotation"
    undertaken b as "Second, as drifted" (2011) inline {
        - "Measure."
    }
}
`,
                'json',
            ),
        ) as CtapExport;
        assertValid(plan);
        const section = plan.sections[0]!;
        assert.deepEqual(section.contacts, [{ contact: 'ghost', resolved: false }]);
        assert.equal(section.commitments[1]!.continues, true);
        assert.equal(section.commitments[1]!.note, 'annotation');
        assert.deepEqual(section.blocks.undertaken[1], {
            commitment: 'b',
            text: 'Second, as drifted (2011)',
            reworded: true,
            inline: true,
            items: [{ text: 'Measure.', subitems: [] }],
        });
        assert.equal(section.blocks.planned[1]!.text, 'Second (2011).');
    });

    it('validates a catalog, an empty file and a half-parsed plan too', async () => {
        const catalog = JSON.parse(
            await exportAs('catalog "Shared"\ncontact m { name "M" }\ncommitment k "K" (2005) "."', 'json'),
        ) as { kind: string; commitments: { text: string }[] };
        assertValid(catalog);
        assert.equal(catalog.kind, 'catalog');
        assert.equal(catalog.commitments[0]!.text, 'K (2005).');
        const empty = JSON.parse(await exportAs('', 'json')) as unknown;
        assertValid(empty);
        assert.deepEqual(empty, { formatVersion: '1.0', kind: 'empty', imports: [] });
        assertValid(JSON.parse(await exportAs('ctap { economy "J"\nsection A.1 "x" { commitment c "y" ( ) ', 'json')));
    });

    it('is rejected by the schema when a block kind is missing (the schema is not vacuous)', async () => {
        const plan = JSON.parse(await exportAs(read('examples/small-ctap.actionplan'), 'json')) as CtapExport;
        delete (plan.sections[1]!.blocks as Partial<CtapExport['sections'][number]['blocks']>).needs;
        assert.equal(validate(plan), false);
        assert.equal(validate({ ...plan, formatVersion: '2.0' }), false);
    });
});

describe('export markdown', () => {
    afterEach(() => disposeAll(services));

    it('renders the small CTAP with headings, a header table, contact tables and every commitment under each block', async () => {
        const markdown = await exportAs(read('examples/small-ctap.actionplan'), 'markdown');
        const lines = markdown.split('\n');
        assert.equal(lines[0], '# Counter-Terrorism Action Plan – New Zealand');
        assert.ok(lines.includes('| Calendar year | 2025 |'));
        assert.ok(lines.includes('## A. ENHANCING THE SECURE FLOW OF TRADE AND PEOPLE IN THE APEC REGION'));
        assert.ok(lines.includes('### A.1 Protect Cargo'));
        assert.ok(
            lines.includes(
                '| Emergency Aviation Security Point of Contact | Daniel CHEN | Manager, Aviation Security Operations, Civil Aviation Authority | +64-4-560-9400 | +64-4-569-2024 | avsec.contact@caa.govt.nz |',
            ),
        );
        assert.equal(
            lines.filter((l) => l === '- **Implement the APEC Framework for Secure Trade (2005).**').length,
            5,
        );
        assert.equal(lines.filter((l) => l === '- Implement the APEC Framework for Secure Trade (2005).').length, 1);
        assert.ok(lines.includes('  1. Extend the Secure Exports Scheme to air cargo consolidators. (by 2026)'));
        assert.ok(lines.includes('     - Queenstown since 2024'));
        assert.ok(markdown.endsWith('\n') && !markdown.endsWith('\n\n'));
    });

    it('renders a progress report with (a) sub-items', async () => {
        const markdown = await exportAs(read('examples/small-progress-report.actionplan'), 'markdown');
        assert.match(markdown, /^## 2\. Maritime security\n\n1\. Port security\n {3}- \(a\) In November 2025/m);
    });

    it('escapes plan text so it never becomes markup', async () => {
        const markdown = await exportAs(HOSTILE, 'markdown');
        assert.ok(!markdown.includes('<script>'));
        assert.ok(
            markdown.includes(
                '\\<script\\>alert(document.cookie)\\</script\\> & \\*bold\\* \\_it\\_ \\[link\\](http://x) \\| pipe US\\$3.5',
            ),
        );
        assert.ok(markdown.includes('\\# not a heading'));
    });
});

describe('export html', () => {
    afterEach(() => disposeAll(services));

    it('escapes all plan text, including a <script> in a measure', async () => {
        const html = await exportAs(HOSTILE, 'html');
        assert.equal(html.match(/<script/gi), null);
        assert.ok(html.includes('&#60;script&#62;alert(document.cookie)&#60;/script&#62; &#38; *bold*'));
        assert.ok(html.includes('&#60;script&#62;alert(&#39;name&#39;)&#60;/script&#62;'));
        assert.ok(html.includes('Role &#34;quoted&#34; &#60;em&#62;'));
        assert.ok(html.includes('<title>Plan &#60;i&#62;draft&#60;/i&#62;</title>'));
    });

    it('is one self-contained page: inline CSS, no external resources', async () => {
        for (const name of ['small-ctap', 'small-progress-report']) {
            const html = await exportAs(read(`examples/${name}.actionplan`), 'html');
            assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">'));
            assert.match(html, /<style>[\s\S]+<\/style>/);
            assert.doesNotMatch(html, /<link|<script|<img|<iframe|\ssrc=|\shref=|@import|url\(/i);
            assert.ok(html.endsWith('</html>\n'));
        }
    });

    it('shows the small CTAP with its contact table and every commitment under each block', async () => {
        const html = await exportAs(read('examples/small-ctap.actionplan'), 'html');
        assert.ok(html.includes('<h3>A.1 Protect Cargo</h3>'));
        assert.ok(
            html.includes(
                '<tr><td>Contact Point</td><td>Aroha WALKER</td><td>Senior Policy Adviser, APEC Unit, Ministry of Foreign Affairs and Trade</td><td>+64-4-439-8000(Ex8123)</td><td>+64-4-439-8505</td><td>apec@mfat.govt.nz</td></tr>',
            ),
        );
        const entry = '<span class="commitment">Implement the APEC Framework for Secure Trade (2005).</span>';
        assert.equal(html.split(entry).length - 1, 5);
    });

    it('labels progress-report items (1) and sub-items (a)', async () => {
        const html = await exportAs(read('examples/small-progress-report.actionplan'), 'html');
        assert.ok(html.includes('<li>(1) Port security<ul class="labelled"><li>(a) In November 2025'));
    });
});
