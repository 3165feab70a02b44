import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import { exportPlan } from '../src/render/action-plan-render.js';
import { isDocument } from '../src/generated/ast.js';
import { createTestServices, disposeAll } from './test-services.js';
import { edit, show, smallCtap, withCode } from './validation-helpers.js';

const { services, parse } = createTestServices();

const fiuBlock =
    '    undertaken financial-intelligence {\n' +
    '        - "The New Zealand Financial Intelligence Unit exchanged information with 40 foreign FIUs."\n' +
    '    }\n';
const offersBlockEnd =
    '            - "New Zealand can share its Trade Recovery Programme exercise materials."\n        }\n';

/** small-ctap with B's `undertaken financial-intelligence` block written inside A.1 (the example). */
const misplaced = edit(
    edit(smallCtap, fiuBlock, ''),
    offersBlockEnd,
    offersBlockEnd + fiuBlock.replace(/^/gm, '    ').replace(/ {4}$/, ''),
);

/** The exported section with this id, searched through nested sections. */
function findSection(value: unknown, id: string): unknown {
    if (Array.isArray(value)) return value.map((v) => findSection(v, id)).find((v) => v !== undefined);
    if (!value || typeof value !== 'object') return undefined;
    if ((value as { id?: unknown }).id === id && 'blocks' in value) return value;
    return Object.values(value)
        .map((v) => findSection(v, id))
        .find((v) => v !== undefined);
}

async function validated(text: string, uri?: string) {
    return parse(text, { validation: true, documentUri: uri });
}

async function quickFixes(text: string, code: string): Promise<CodeAction[]> {
    const document = await validated(text);
    const diagnostics = (document.diagnostics ?? []).filter((d) => d.code === code);
    const provider = services.ActionPlan.lsp.CodeActionProvider!;
    return ((await provider.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostics[0]!.range,
        context: { diagnostics },
    })) ?? []) as CodeAction[];
}

function apply(text: string, action: CodeAction): string {
    const edits: TextEdit[] = Object.values(action.edit?.changes ?? {})[0] ?? [];
    return TextDocument.applyEdits(TextDocument.create('file:///x.actionplan', 'actionplan', 1, text), edits);
}

describe('misplaced-block', () => {
    afterEach(() => disposeAll(services));

    it("reports a block written in another section than its commitment's, on the reference", async () => {
        assert.ok(misplaced.includes('        undertaken financial-intelligence {\n            - "The New Zealand'));
        const document = await validated(misplaced);
        assert.deepEqual((document.diagnostics ?? []).map(show), [
            '69:20 error misplaced-block Block undertaken financial-intelligence is in section A.1, but commitment ' +
                'financial-intelligence is declared in section B (line 95): every export would report it under A.1',
        ]);
        // What the rule guards against: the export reports B's commitment under A.1.
        const sectionA1 = async (text: string) => {
            const root = (await validated(text)).parseResult.value;
            assert.ok(isDocument(root));
            return JSON.stringify(findSection(JSON.parse(exportPlan(root, 'json')), 'A.1'));
        };
        assert.ok((await sectionA1(misplaced)).includes('financial-intelligence'));
        assert.ok(!(await sectionA1(smallCtap)).includes('financial-intelligence'));
    });

    it('the quick fix moves the block back into its section, in template order and indentation', async () => {
        const actions = await quickFixes(misplaced, 'misplaced-block');
        assert.deepEqual(
            actions.map((a) => a.title),
            ['Move undertaken financial-intelligence to section B'],
        );
        const fixed = apply(misplaced, actions[0]!);
        assert.equal(fixed, smallCtap, 'before `planned financial-intelligence`, indented for B');
        assert.deepEqual(withCode((await validated(fixed)).diagnostics ?? [], 'misplaced-block'), []);
    });

    it('the quick fix puts the first block of a section after its commitments, with a blank line', async () => {
        const text =
            'ctap { economy "X" calendar year 2013 }\n' +
            'contact p { name "P" }\n' +
            'section A "A" {\n    contact p\n\n    commitment a "A" (2005) "."\n\n    undertaken a\n' +
            '    planned b {\n        - "Plan." by 2014\n    }\n}\n\n' +
            'section B "B" {\n    contact p\n\n    commitment b "B" (2006) "."\n}\n' +
            'assistance {\n    contact p\n}\n';
        const actions = await quickFixes(text, 'misplaced-block');
        assert.equal(actions.length, 1);
        assert.equal(
            apply(text, actions[0]!),
            'ctap { economy "X" calendar year 2013 }\n' +
                'contact p { name "P" }\n' +
                'section A "A" {\n    contact p\n\n    commitment a "A" (2005) "."\n\n    undertaken a\n}\n\n' +
                'section B "B" {\n    contact p\n\n    commitment b "B" (2006) "."\n\n' +
                '    planned b {\n        - "Plan." by 2014\n    }\n}\n' +
                'assistance {\n    contact p\n}\n',
        );
    });

    it('accepts blocks of catalog commitments in any section, and stays quiet on a file with syntax errors', async () => {
        await validated('catalog "Shared"\ncommitment k "K" (2005) "."\n', 'file:///w/catalog.actionplan');
        const plan =
            'import "catalog.actionplan"\nctap { economy "X" }\ncontact p { name "P" }\n' +
            'section A "A" {\n    contact p\n    undertaken k\n}\nsection B "B" {\n    contact p\n    planned k\n}\n';
        const clean = await validated(plan, 'file:///w/plan.actionplan');
        assert.deepEqual(withCode(clean.diagnostics ?? [], 'unresolved-reference'), [], 'k resolves');
        assert.deepEqual(withCode(clean.diagnostics ?? [], 'misplaced-block'), []);
        const broken = await validated(edit(misplaced, 'calendar year 2025', 'calendar year "2025"'));
        assert.equal(withCode(broken.diagnostics ?? [], 'syntax-error').length, 1);
        assert.deepEqual(withCode(broken.diagnostics ?? [], 'misplaced-block'), []);
    });
});

describe('duplicate-section', () => {
    afterEach(() => disposeAll(services));

    it('reports a second section with the same id in one plan, on its id', async () => {
        const text = edit(smallCtap, 'section A.3 "Protect International Aviation"', 'section A.1 "Protect Aviation"');
        assert.deepEqual(withCode((await validated(text)).diagnostics ?? [], 'duplicate-section'), [
            '71:13 error duplicate-section Section A.1 is declared twice (first on line 51)',
        ]);
    });

    it('reports a section whose id a file the plan imports also declares', async () => {
        const other =
            'ctap { economy "X" }\ncontact q { name "Q" }\nsection B "Other B" {\n    contact q\n' +
            '    commitment z "Z" (2005) "."\n}\n';
        await validated(other, 'file:///w/other.actionplan');
        const plan = 'import "other.actionplan"\n' + smallCtap;
        assert.deepEqual(
            withCode((await validated(plan, 'file:///w/plan.actionplan')).diagnostics ?? [], 'duplicate-section'),
            ['90:9 error duplicate-section Section B is also declared in the imported file other.actionplan (line 3)'],
        );
        assert.deepEqual(
            withCode((await validated(smallCtap, 'file:///w/alone.actionplan')).diagnostics ?? [], 'duplicate-section'),
            [],
            'a file that does not import other.actionplan is not compared with it',
        );
    });
});
