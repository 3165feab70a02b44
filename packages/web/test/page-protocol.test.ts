import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { ActionPlanCommands } from '@actionplan/language';
import { base64ToBytes, bytesToBase64 } from '../src/page/base64.js';
import { planFileName } from '../src/page/new-plan-dialog.js';
import { adaptAnswer } from '../src/page/server-answers.js';
import { markdownHtmlAsText } from '../src/page/hover-markdown.js';
import { ServerCommands } from '../src/page/server-commands.js';
import { workspaceName, workspaceUri } from '../src/shared/web-protocol.js';
// @ts-expect-error -- plain ESM build script without types
import { grammarKeywords } from '../scripts/grammar-keywords.mjs';

describe('web page: what it says to the server', () => {
    it('runs the server commands by their names in the language package', () => {
        assert.equal(ServerCommands.Export, ActionPlanCommands.Export);
        assert.equal(ServerCommands.Import, ActionPlanCommands.Import);
        assert.equal(ServerCommands.ExportDocx, ActionPlanCommands.ExportDocx);
        assert.equal(ServerCommands.ImportDocx, ActionPlanCommands.ImportDocx);
        assert.equal(ServerCommands.Templates, ActionPlanCommands.Templates);
        assert.equal(ServerCommands.NewPlan, ActionPlanCommands.NewPlan);
    });

    it('sends a .docx as base64 and reads one back, byte for byte (larger than one chunk)', () => {
        const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
        const base64 = bytesToBase64(bytes);
        assert.equal(base64, Buffer.from(bytes).toString('base64'));
        assert.deepEqual(base64ToBytes(base64), bytes);
    });

    it('names a new plan after its economy and year', () => {
        assert.equal(planFileName('Chile', 2026), 'chile-2026.actionplan');
        assert.equal(planFileName('Viet Nam', 2014), 'viet-nam-2014.actionplan');
        assert.equal(planFileName("Côte d'Ivoire", 2025), 'cote-d-ivoire-2025.actionplan');
        assert.equal(planFileName('香港', 2026), 'plan-2026.actionplan');
    });

    it('names workspace files by URI and back, folders and spaces included', () => {
        for (const name of ['plan.actionplan', 'catalog/apec commitments.actionplan', '.actionplanrc.json']) {
            assert.equal(workspaceName(workspaceUri(name)), name);
        }
        assert.equal(workspaceUri('catalog/a b.actionplan'), 'file:///workspace/catalog/a%20b.actionplan');
    });

    it('turns the LocationLinks of "go to definition" into the Locations the client reads', () => {
        const range = { start: { line: 9, character: 11 }, end: { line: 9, character: 33 } };
        const link = {
            targetUri: 'file:///workspace/catalog/c.actionplan',
            targetRange: { start: { line: 9, character: 0 }, end: { line: 9, character: 90 } },
            targetSelectionRange: range,
        };
        assert.deepEqual(adaptAnswer('textDocument/definition', [link]), [
            { uri: 'file:///workspace/catalog/c.actionplan', range },
        ]);
    });

    it('writes the HTML in hover Markdown as text, and leaves the rest of the Markdown alone', () => {
        assert.equal(markdownHtmlAsText('**<script>x</script>** `id`'), '**&lt;script&gt;x&lt;/script&gt;** `id`');
        const hover = adaptAnswer('textDocument/hover', {
            contents: { kind: 'markdown', value: 'Email: <img src=x onerror="y">' },
        }) as { contents: { value: string } };
        assert.equal(hover.contents.value, 'Email: &lt;img src=x onerror="y"&gt;');
    });

    it("highlights the grammar's keywords: every word keyword of grammar/action-plan.langium, no other", async () => {
        const keywords = (await grammarKeywords()) as string[];
        const grammar = readFileSync(new URL('../../../grammar/action-plan.langium', import.meta.url), 'utf8');
        const quoted = new Set([...grammar.matchAll(/'([A-Za-z_][\w-]*)'/g)].map((m) => m[1]!));
        assert.deepEqual(keywords, [...quoted].sort());
        for (const word of ['ctap', 'commitment', 'contact', 'catalog', 'import', 'planned'])
            assert.ok(keywords.includes(word));
    });
});
