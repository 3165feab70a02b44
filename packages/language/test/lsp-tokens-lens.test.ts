import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clearDocuments, highlightHelper } from 'langium/test';
import { createTestServices } from './test-services.js';

const smallCtap = readFileSync(
    fileURLToPath(new URL('../../../examples/small-ctap.actionplan', import.meta.url)),
    'utf8',
);
const { services, parse } = createTestServices();

describe('semantic tokens', () => {
    afterEach(() => clearDocuments(services.shared));

    it('colours ids, references, years, dates and contact fields by meaning', async () => {
        const { tokens } = await highlightHelper(services.ActionPlan)(`ctap { calendar year 2013 last updated Sep 2012 }
contact maeda { name "T" phone "1" ext "2" email "e" }
section A.1 "Protect Cargo" {
    contact maeda
    commitment aeo "Implement" (2005, 2011) "."
    planned aeo { - "More." by 2014 }
}`);
        // The only modifier used is `declaration`; the decoder gives modifiers as a bit set.
        const seen = tokens.map((t) => `${t.text}:${t.tokenType}${t.tokenModifiers ? '+declaration' : ''}`);
        assert.deepEqual(seen, [
            '2013:number',
            'Sep:number',
            '2012:number',
            'maeda:variable+declaration',
            'name:property',
            'phone:property',
            'ext:property',
            'email:property',
            'A.1:namespace+declaration',
            'maeda:variable',
            'aeo:function+declaration',
            '2005:number',
            '2011:number',
            'aeo:function',
            '2014:number',
        ]);
    });
});

describe('code lens', () => {
    afterEach(() => clearDocuments(services.shared));

    it('says above each commitment in how many blocks and measures it is reported', async () => {
        const document = await parse(smallCtap);
        const lenses = await services.ActionPlan.lsp.CodeLensProvider!.provideCodeLens(document, {
            textDocument: { uri: document.uri.toString() },
        });
        const lines = smallCtap.split('\n');
        assert.deepEqual(
            lenses!.map((lens) => [lines[lens.range.start.line]!.trim().split(' ')[1], lens.command!.title]),
            [
                ['secure-trade', 'reported in 2 blocks · 2 measures'],
                ['trade-recovery', 'reported in 2 blocks · 2 measures'],
                ['baggage-screening', 'reported in 2 blocks · 2 measures'],
                ['financial-intelligence', 'reported in 2 blocks · 2 measures'],
            ],
        );
    });

    it('counts blocks without items, and a commitment nobody reports', async () => {
        const document = await parse(
            'ctap { }\nsection A "A" {\n    commitment a "A"\n    commitment b "B"\n\n    undertaken a {\n        - "One." { - "Detail" }\n        - "Two."\n    }\n    needs a\n}\n',
        );
        const lenses = await services.ActionPlan.lsp.CodeLensProvider!.provideCodeLens(document, {
            textDocument: { uri: document.uri.toString() },
        });
        assert.deepEqual(
            lenses!.map((lens) => lens.command!.title),
            ['reported in 2 blocks · 2 measures', 'reported in 0 blocks · 0 measures'],
        );
    });
});
