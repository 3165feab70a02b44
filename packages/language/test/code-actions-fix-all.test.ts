import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver';
import { FIX_ALL_KIND } from '../src/lsp/action-plan-code-actions.js';
import { createTestServices, disposeAll } from './test-services.js';

const { services, parse } = createTestServices();

const plan = `ctap { economy "Japan" calendar year 2013 }

section B "Finance" {
    commitment fiu "Establish a financial intelligence unit" (2008, 2002, 2002) "."
}
`;

describe('source.fixAll.actionplan (code actions on save)', () => {
    afterEach(() => disposeAll(services));

    it('applies the safe fixes as one edit when asked for the fix-all kind only', async () => {
        const document = await parse(plan, { validation: true });
        const provider = services.ActionPlan.lsp.CodeActionProvider!;
        const actions = (await provider.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: [FIX_ALL_KIND] },
        })) as CodeAction[];
        assert.equal(actions.length, 1);
        assert.equal(actions[0]!.kind, 'source.fixAll.actionplan');
        const edits = actions[0]!.edit!.changes![document.uri.toString()]!;
        const fixed = TextDocument.applyEdits(TextDocument.create('x', 'actionplan', 1, plan), edits);
        assert.match(fixed, /\(2002, 2008\) "\."/);
    });

    it('offers nothing for a plan with nothing safe to fix', async () => {
        const document = await parse(plan.replace('(2008, 2002, 2002)', '(2002, 2008)'), { validation: true });
        const actions = await services.ActionPlan.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: ['source.fixAll'] },
        });
        assert.deepEqual(actions, []);
    });
});
