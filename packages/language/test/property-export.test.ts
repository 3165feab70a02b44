import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { realisticCtapPlanArb, realisticReportPlanArb } from '../../../test/robustness/arbitraries-realistic.js';
import { loadExporter, loadImporter, missing } from '../../../test/robustness/optional-modules.js';
import { DEFAULT_PRINT, printPlan } from '../../../test/robustness/plan-printer.js';
import type { PlanModel } from '../../../test/robustness/plan-model.js';
import type { Document } from '../src/generated/ast.js';
import { createTestServices, disposeAll } from './test-services.js';

const { services, parse } = createTestServices();

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));

describe('property: export -> import -> export', () => {
    afterEach(() => disposeAll(services));

    for (const name of readdirSync(examples).filter((f) => f.endsWith('.actionplan'))) {
        it(`gives the same text export, byte for byte, for examples/${name}`, async () => {
            const exporter = await loadExporter();
            const importer = await loadImporter();
            if (!exporter) throw missing('exportPlan', 'packages/language/src/render/action-plan-render.ts');
            if (!importer)
                throw missing('importCanonicalText', 'packages/language/src/from-text/action-plan-from-text.ts');
            const source = await parse(readFileSync(join(examples, name), 'utf8'));
            const first = exporter.exportPlan(source.parseResult.value as Document, 'text');
            const imported = await parse(importer.importCanonicalText(first).dsl);
            assert.equal(exporter.exportPlan(imported.parseResult.value as Document, 'text'), first);
        });
    }

    for (const [form, arbitrary] of [
        ['ctap', realisticCtapPlanArb],
        ['progress-report', realisticReportPlanArb],
    ] as Array<['ctap' | 'progress-report', fc.Arbitrary<PlanModel>]>) {
        it(`gives the same text export, byte for byte, for generated ${form} plans`, async () => {
            const exporter = await loadExporter();
            const importer = await loadImporter();
            if (!exporter) throw missing('exportPlan', 'packages/language/src/render/action-plan-render.ts');
            if (!importer)
                throw missing('importCanonicalText', 'packages/language/src/from-text/action-plan-from-text.ts');
            await fc.assert(
                fc.asyncProperty(arbitrary, async (model) => {
                    try {
                        const source = await parse(printPlan(model, DEFAULT_PRINT));
                        const first = exporter.exportPlan(source.parseResult.value as Document, 'text');
                        const { dsl } = importer.importCanonicalText(first, { form });
                        const imported = await parse(dsl);
                        assert.deepEqual(
                            imported.parseResult.parserErrors.map((e) => e.message),
                            [],
                            dsl,
                        );
                        const second = exporter.exportPlan(imported.parseResult.value as Document, 'text');
                        assert.equal(second, first);
                    } finally {
                        await disposeAll(services);
                    }
                }),
                { numRuns: 60 },
            );
        });
    }
});
