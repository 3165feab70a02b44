import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
    clearDocuments,
    expectFindReferences,
    expectFoldings,
    expectGoToDefinition,
    expectHighlight,
} from 'langium/test';
import { ResponseError } from 'vscode-languageserver';
import type { LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getSelectionRanges } from '../src/lsp/action-plan-selection-ranges.js';
import { createTestServices } from './test-services.js';

const smallCtap = readFileSync(
    fileURLToPath(new URL('../../../examples/small-ctap.actionplan', import.meta.url)),
    'utf8',
);
const { services, parse } = createTestServices();

/** A plan with `<|>` and `<|…|>` markers put where a test needs them. */
function plan(marks: { walker: [string, string, string]; trade: [string, string, string] }): string {
    const [w0, w1, w2] = marks.walker;
    const [t0, t1, t2] = marks.trade;
    return `ctap { economy "New Zealand" }

contact ${w0} {
    name "Aroha WALKER"
}

section A "Trade" {
    section A.1 "Protect Cargo" {
        contact ${w1}

        commitment ${t0} "Implement the APEC Framework for Secure Trade" (2005) "."

        undertaken ${t1} {
            - "AEO programme."
        }
        planned ${t2}
    }
}

assistance {
    contact ${w2}
}
`;
}

const PLAIN_TRADE: [string, string, string] = ['secure-trade', 'secure-trade', 'secure-trade'];
const PLAIN_WALKER: [string, string, string] = ['walker', 'walker', 'walker'];
const MARKED_TRADE: [string, string, string] = ['<|secure-trade|>', '<|secure<|>-trade|>', '<|secure-trade|>'];
const MARKED_WALKER: [string, string, string] = ['<|walker|>', '<|walk<|>er|>', '<|walker|>'];

function positionOf(document: LangiumDocument, find: string, occurrence = 1, shift = 0) {
    let at = -1;
    for (let i = 0; i < occurrence; i++) at = document.textDocument.getText().indexOf(find, at + 1);
    return document.textDocument.positionAt(at + shift);
}

async function rename(text: string, find: string, newName: string, occurrence = 1): Promise<string> {
    const document = await parse(text);
    const edit = await services.ActionPlan.lsp.RenameProvider!.rename(document, {
        textDocument: { uri: document.uri.toString() },
        position: positionOf(document, find, occurrence, 1),
        newName,
    });
    return TextDocument.applyEdits(document.textDocument, edit?.changes?.[document.uri.toString()] ?? []);
}

describe('navigation: definition, references, highlight', () => {
    afterEach(() => clearDocuments(services.shared));

    it('goes from a contact point and from a block to the declaration anywhere in the file', async () => {
        const walker = plan({ walker: ['<|walker|>', 'walk<|>er', 'walker'], trade: PLAIN_TRADE });
        await expectGoToDefinition(services.ActionPlan)({ text: walker, index: 0, rangeIndex: 0 });
        const trade = plan({ walker: PLAIN_WALKER, trade: ['<|secure-trade|>', 'secure-trade', 'secure<|>-trade'] });
        await expectGoToDefinition(services.ActionPlan)({ text: trade, index: 0, rangeIndex: 0 });
    });

    it('finds all references of a contact and of a commitment, with and without the declaration', async () => {
        const find = expectFindReferences(services.ActionPlan);
        await find({ text: plan({ walker: MARKED_WALKER, trade: PLAIN_TRADE }), includeDeclaration: true });
        await find({ text: plan({ walker: PLAIN_WALKER, trade: MARKED_TRADE }), includeDeclaration: true });
        const withoutDeclaration: [string, string, string] = [
            'secure-trade',
            '<|secure<|>-trade|>',
            '<|secure-trade|>',
        ];
        await find({ text: plan({ walker: PLAIN_WALKER, trade: withoutDeclaration }), includeDeclaration: false });
    });

    it('highlights every occurrence of the commitment under the cursor', async () => {
        const text = plan({ walker: PLAIN_WALKER, trade: MARKED_TRADE });
        await expectHighlight(services.ActionPlan)({ text, index: 0, rangeIndex: [0, 1, 2] });
    });
});

