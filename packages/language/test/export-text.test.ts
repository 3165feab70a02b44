import { strict as assert } from 'node:assert';
import type { Document } from '../src/generated/ast.js';
import { exportPlan } from '../src/render/action-plan-render.js';
import { createTestServices, disposeAll } from './test-services.js';
import { count, q, read, seed004, textExporter } from './export-text-helpers.js';

const seed000 = read('seeds/000_85b3a39294e53046.txt');

const { services, parse } = createTestServices();
const exportText = textExporter(parse);

describe('export text: examples/small-ctap.actionplan', () => {
    let lines: string[];
    let text: string;
    before(async () => {
        text = await exportText(read('examples/small-ctap.actionplan'));
        lines = text.split('\n');
    });
    after(() => disposeAll(services));

    it('prints the header block in the template order, title line built from the calendar year', () => {
        const expected = [
            'Asia-Pacific Economic Cooperation',
            '2026/SOM1/CTWG/004',
            'Agenda Item: 5',
            'Counter-Terrorism Action Plan – New Zealand',
            'Purpose: Information',
            'Submitted by: New Zealand',
            '1st Counter-Terrorism Working Group Meeting\nLima, Peru\n18-19 February 2026',
            '2025 APEC COUNTER-TERRORISM ACTION PLAN',
            'ECONOMY:',
            'New Zealand',
            'CALENDAR YEAR:',
            '2025',
            'LAST UPDATED:',
            'Nov 2025',
        ].join('\n\n');
        assert.ok(text.startsWith(expected + '\n\nObjective: Where appropriate, to self-assess'), text.slice(0, 600));
    });

    it('prints the executive summary headings exactly as seed 004, then numbered items', () => {
        const headings = [seed004[40]!, seed004[42]!, seed004[58]!, seed004[63]!];
        assert.deepEqual(headings.slice(0, 2), [
            'EXECUTIVE SUMMARY',
            "1. Summary of main achievements/progress in implementing Leaders' and Ministers' commitments since last update.",
        ]);
        for (const heading of headings) assert.equal(count(lines, heading), 1, heading);
        const at = lines.indexOf(headings[1]!);
        assert.deepEqual(lines.slice(at, at + 5), [
            headings[1],
            '',
            ' 1. New Zealand Customs extended its Secure Exports Scheme to air cargo consolidators.',
            ' 2. Hold baggage screening was completed at all international airports.',
            '',
        ]);
        const needs = lines.indexOf(headings[3]!);
        assert.deepEqual(lines.slice(needs + 2, needs + 5), [
            ' 1. Regional training on supply chain security for Pacific Island economies.',
            ' - Risk management for small customs administrations',
            ' - Data exchange with regional partners',
        ]);
    });

    it('prints section headings as "A. TITLE" and "A.1 Title:" and the contact lines as the template', () => {
        assert.equal(count(lines, 'A. ENHANCING THE SECURE FLOW OF TRADE AND PEOPLE IN THE APEC REGION'), 1);
        assert.equal(count(lines, 'A.1 Protect Cargo:'), 1);
        assert.equal(count(lines, 'B. HALTING TERRORIST FINANCING:'), 1);
        const at = lines.indexOf('A.1 Protect Cargo:');
        assert.deepEqual(lines.slice(at, at + 7), [
            'A.1 Protect Cargo:',
            '',
            'Contact Point: Name: Aroha WALKER Title: Senior Policy Adviser, APEC Unit, Ministry of Foreign Affairs and Trade',
            '',
            'Telephone Number: +64-4-439-8000(Ex8123) Fax Number: +64-4-439-8505 Email Address: apec@mfat.govt.nz',
            '',
            "LEADERS' AND MINISTERS' COMMITMENTS",
        ]);
        // The seed's lines have the same shape.
        const shape = /^Telephone Number: \S+\(Ex\d+\) Fax Number: \S+ Email Address: \S+$/;
        assert.match(
            seed004.find((l) => l.startsWith('Telephone Number:'))!,
            shape,
        );
        assert.match(lines[at + 4]!, shape);
        assert.ok(
            lines.includes(
                'Emergency Aviation Security Point of Contact: Name: Daniel CHEN Title: Manager, Aviation Security Operations, Civil Aviation Authority',
            ),
        );
    });

    it('repeats every commitment in the commitments list and each of the five blocks, under the seed headings', () => {
        const headings = [76, 87, 110, 124, 135, 147].map((n) => seed004[n]!);
        assert.equal(headings[0], "LEADERS' AND MINISTERS' COMMITMENTS");
        assert.equal(headings[2], 'FURTHER MEASURES PLANNED TO IMPLEMENT COMMITMENTS (indicate timeframe)');
        // Three sections have commitments: A.1, A.3 and B.
        for (const heading of headings) assert.equal(count(lines, heading), 3, heading);
        for (const commitment of [
            '- Implement the APEC Framework for Secure Trade (2005).',
            '- Continue cooperation between APEC member economies to facilitate trade recovery after a terrorist attack (2006, 2007, 2011).',
            '- Introduce highly effective baggage screening procedures and equipment in all APEC international airports as soon as possible (2002).',
        ]) {
            assert.equal(count(lines, commitment), 6, commitment);
        }
        // Block order within A.1 follows the template.
        const a1 = lines.indexOf('A.1 Protect Cargo:');
        const positions = headings.map((h) => lines.indexOf(h, a1));
        assert.deepEqual(
            [...positions].sort((a, b) => a - b),
            positions,
        );
    });

    it('prints one measure as a plain line, sub-items as " - ", and appends a `by` timeframe', () => {
        const at = lines.indexOf(
            '- Implement the APEC Framework for Secure Trade (2005).',
            lines.indexOf(seed004[87]!),
        );
        assert.equal(
            lines[at + 1],
            'New Zealand Customs operates the Secure Exports Scheme, mutually recognised with five economies.',
        );
        assert.ok(lines.includes('Extend the Secure Exports Scheme to air cargo consolidators. (by 2026)'));
        assert.ok(lines.includes('Join two more statements of cooperation with regional FIUs. (by December 2026)'));
        const hold = lines.indexOf('Hold baggage screening is in place at all international airports.');
        assert.deepEqual(lines.slice(hold + 1, hold + 3), [
            ' - Auckland, Wellington and Christchurch since 2019',
            ' - Queenstown since 2024',
        ]);
    });

    it('closes with the assistance part and its contact line', () => {
        assert.deepEqual(lines.slice(-6), [
            'POSSIBLE ASSISTANCE AND EXPERTISE TO OFFER',
            '',
            'Contact Point for Assistance and Expertise not included above: Name: Aroha WALKER Title: Senior Policy Adviser, APEC Unit, Ministry of Foreign Affairs and Trade',
            '',
            'Telephone Number: +64-4-439-8000(Ex8123) Fax Number: +64-4-439-8505 Email Address: apec@mfat.govt.nz',
            '',
        ]);
    });

    it('is clean: one final newline, no double blank lines, no trailing blanks, no markup', () => {
        assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'));
        assert.ok(!text.includes('\n\n\n'));
        assert.ok(!/[ \t]$/m.test(text));
        assert.ok(!/\*\*|\\\$|[{}]/.test(text));
    });
});

