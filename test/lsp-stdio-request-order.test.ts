import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { repoRoot } from './cli-helpers.js';
import { LspClient } from './lsp-client.js';

// An editor sends a request right behind the didOpen or didChange it depends on;
// the server builds documents later, under its workspace lock. A request must
// wait for the text it was sent after, never fail or answer from older text.
const path = join(repoRoot, 'examples/japan-ctap-2013.actionplan');
const text = readFileSync(path, 'utf8');
const flat = text
    .split('\n')
    .map((line) => line.trimStart())
    .join('\n');
const options = { tabSize: 4, insertSpaces: true };

describe('language server answers requests sent right behind didOpen / didChange (stdio)', function () {
    this.timeout(120000);
    let client: LspClient;

    before(async () => {
        client = new LspClient(pathToFileURL(join(repoRoot, 'examples')).toString());
        await client.initialize();
    });
    after(() => client.stop());

    const format = (uri: string) =>
        client.connection.sendRequest<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options });
    const apply = (uri: string, before: string, edits: TextEdit[]) =>
        TextDocument.applyEdits(TextDocument.create(uri, 'actionplan', 1, before), edits);

    it('formats each of 8 new files requested in the same tick as its didOpen, while others build', async () => {
        const uris = Array.from({ length: 8 }, (_, i) =>
            pathToFileURL(join(repoRoot, `examples/new-${i}.actionplan`)).toString(),
        );
        const answers = uris.map((uri) => {
            void client.open(uri, flat);
            return format(uri);
        });
        const results = await Promise.allSettled(answers);
        results.forEach((result, i) => {
            assert.equal(
                result.status,
                'fulfilled',
                `${uris[i]}: ${result.status === 'rejected' ? String(result.reason) : ''}`,
            );
            assert.equal(apply(uris[i]!, flat, (result as PromiseFulfilledResult<TextEdit[]>).value), text);
        });
    });

    it('formats the text of the latest didChange, not the text built before it', async () => {
        const uri = pathToFileURL(join(repoRoot, 'examples/changed.actionplan')).toString();
        await client.open(uri, text);
        await client.waitForDiagnostics(uri);
        assert.deepEqual(await format(uri), []);
        for (let version = 2; version < 8; version += 2) {
            void client.change(uri, flat, version);
            assert.equal(apply(uri, flat, await format(uri)), text, `version ${version}`);
            void client.change(uri, text, version + 1);
            assert.deepEqual(await format(uri), [], `version ${version + 1}`);
        }
    });
});
