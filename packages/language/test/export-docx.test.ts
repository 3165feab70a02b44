// The `docx` export, read back from word/document.xml (docx-xml.ts, not the
// importer): the template's Word structure, and every line of the canonical
// text export in the body, in order.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../src/generated/ast.js';
import { exportPlan, exportPlanDocx } from '../src/render/action-plan-render.js';
import { readDocxXml } from './docx-xml.js';
import type { DocxXml, XmlParagraph } from './docx-xml.js';
import { createTestServices, disposeAll } from './test-services.js';

const { services, parse } = createTestServices();
const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
const japan = readFileSync(join(examples, 'japan-ctap-2013.actionplan'), 'utf8');

async function exportBoth(source: string): Promise<{ text: string; docx: DocxXml; bytes: Uint8Array }> {
    const document = (await parse(source)).parseResult.value as Document;
    const bytes = await exportPlanDocx(document);
    return { text: exportPlan(document, 'text'), docx: await readDocxXml(bytes), bytes };
}

/** A list line of the text export without its marker (` 1. `, `- `, ` - `, `(1) `, `(a) `). */
const LIST_LINE = /^(?: \d+\. |[ ]*- |\(\d+\) |\([a-z]+\) )/;

const paragraphs = (docx: DocxXml) => docx.body.filter((e): e is XmlParagraph => e.kind === 'p');
const withStyle = (docx: DocxXml, style: string) =>
    paragraphs(docx)
        .filter((p) => p.style === style)
        .map((p) => p.lines.join('\n'));

/**
 * The body as lines: a paragraph's lines (a list paragraph with the marker its
 * Word numbering shows, as the canonical text writes it), a contact table's rows
 * joined after its `Contact Point:` paragraph as the template's two lines.
 */
function bodyLines(docx: DocxXml, report = false): string[] {
    const lines: string[] = [];
    const counts = new Map<string, number>();
    for (const element of docx.body) {
        if (element.kind === 'tbl') {
            const fields = element.rows.map(([label, value]) => `${label} ${value}`);
            const first = fields.filter((f) => /^(Name|Title):/.test(f));
            const rest = fields.filter((f) => !/^(Name|Title):/.test(f));
            lines[lines.length - 1] = [lines.at(-1), ...first].join(' ');
            if (rest.length > 0) lines.push(rest.join(' '));
            continue;
        }
        const [first = '', ...more] = element.lines;
        if (!element.list) {
            lines.push(first, ...more);
            continue;
        }
        const { numId, level, format, text } = element.list;
        // Word restarts a level after any item of a level above it.
        for (const key of [...counts.keys()]) {
            const [id, at] = key.split(':');
            if (id === numId && Number(at) > level) counts.delete(key);
        }
        const key = `${numId}:${level}`;
        const n = (counts.get(key) ?? 0) + 1;
        counts.set(key, n);
        const shown = format === 'lowerLetter' ? String.fromCharCode(96 + n) : String(n);
        const marker =
            format === 'bullet'
                ? `${' '.repeat(report ? level - 1 : level)}- `
                : text === '%1.'
                  ? ` ${shown}. `
                  : `${text.replace(/%\d/, shown)} `;
        lines.push((marker + first).trimEnd(), ...more);
    }
    return lines.filter((line) => line !== '');
}

