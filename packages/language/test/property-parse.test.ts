import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { planArb, printOptionsArb } from '../../../test/robustness/arbitraries.js';
import { rangeProblems } from '../../../test/robustness/diagnostic-ranges.js';
import { printPlan } from '../../../test/robustness/plan-printer.js';
import { shapeOfAst, shapeOfModel } from '../../../test/robustness/plan-shape.js';
import { createTestServices, disposeAll } from './test-services.js';

const { services, parse } = createTestServices();

describe('property: generated plans', () => {
    afterEach(() => disposeAll(services));

    it('parse(print(P)) has no syntax errors and equals P, in every layout, escape and line-ending style', async () => {
        await fc.assert(
            fc.asyncProperty(planArb, printOptionsArb, async (model, options) => {
                const text = printPlan(model, options);
                const document = await parse(text);
                try {
                    assert.deepEqual(document.parseResult.lexerErrors, [], text);
                    assert.deepEqual(
                        document.parseResult.parserErrors.map((e) => e.message),
                        [],
                        text,
                    );
                    assert.deepEqual(shapeOfAst(document.parseResult.value), shapeOfModel(model));
                } finally {
                    await disposeAll(services);
                }
            }),
            { numRuns: 300 },
        );
    });

    it('every diagnostic of a generated plan lies inside the document', async () => {
        await fc.assert(
            fc.asyncProperty(planArb, printOptionsArb, async (model, options) => {
                const text = printPlan(model, options);
                const document = await parse(text, { validation: true });
                try {
                    assert.deepEqual(rangeProblems(text, document.diagnostics ?? []), []);
                } finally {
                    await disposeAll(services);
                }
            }),
            { numRuns: 200 },
        );
    });
});
