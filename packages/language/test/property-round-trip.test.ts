// DSL → text → DSL: for every plan that lints without errors, importing its text
// export gives the same plan (the same JSON export, ids set aside). And text →
// DSL → text: the text export of an imported plan imports to the same text.
// Over generated plans of both forms and every example.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { roundTripCtapArb, roundTripReportArb } from '../../../test/robustness/arbitraries-round-trip.js';
import { DEFAULT_PRINT, printPlan } from '../../../test/robustness/plan-printer.js';
import type { PlanModel } from '../../../test/robustness/plan-model.js';
import { withoutIds } from '../../../test/robustness/round-trip-json.js';
import { importCanonicalText } from '../src/from-text/action-plan-from-text.js';
import type { Document } from '../src/generated/ast.js';
import { buildExportModel } from '../src/render/action-plan-render-model.js';
import { exportPlan } from '../src/render/action-plan-render.js';
import { createTestServices, disposeAll, PARTIAL_PLANS } from './test-services.js';

// The export drops the comments that turn the conformance rules off in the small examples.
const { services, parse } = createTestServices(PARTIAL_PLANS);
const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** How many generated plans of each form: `ROUND_TRIP_RUNS` (npm run fuzz) or the CI default. */
export const RUNS = Number(process.env.ROUND_TRIP_RUNS ?? 500);

async function parsed(dsl: string) {
    const document = await parse(dsl, { validation: true });
    const errors = (document.diagnostics ?? []).filter((d) => d.severity === 1);
    return { root: document.parseResult.value as Document, errors: errors.map((e) => e.message) };
}

/** Asserts the round trip on one plan that lints without errors; returns false for a plan with errors. */
async function roundTrip(dsl: string, form?: 'ctap' | 'progress-report'): Promise<boolean> {
    const source = await parsed(dsl);
    if (source.errors.length > 0) return false;
    const text = exportPlan(source.root, 'text');
    const imported = importCanonicalText(text, form ? { form } : {});
    const back = await parsed(imported.dsl);
    assert.deepEqual(back.errors, [], `the imported plan has errors:\n${imported.dsl}`);
    assert.deepEqual(
        withoutIds(buildExportModel(back.root)),
        withoutIds(buildExportModel(source.root)),
        `text export:\n${text}\nimported:\n${imported.dsl}`,
    );
    // text → DSL → text is a fixed point.
    assert.equal(exportPlan(back.root, 'text'), text);
    return true;
}

describe('property: DSL -> text -> DSL gives the same plan', function () {
    this.timeout(600_000);
    afterEach(() => disposeAll(services));

    for (const name of readdirSync(examples).filter((f) => f.endsWith('.actionplan') && !f.startsWith('catalog'))) {
        it(`examples/${name}`, async () => {
            assert.ok(await roundTrip(readFileSync(join(examples, name), 'utf8')), `examples/${name} has lint errors`);
        });
    }

    for (const [form, arbitrary] of [
        ['ctap', roundTripCtapArb],
        ['progress-report', roundTripReportArb],
    ] as Array<['ctap' | 'progress-report', fc.Arbitrary<PlanModel>]>) {
        it(`${RUNS} generated ${form} plans`, async () => {
            let done = 0;
            await fc.assert(
                fc.asyncProperty(arbitrary, async (model) => {
                    try {
                        const clean = await roundTrip(printPlan(model, DEFAULT_PRINT), form);
                        fc.pre(clean);
                        done++;
                    } finally {
                        await disposeAll(services);
                    }
                }),
                { numRuns: RUNS },
            );
            // The generator makes plans without lint errors: nearly every case is a real check.
            assert.ok(done >= RUNS * 0.95, `only ${done} of ${RUNS} generated plans were lint-clean`);
        });
    }
});