describe('export text: progress reports', () => {
    afterEach(() => disposeAll(services));

    it('prints examples/small-progress-report.actionplan with numbered areas, (1) items and (a) sub-items', async () => {
        const text = await exportText(read('examples/small-progress-report.actionplan'));
        assert.equal(
            text,
            [
                'Progress Report on the Pacific Maritime Security Cooperation Arrangement',
                '',
                'March 2026',
                '',
                'This report sets out the capacity building activities provided under the Arrangement since its adoption in 2024.',
                '',
                '1. Strengthening exchange of information',
                '',
                '(1) In October 2025, the partners held the second annual meeting of maritime focal points in Suva.',
                '',
                '(2) A shared register of port facility security officers went live in January 2026.',
                '',
                '2. Maritime security',
                '',
                '(1) Port security',
                '(a) In November 2025, a seminar on port facility security was held in Apia.',
                '(b) Training for port security officers of four economies is planned for May 2026.',
                '',
                'Back to Index',
                '',
            ].join('\n'),
        );
    });

    it('reproduces seed 000 byte for byte from a plan holding its content', async () => {
        // The plan is written from the seed's lines: title, date, intro, areas, items, sub-items, footer.
        const paragraphs = seed000.split('\n\n');
        const [title, date, intro] = paragraphs;
        const body: string[] = [`report ${q(title!)} {`, `    date ${date}`, `    intro ${q(intro!)}`, '}'];
        for (const paragraph of paragraphs.slice(3, -1)) {
            const area = /^\d+\. (.*)$/.exec(paragraph);
            if (area) {
                body.push(`area ${q(area[1]!)}`);
                continue;
            }
            const [item, ...subs] = paragraph.split('\n');
            const open = body.at(-1)!.startsWith('area') ? body.pop() + ' {' : body.pop()!;
            if (open !== '}') body.push(open);
            body.push(`    - ${q(item!.replace(/^\(\d+\) /, ''))}${subs.length > 0 ? ' {' : ''}`);
            for (const sub of subs) body.push(`        - ${q(sub.replace(/^\([a-z]\) /, ''))}`);
            if (subs.length > 0) body.push('    }');
            body.push('}');
        }
        body.push(`footer ${q(paragraphs.at(-1)!)}`);
        const text = await exportText(body.join('\n'));
        assert.equal(text, seed000 + '\n');
    });
});

describe('export text: robustness', () => {
    afterEach(() => disposeAll(services));

    it('is deterministic and does not throw on a half-parsed plan, in any format', async () => {
        const sources = [
            read('examples/small-ctap.actionplan'),
            'ctap { economy "Japan"\nsection A.1 "x" { commitment c "y" ( ) undertaken c { - ',
            'report "t" { date June }\narea "a" { - "x" by }',
            'catalog "c"\ncontact a { name "A" }\ncommitment k "K" (2005) "."',
            '',
            'report "t" { intro "\\n\\nfirst\\n\\n\\nsecond  \\n\\n" }\narea "" { - "" - "x" { - "" } }\nfooter ""',
        ];
        for (const source of sources) {
            const document = await parse(source);
            for (const format of ['text', 'json', 'markdown', 'html'] as const) {
                const first = exportPlan(document.parseResult.value as Document, format);
                const second = exportPlan(document.parseResult.value as Document, format);
                assert.equal(first, second);
                assert.ok(first.endsWith('\n') && !first.endsWith('\n\n'), `${format}: ${JSON.stringify(source)}`);
                if (format === 'text') assert.ok(!/\n\n\n|[ \t]$/m.test(first), first);
            }
        }
    });
});