describe('export docx', () => {
    afterEach(() => disposeAll(services));

    it('puts every line of the text export of seed 004 in the body, in order, and nothing else', async () => {
        const { text, docx } = await exportBoth(japan);
        assert.deepEqual(
            bodyLines(docx),
            text.split('\n').filter((line) => line !== ''),
        );
    });

    it('lays out seed 004 as the template: headings, bold questions, contact tables, Word lists', async () => {
        const { text, docx } = await exportBoth(japan);
        assert.deepEqual(withStyle(docx, 'Heading1'), [
            'EXECUTIVE SUMMARY',
            'A. ENHANCING THE SECURE FLOW OF TRADE AND PEOPLE IN THE APEC REGION',
            'B. HALTING TERRORIST FINANCING:',
            'C. PROMOTING CYBER SECURITY:',
            'POSSIBLE ASSISTANCE AND EXPERTISE TO OFFER',
        ]);
        assert.deepEqual(
            withStyle(docx, 'Heading2').map((h) => h.slice(0, 4)),
            ['A.1 ', 'A.2 ', 'A.3 ', 'A.4 ', 'A.5 '],
        );
        assert.deepEqual(withStyle(docx, 'Title'), ['2013 APEC COUNTER-TERRORISM ACTION PLAN']);
        // The template's questions: three of the summary, then six a section (commitments and five blocks).
        const questions = withStyle(docx, 'Question');
        assert.equal(questions.length, 3 + 6 * 7);
        assert.match(questions[0]!, /^1\. Summary of main achievements/);
        assert.match(/<w:style [^>]*w:styleId="Question"[\s\S]*?<\/w:style>/.exec(docx.styles)?.[0] ?? '', /<w:b\/>/);
        // One two-column table a contact point, labelled as the canonical text.
        const tables = docx.body.filter((e) => e.kind === 'tbl');
        assert.equal(tables.length, text.split('\n').filter((l) => /^[A-Z][^:]*Point[^:]*: Name:/.test(l)).length);
        for (const table of tables) {
            for (const row of table.rows) {
                assert.equal(row.length, 2);
                assert.ok(
                    ['Name:', 'Title:', 'Telephone Number:', 'Fax Number:', 'Email Address:'].includes(row[0]!),
                    row[0],
                );
            }
        }
        // List items are Word list paragraphs (w:numPr), never typed markers.
        const listLines = text.split('\n').filter((l) => LIST_LINE.test(l));
        const listParagraphs = paragraphs(docx).filter((p) => p.list);
        assert.equal(listParagraphs.length, listLines.length);
        assert.equal(
            listParagraphs.filter((p) => p.list!.format === 'decimal').length,
            listLines.filter((l) => /^ \d+\. /.test(l)).length,
        );
        assert.ok(listParagraphs.every((p) => !LIST_LINE.test(p.lines[0]!)));
        // Sub-items one level deeper.
        assert.ok(listParagraphs.some((p) => p.list!.level === 1));
    });

    it('prints on A4 with the document number and page numbers in the footer', async () => {
        const { docx } = await exportBoth(japan);
        assert.match(docx.document, /<w:pgSz w:w="11906" w:h="16838"/);
        assert.match(docx.footer, /2014\/SOM1\/CTWG\/010/);
        assert.match(docx.footer, /PAGE/);
        assert.match(docx.footer, /NUMPAGES/);
        // The footer is not the body: the document number appears there once, as in the text export.
        assert.equal(bodyLines(docx).filter((l) => l === '2014/SOM1/CTWG/010').length, 1);
    });

    for (const name of readdirSync(examples).filter((f) => f.endsWith('.actionplan'))) {
        it(`keeps the text export's lines of examples/${name}`, async () => {
            const { text, docx } = await exportBoth(readFileSync(join(examples, name), 'utf8'));
            assert.deepEqual(
                bodyLines(docx, name.includes('progress')),
                text.split('\n').filter((line) => line !== ''),
            );
        });
    }

    it('numbers a progress report (1), (2) with (a) sub-items, each area from (1)', async () => {
        const source = readFileSync(join(examples, 'asean-japan-progress-2005.actionplan'), 'utf8');
        const { text, docx } = await exportBoth(source);
        assert.deepEqual(
            bodyLines(docx, true),
            text.split('\n').filter((line) => line !== ''),
        );
        const formats = new Set(paragraphs(docx).flatMap((p) => (p.list ? [`${p.list.level}:${p.list.text}`] : [])));
        assert.ok(formats.has('0:(%1)') && formats.has('1:(%2)'), [...formats].join());
        assert.deepEqual(
            withStyle(docx, 'Heading1').map((h) => h.slice(0, 3)),
            ['1. ', '2. ', '3. ', '4. ', '5. ', '6. ', '7. ', '8. '].slice(0, withStyle(docx, 'Heading1').length),
        );
    });

    it('writes a plan without a body as a document with no text', async () => {
        const empty = await exportBoth('');
        assert.deepEqual(bodyLines(empty.docx), []);
        assert.ok(empty.docx.files.includes('word/document.xml'));
    });
});