describe('rename', () => {
    afterEach(() => clearDocuments(services.shared));

    it('renames a contact at its declaration, and every contact point', async () => {
        const after = await rename(smallCtap, 'walker {', 'aroha');
        assert.equal((after.match(/\baroha\b/g) ?? []).length, 5);
        assert.equal(after.includes('walker'), false);
    });

    it('renames a commitment from a block reference, in its declaration and every block', async () => {
        const after = await rename(smallCtap, 'secure-trade {', 'aeo');
        assert.match(after, /commitment aeo "Implement the APEC Framework/);
        assert.match(after, /undertaken aeo \{/);
        assert.match(after, /planned aeo \{/);
        assert.equal(after.includes('secure-trade'), false);
    });

    it('renames a section id such as A.3', async () => {
        const after = await rename(smallCtap, 'A.3 "Protect', 'A.2');
        assert.match(after, /section A\.2 "Protect International Aviation"/);
    });

    it('refuses an invalid id or a keyword, with a message', async () => {
        for (const [find, name, message] of [
            ['walker {', 'two words', /'two words' is not an id/],
            ['walker {', '1st', /'1st' is not an id/],
            ['walker {', 'section', /'section' is a keyword/],
            ['A.3 "Protect', 'A-3.x', /'A-3.x' is not a section id/],
            ['secure-trade {', 'planned', /'planned' is a keyword/],
        ] as const) {
            await assert.rejects(rename(smallCtap, find, name), (error: unknown) => {
                assert.ok(error instanceof ResponseError);
                assert.match(error.message, message);
                return true;
            });
        }
    });

    it('prepares a rename on names and references only', async () => {
        const document = await parse(smallCtap);
        const provider = services.ActionPlan.lsp.RenameProvider!;
        const at = (find: string, shift = 1) => ({
            textDocument: { uri: document.uri.toString() },
            position: positionOf(document, find, 1, shift),
        });
        const onReference = await provider.prepareRename(document, at('secure-trade {'));
        assert.equal(document.textDocument.getText(onReference as never), 'secure-trade');
        const onSection = await provider.prepareRename(document, at('A.1 "Protect', 2));
        assert.equal(document.textDocument.getText(onSection as never), 'A.1');
        assert.equal(await provider.prepareRename(document, at('undertaken secure-trade')), undefined);
    });
});

describe('folding ranges', () => {
    afterEach(() => clearDocuments(services.shared));

    it('folds sections, blocks, items with sub-items, contacts, the header and comments', async () => {
        const lines = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;
        await expectFoldings(services.ActionPlan)({
            // Langium lists nested ranges by their end; compare [startLine, endLine] pairs in order.
            assert: (foldings, expected) => {
                const document = TEXT.replace(/<\||\|>/g, '');
                const wanted = expected.map(([s, e]) => [lines(document, s), lines(document, e)]);
                wanted.sort((a, b) => a[0]! - b[0]!);
                assert.deepEqual(
                    foldings.map((f) => [f.startLine, f.endLine]),
                    wanted,
                );
            },
            text: TEXT,
        });
    });
});

const TEXT = `<|// A plan
// in two lines.|>
<|ctap {
    economy "Japan"|>
}

<|contact maeda {
    name "Tamaki MAEDA"|>
}

<|section A "A" {
    <|section A.1 "Protect Cargo" {
        commitment c "C" (2005)

        <|undertaken c {
            <|- "Measure" {
                - "Detail"|>
            }|>
        }|>
    }|>
}
`;

describe('selection ranges', () => {
    afterEach(() => clearDocuments(services.shared));

    it('expands from a year to its group, the commitment text, the commitment, the section and the file', async () => {
        const text = 'ctap { }\n\nsection A.1 "Protect Cargo" {\n    commitment c "Implement" (2005, 2006) "."\n}\n';
        const document = await parse(text);
        const [selection] = getSelectionRanges(document, [document.textDocument.positionAt(text.indexOf('2006') + 1)]);
        const texts: string[] = [];
        for (let s = selection; s; s = s.parent) texts.push(document.textDocument.getText(s.range));
        assert.deepEqual(texts.slice(0, 5), [
            '2006',
            '(2005, 2006)',
            '"Implement" (2005, 2006) "."',
            'commitment c "Implement" (2005, 2006) "."',
            'section A.1 "Protect Cargo" {\n    commitment c "Implement" (2005, 2006) "."\n}',
        ]);
        assert.equal(texts.at(-1), text);
    });
});
