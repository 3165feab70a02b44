import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument } from 'langium';
import type { LangiumDocument } from 'langium';
import { planArb, printOptionsArb } from '../../../test/robustness/arbitraries.js';
import { printPlan } from '../../../test/robustness/plan-printer.js';
import { shapeOfAst, shapeOfModel } from '../../../test/robustness/plan-shape.js';
import type { Document } from '../src/generated/ast.js';
import { createTestServices, disposeAll } from './test-services.js';

const { services, parse } = createTestServices();

function format(document: LangiumDocument): string {
    const edits = services.ActionPlan.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 4, insertSpaces: true },
    });
    return TextDocument.applyEdits(document.textDocument, edits as Parameters<typeof TextDocument.applyEdits>[1]);
}

describe('property: the formatter', () => {
    afterEach(() => disposeAll(services));

    it('keeps the AST of a generated plan and is idempotent, from any layout', async () => {
        await fc.assert(
            fc.asyncProperty(planArb, printOptionsArb, async (model, options) => {
                try {
                    const once = format(await parse(printPlan(model, options)));
                    const reparsed = await parse(once);
                    assert.deepEqual(
                        reparsed.parseResult.parserErrors.map((e) => e.message),
                        [],
                        once,
                    );
                    assert.deepEqual(shapeOfAst(reparsed.parseResult.value as Document), shapeOfModel(model), once);
                    const twice = format(reparsed);
                    assert.equal(twice, once, 'formatting the formatted text changes it');
                } finally {
                    await disposeAll(services);
                }
            }),
            { numRuns: 150 },
        );
    });
});
