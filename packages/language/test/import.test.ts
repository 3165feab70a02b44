import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import { importCanonicalText, ImportError, readCanonicalText } from '../src/from-text/action-plan-from-text.js';
import { IMPORT_TEMPLATES } from '../src/template/action-plan-template-names.js';
import { printPlan } from '../src/from-text/action-plan-from-text-printer.js';
import { formatPlanText } from '../src/layout/action-plan-layout-text.js';
import { createTestServices, disposeAll } from './test-services.js';

const seed = (name: string) => readFileSync(fileURLToPath(new URL(`../../../seeds/${name}`, import.meta.url)), 'utf8');
const ctapText = seed('004_fd8583dd032ba8c1.txt');
const reportText = seed('000_85b3a39294e53046.txt');
const ctap = importCanonicalText(ctapText);
const report = importCanonicalText(reportText);

/** The `commitment` declaration lines of the imported DSL. */
const declarations = ctap.dsl.split('\n').filter((l) => /^\s*commitment /.test(l));
const noticeAt = (line: number) => ctap.notices.filter((n) => n.line === line).map((n) => n.message);

describe('import: seed 004 (Japan CTAP 2013)', () => {
    const { services, parse } = createTestServices();
    afterEach(() => disposeAll(services));

    it('detects the CTAP form', () => {
        assert.equal(ctap.form, 'ctap');
    });

    it('parses and links the imported plan without errors', async () => {
        const document = await parse(ctap.dsl, { validation: true });
        assert.deepEqual(document.parseResult.lexerErrors, []);
        assert.deepEqual(document.parseResult.parserErrors, []);
        const errors = (document.diagnostics ?? []).filter((d) => d.severity === 1);
        assert.deepEqual(errors, []);
    });

    it('declares each commitment once: 43, counted by hand from the seed', () => {
        // A.1 8, A.2 5 bullets / 6 commitments, A.3 8, A.4 6 bullets / 7, A.5 8, B 4, C 2.
        assert.equal(declarations.length, 43);
        const ids = declarations.map((l) => /commitment ([\w-]+)/.exec(l)![1]);
        assert.equal(new Set(ids).size, 43);
        assert.ok(ids.includes('secure-trade-framework'));
        for (const id of ids) assert.doesNotMatch(id!, /^(commitment|work|needs|offers|contact|section)$/);
    });

    it('splits the A.2 and A.4 bullets the later lists show apart, with `continues`', () => {
        const continues = declarations.filter((l) => / continues /.test(l));
        assert.equal(continues.length, 2);
        assert.match(continues[0]!, /continues "Enhance ability to identify, assess, and share information/);
        assert.match(
            continues[1]!,
            /continues "Consider joining the Regional Movement Alert System \(RMAS\)" \(2006\) "\."/,
        );
        assert.match(noticeAt(170).join(), /2 commitments/);
        assert.match(noticeAt(337).join(), /2 commitments/);
    });

    it('keeps year groups where they stand inside the A.5 commitments', () => {
        assert.match(ctap.dsl, /export controls" \(2003, 2004, 2005, 2006\) "as well as take appropriate individual/);
        assert.match(ctap.dsl, /from abuse" \(2006\) "\."/);
        assert.match(
            ctap.dsl,
            /functional organizations" \(2003\) "in accordance with the relevant APEC rules and practices\."\n/,
        );
    });

    it('keeps the Japanese annotation as the commitment note', () => {
        assert.match(ctap.dsl, /best endeavours basis" \(2005\) "\." note "【警察庁、法務省、外務省（領旅）】"/);
    });

    it('declares one contact per distinct paragraph: maeda, maeda-2, maeda-3', () => {
        const contacts = [...ctap.dsl.matchAll(/^contact ([\w-]+) \{\n([^}]*)\}/gm)];
        assert.deepEqual(
            contacts.map((c) => c[1]),
            ['maeda', 'maeda-2', 'maeda-3'],
        );
        assert.match(contacts[0]![2]!, /email "apcc\.japan@mofa\.go\.jp"/);
        assert.match(contacts[1]![2]!, /title "Official, APEC Division, Ministry of Foreign Affairs"/);
        assert.match(contacts[1]![2]!, /email "apec\.japan@mofa\.go\.jp"/);
        assert.match(contacts[2]![2]!, /title "Official, APEC Div\. Ministry of Foreign Affairs"/);
        assert.match(contacts[0]![2]!, /phone "\+81-3-5501-8000" ext "5276"/);
        assert.match(ctap.dsl, /section A\.1 "Protect Cargo" \{\n {8}contact maeda\n/);
        assert.match(ctap.dsl, /contact maeda-2 role "Emergency Aviation Security Point of Contact"/);
        assert.match(ctap.dsl, /assistance \{\n {4}contact maeda-3\n {4}- "Economies with particular expertise/);
        assert.match(noticeAt(160).join(), /differs from `maeda` in email/);
        assert.match(noticeAt(641).join(), /differs from `maeda` in title, email/);
    });

    it('keeps drifted copies with `as` and says so for each drifting line', () => {
        assert.match(ctap.dsl, /offers authorized-economic-operator as "Complete the APEC .*Document" \(2011\) "\."\n/);
        assert.match(ctap.dsl, /undertaken ability-identify-assess as "Enhance ability .*interference" \(2011\)\n/);
        for (const line of [108, 122, 133, 145, 155, 194, 224, 363, 401, 412]) {
            assert.match(noticeAt(line).join(), /differs from the commitments list.*`as`/, `line ${line}`);
        }
        assert.match(noticeAt(85).join(), /normalised the spacing/);
    });

    it('keeps a measure written on the commitment line as `inline`', () => {
        assert.match(
            ctap.dsl,
            /undertaken ratification-commitment-ratify inline \{\n\s+- "Japan has ratified 13 international counter-terrorism conventions and protocols\."\n/,
        );
        assert.match(noticeAt(448).join(), /inline/);
    });

    it('joins the paragraphs a page break cut (A.2 and B) and says so', () => {
        assert.match(ctap.dsl, /January 2008 \(Philippines\), November 2008 \(Viet Nam\)/);
        assert.match(
            ctap.dsl,
            /Since the Mutual Evaluation was adopted, Japan has established a multi-agency task force/,
        );
        assert.match(noticeAt(191).join(), /page break/);
        assert.match(noticeAt(553).join(), /page break/);
    });

    it('removes markup but keeps the text verbatim, duplicates included', () => {
        assert.doesNotMatch(ctap.dsl, /\*\*|\\\$/);
        assert.match(ctap.dsl, /US\$295\.2 million/);
        assert.match(ctap.dsl, /"Cooperation between APEC member economies on training/);
        const repeated = 'Japan will continue to hold training courses and expert meetings on port security';
        assert.equal(ctap.dsl.split(repeated).length - 1, 3);
    });

    it('reads the header, the summary and the sections', () => {
        assert.match(
            ctap.dsl,
            /^ctap \{\n {4}template ctap-2013\n {4}forum "Asia-Pacific Economic Cooperation"\n {4}document "2014\/SOM1\/CTWG\/010"/,
        );
        assert.match(
            ctap.dsl,
            /meeting "1st Counter-Terrorism Working Group Meeting" at "Ningbo, China" on "22-23 February 2014"/,
        );
        assert.match(ctap.dsl, /calendar year 2013\n {4}last updated Sep 2012\n/);
        assert.equal((ctap.dsl.match(/^ {8}- /gm) ?? []).length > 14, true);
        assert.deepEqual(
            [...ctap.dsl.matchAll(/^ *section ([\w.]+) "([^"]*)"/gm)].map((m) => `${m[1]} ${m[2]}`),
            [
                'A ENHANCING THE SECURE FLOW OF TRADE AND PEOPLE IN THE APEC REGION',
                'A.1 Protect Cargo',
                'A.2 Protect Port Facilities and Ships Engaged in International Voyages',
                'A.3 Protect International Aviation',
                'A.4 Protect People in Transit',
                'A.5 Combat Threats to Security',
                'B HALTING TERRORIST FINANCING',
                'C PROMOTING CYBER SECURITY',
            ],
        );
    });

    it('writes the canonical layout: formatting the imported file changes nothing', () => {
        for (const result of [ctap, report]) {
            const formatted = formatPlanText(services.shared, result.dsl, URI.file('/imported.actionplan'));
            assert.equal(formatted.text, result.dsl);
        }
    });

    it('leaves the layout to the formatter: the printer writes statements only, one a line', () => {
        for (const [text, imported] of [
            [ctapText, ctap],
            [reportText, report],
        ] as const) {
            const { model, form } = readCanonicalText(text);
            const statements = printPlan(model, IMPORT_TEMPLATES[form]);
            const lines = statements.trimEnd().split('\n');
            assert.deepEqual(
                lines.filter((line) => line !== line.trim() || line === ''),
                [],
                'no indentation, no blank line',
            );
            const laidOut = formatPlanText(services.shared, statements, URI.file('/statements.actionplan')).text;
            assert.equal(laidOut, imported.dsl);
            assert.notEqual(laidOut, statements);
        }
    });
});

describe('import: seed 000 (progress report 2005)', () => {
    it('detects the form and reads title, date, intro, six areas and the footer', () => {
        assert.equal(report.form, 'progress-report');
        assert.match(report.dsl, /^report "Progress Report on \\"ASEAN-JAPAN Joint Declaration/);
        assert.match(report.dsl, /\n {4}date June 2005\n {4}intro "At the ASEAN-Japan Senior Officials Meeting/);
        assert.equal((report.dsl.match(/^area "/gm) ?? []).length, 6);
        assert.match(report.dsl, /\nfooter "Back to Index"\n$/);
        assert.match(report.dsl, /- "Maritime Security" \{\n {8}- "In March 2005, Japan held/);
        assert.match(report.dsl, /\(the same as 2\. \(1\)\)"/);
        assert.deepEqual(report.notices, []);
    });
});

describe('import: forms and errors', () => {
    it('honours an explicit form', () => {
        assert.equal(importCanonicalText(reportText, { form: 'progress-report' }).form, 'progress-report');
    });

    it('throws ImportError with the line for a text of neither form', () => {
        assert.throws(
            () => importCanonicalText('Dear colleagues,\n\nplease find attached.\n'),
            (e: unknown) => e instanceof ImportError && e.line === 1 && /--form/.test(e.message),
        );
    });

    it('throws ImportError at the line that has no place in the template', () => {
        const text =
            'EXECUTIVE SUMMARY\n\nA.1 Protect Cargo:\n\n- Implement the APEC Framework for Secure Trade (2005).\n';
        assert.throws(
            () => importCanonicalText(text),
            (e: unknown) =>
                e instanceof ImportError && e.line === 5 && e.column === 1 && /Implement the APEC/.test(e.message),
        );
    });
});

describe('import: damaged seeds', () => {
    const { services, parse } = createTestServices();
    afterEach(() => disposeAll(services));

    /** Truncations, dropped lines and cut lines of both seeds. */
    function damaged(): string[] {
        const variants: string[] = [];
        for (const text of [ctapText, reportText]) {
            const lines = text.split('\n');
            for (let i = 0; i < lines.length; i += 29) {
                variants.push(lines.slice(0, i).join('\n'));
                variants.push([...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'));
                variants.push([...lines.slice(0, i), lines[i]!.slice(0, 20), ...lines.slice(i + 1)].join('\n'));
            }
        }
        return variants;
    }

    it('either imports a plan that parses, or throws ImportError; never anything else', async () => {
        let imported = 0;
        for (const text of damaged()) {
            let dsl: string;
            try {
                dsl = importCanonicalText(text).dsl;
            } catch (error) {
                assert.ok(error instanceof ImportError, String(error));
                assert.ok(error.line >= 1 && error.column >= 1);
                continue;
            }
            const document = await parse(dsl);
            assert.deepEqual(document.parseResult.parserErrors, [], dsl.slice(0, 200));
            imported++;
        }
        assert.ok(imported > 30);
    });
});

describe('import: does not fix content', () => {
    const { services, parse } = createTestServices();
    afterEach(() => disposeAll(services));

    it('keeps a duplicated commitment and a missing contact point for lint to report', async () => {
        const lines = ctapText.split('\n');
        // Seed 004 with line 167 (a commitment of A.2) listed twice and A.2's contact paragraph (160-162) gone.
        const text = [...lines.slice(0, 159), ...lines.slice(162, 167), ...lines.slice(166)].join('\n');
        const result = importCanonicalText(text);
        assert.match(result.dsl, /commitment international-fight-piracy "Support international efforts/);
        assert.match(result.dsl, /commitment international-fight-piracy-2 "Support international efforts/);
        assert.match(result.dsl, /section A\.2 "[^"]*" \{\n\n? {8}commitment /);
        assert.ok(
            result.notices.some((n) => /`international-fight-piracy-2` .* missing from this list/.test(n.message)),
        );
        const document = await parse(result.dsl, { validation: true });
        const codes = (document.diagnostics ?? []).map((d) => d.code);
        assert.ok(codes.includes('duplicate-commitment'), codes.join());
        assert.ok(codes.includes('missing-contact'), codes.join());
    });
});
