import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { applySafeFixes } from '../src/lsp/action-plan-fix-all.js';
import { createTestServices, disposeAll } from './test-services.js';
import { edit, smallCtap, withCode } from './validation-helpers.js';

const { services, parse } = createTestServices();

/** Validates the text, asks the CodeActionProvider for actions on the diagnostics with this code. */
async function actionsFor(text: string, code: string): Promise<{ actions: CodeAction[]; diagnostics: Diagnostic[] }> {
    const document = await parse(text, { validation: true });
    const diagnostics = (document.diagnostics ?? []).filter((d) => d.code === code);
    const provider = services.ActionPlan.lsp.CodeActionProvider!;
    const actions = (await provider.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics },
    })) as CodeAction[];
    return { actions: actions ?? [], diagnostics };
}

function apply(text: string, action: CodeAction): string {
    const edits: TextEdit[] = Object.values(action.edit?.changes ?? {})[0] ?? [];
    return TextDocument.applyEdits(TextDocument.create('file:///x.actionplan', 'actionplan', 1, text), edits);
}

async function diagnosticsOf(text: string, code: string): Promise<string[]> {
    const document = await parse(text, { validation: true });
    return withCode(document.diagnostics ?? [], code);
}

describe('code actions', () => {
    afterEach(() => disposeAll(services));

    it('unsorted-years: sorts and de-duplicates the group', async () => {
        const text = edit(smallCtap, '(2006, 2007, 2011)', '(2011, 2006, 2011)');
        const { actions } = await actionsFor(text, 'unsorted-years');
        assert.deepEqual(
            actions.map((a) => a.title),
            ['Sort years: (2006, 2011)'],
        );
        const fixed = apply(text, actions[0]!);
        assert.ok(fixed.includes('after a terrorist attack" (2006, 2011) "."'));
        assert.deepEqual(await diagnosticsOf(fixed, 'unsorted-years'), []);
    });

    it('missing-timeframe: inserts `by <calendar year + 1>` after the measure', async () => {
        const text = edit(smallCtap, 'consolidators." by 2026', 'consolidators."');
        const { actions } = await actionsFor(text, 'missing-timeframe');
        assert.deepEqual(
            actions.map((a) => a.title),
            ['Add timeframe: by 2026'],
        );
        const fixed = apply(text, actions[0]!);
        assert.equal(fixed, smallCtap);
    });

    it("conflicting-contact: one action per differing field, taking the first contact's value", async () => {
        const text = edit(
            smallCtap,
            'contact chen {',
            'contact walker-2 {\n    name "Aroha WALKER"\n    title "Senior Policy Adviser, APEC Div."\n    email "apcc@mfat.govt.nz"\n}\n\ncontact chen {',
        );
        const { actions } = await actionsFor(text, 'conflicting-contact');
        assert.deepEqual(
            actions.map((a) => a.title),
            [
                'Use title "Senior Policy Adviser, APEC Unit, Ministry of Foreign Affairs and Trade" from contact walker',
                'Use email "apec@mfat.govt.nz" from contact walker',
            ],
        );
        const fixed = apply(text, actions[1]!);
        assert.ok(
            fixed.includes(
                'contact walker-2 {\n    name "Aroha WALKER"\n    title "Senior Policy Adviser, APEC Div."\n    email "apec@mfat.govt.nz"\n}',
            ),
        );
        assert.equal((await diagnosticsOf(fixed, 'conflicting-contact')).length, 1, 'only the title conflict is left');
    });

    it('duplicate-commitment: removes the repeat and points its blocks at the first', async () => {
        const text = edit(
            smallCtap,
            '    commitment financial-intelligence',
            '    commitment secure-trade-again "Implement the APEC Framework for **Secure** Trade" (2005)\n\n    planned secure-trade-again {\n        - "Sign two more mutual recognition arrangements." by 2026\n    }\n\n    commitment financial-intelligence',
        );
        const { actions } = await actionsFor(text, 'duplicate-commitment');
        assert.deepEqual(
            actions.map((a) => a.title),
            ['Remove duplicate commitment secure-trade-again and use secure-trade'],
        );
        const fixed = apply(text, actions[0]!);
        assert.ok(!fixed.includes('secure-trade-again'));
        assert.ok(fixed.includes('\n\n    planned secure-trade {\n        - "Sign two more'));
        assert.deepEqual(await diagnosticsOf(fixed, 'duplicate-commitment'), []);
        assert.deepEqual(await diagnosticsOf(fixed, 'unresolved-reference'), []);
    });

    it('missing-contact: one action per declared contact and one declaring a new contact', async () => {
        const text = edit(
            smallCtap,
            'section B "HALTING TERRORIST FINANCING" {\n    contact walker\n',
            'section B "HALTING TERRORIST FINANCING" {\n',
        );
        const { actions } = await actionsFor(text, 'missing-contact');
        assert.deepEqual(
            actions.map((a) => a.title),
            [
                'Add contact point walker (Aroha WALKER)',
                'Add contact point chen (Daniel CHEN)',
                'Declare a new contact new-contact and add it as contact point',
            ],
        );
        assert.equal(apply(text, actions[0]!), smallCtap, 'the reference goes where the canonical layout puts it');
        const skeleton = apply(text, actions[2]!);
        assert.ok(
            skeleton.includes('    email "avsec.contact@caa.govt.nz"\n}\n\ncontact new-contact {\n    name ""\n'),
        );
        assert.ok(
            skeleton.includes('section B "HALTING TERRORIST FINANCING" {\n    contact new-contact\n\n    commitment'),
        );
        assert.deepEqual(await diagnosticsOf(skeleton, 'missing-contact'), []);
    });

    it('missing-contact: adds the closing assistance part when the plan has none', async () => {
        const text = edit(smallCtap, '\nassistance {\n    contact walker\n}\n', '');
        const { actions } = await actionsFor(text, 'missing-contact');
        assert.equal(actions[0]!.title, 'Add contact point walker (Aroha WALKER)');
        assert.equal(apply(text, actions[0]!), smallCtap);
    });

    it('--fix: applies only the safe fixes (sort years, merge an exact duplicate)', async () => {
        let text = edit(smallCtap, '(2006, 2007, 2011)', '(2011, 2007, 2006)');
        text = edit(
            text,
            '    commitment financial-intelligence',
            '    commitment secure-trade-again "Implement the APEC Framework for Secure Trade" (2005) "."\n    commitment financial-intelligence',
        );
        text = edit(text, '"Implement the revised', '"Implement the revised');
        text = edit(text, 'consolidators." by 2026', 'consolidators."');
        const document = await parse(text, { validation: true });
        const { text: fixed, applied } = applySafeFixes(document, document.diagnostics ?? []);
        assert.deepEqual(
            applied.map((a) => `${a.line + 1}:${a.character + 1} ${a.code} ${a.title}`),
            [
                '55:142 unsorted-years Sort years: (2006, 2007, 2011)',
                '92:16 duplicate-commitment Remove duplicate commitment secure-trade-again and use secure-trade',
            ],
        );
        assert.equal(
            fixed,
            edit(smallCtap, 'consolidators." by 2026', 'consolidators."'),
            'missing-timeframe is not a safe fix',
        );
    });
});
