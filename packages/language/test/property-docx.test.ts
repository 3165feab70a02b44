// Word out, Word in: a plan exported as .docx imports back to the same plan
// (the same JSON export, ids aside), over generated plans shaped like real
// ones; and a .docx typed in Word from the template imports to the same plan as
// the canonical text it stands for.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { realisticCtapPlanArb, realisticReportPlanArb } from '../../../test/robustness/arbitraries-realistic.js';
import { DEFAULT_PRINT, printPlan } from '../../../test/robustness/plan-printer.js';
import type { PlanModel } from '../../../test/robustness/plan-model.js';
import { importDocx } from '../src/from-docx/action-plan-from-docx.js';
import { importCanonicalText } from '../src/from-text/action-plan-from-text.js';
import type { Document } from '../src/generated/ast.js';
import { exportPlan, exportPlanDocx } from '../src/render/action-plan-render.js';
import { createTestServices, disposeAll } from './test-services.js';

const { services, parse } = createTestServices();
const fixtures = fileURLToPath(new URL('../../../test/fixtures/docx/', import.meta.url));

/** Names the importer makes up (ids of contacts, commitments, sections' references to them) set aside. */
const ID_KEYS = new Set(['id', 'contact', 'commitment']);
function withoutIds(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(withoutIds);
    if (value && typeof value === 'object') {
        return Object.fromEntries(
            Object.entries(value)
                .filter(([key]) => !ID_KEYS.has(key))
                .map(([key, inner]) => [key, withoutIds(inner)]),
        );
    }
    return value;
}

async function planJson(dsl: string): Promise<unknown> {
    const document = await parse(dsl);
    assert.deepEqual(
        document.parseResult.parserErrors.map((e) => e.message),
        [],
        dsl,
    );
    return withoutIds(JSON.parse(exportPlan(document.parseResult.value as Document, 'json')));
}

describe('property: export docx -> import docx', function () {
    // Each run writes and reads a whole Word document: a few hundred milliseconds.
    this.timeout(240_000);
    afterEach(() => disposeAll(services));

    for (const [form, arbitrary] of [
        ['ctap', realisticCtapPlanArb],
        ['progress-report', realisticReportPlanArb],
    ] as Array<['ctap' | 'progress-report', fc.Arbitrary<PlanModel>]>) {
        it(`imports generated ${form} plans as their text export does (same JSON, ids aside; same text)`, async () => {
            await fc.assert(
                fc.asyncProperty(arbitrary, async (model) => {
                    try {
                        const source = await parse(printPlan(model, DEFAULT_PRINT));
                        const root = source.parseResult.value as Document;
                        const text = exportPlan(root, 'text');
                        const imported = await importDocx(await exportPlanDocx(root));
                        assert.equal(imported.form, form);
                        // Word carries exactly what the canonical text carries: the same plan (JSON
                        // export, ids aside) as importing the text export ...
                        const viaText = importCanonicalText(text, { form });
                        assert.deepEqual(await planJson(imported.dsl), await planJson(viaText.dsl));
                        // ... which says what the plan says: the same canonical text. (Not the same JSON as
                        // the source plan: the template has no place for a contact no section names,
                        // and prints a `by` timeframe into its item's text.)
                        const back = await parse(imported.dsl);
                        assert.equal(exportPlan(back.parseResult.value as Document, 'text'), text);
                    } finally {
                        await disposeAll(services);
                    }
                }),
                { numRuns: 15 },
            );
        });
    }
});

describe('import docx: a document typed in Word from the template', () => {
    afterEach(() => disposeAll(services));

    it('imports to the same plan as the canonical text it stands for', async () => {
        const docx = await importDocx(readFileSync(`${fixtures}typed-in-word.docx`));
        const text = importCanonicalText(readFileSync(`${fixtures}typed-in-word.txt`, 'utf8'));
        assert.equal(docx.dsl, text.dsl);
        // What the text importer decided, said of the document's paragraphs.
        assert.deepEqual(docx.notices, [
            { where: 'paragraph 1', message: 'joined the lines of the heading "Asia-Pacific Economic Cooperation"' },
        ]);
    });

    it('reads automatic numbering, line breaks and contact tables as the canonical lines', async () => {
        const { text } = await importDocx(readFileSync(`${fixtures}typed-in-word.docx`));
        const lines = text.split('\n');
        // Word's numbering (no marker in the document's text) as the template's markers.
        assert.ok(lines.includes(' 1. Regional training on supply chain security for Pacific Island economies.'));
        assert.ok(lines.includes(' - Risk management for small customs administrations'));
        assert.ok(lines.includes('- Implement the APEC Framework for Secure Trade (2005).'));
        // A line break inside a labelled paragraph only wraps it; the meeting keeps its three lines.
        assert.ok(lines.some((l) => /^Objective: .*commitments, and to identify/.test(l)));
        assert.ok(lines.includes('Lima, Peru'));
        // A table with an empty Fax row and an `E-mail` label; a table with the role in its first row.
        assert.ok(lines.includes('Telephone Number: +64-4-473-0111 Email Address: security@maritimenz.govt.nz'));
        assert.ok(
            lines.includes(
                'Contact Point: Name: Zoë PARATA Title: Manager, Financial Intelligence Unit, New Zealand Police',
            ),
        );
    });
});
