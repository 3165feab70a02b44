import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
    CompletionItem,
    CompletionList,
    DocumentSymbol,
    FoldingRange,
    Hover,
    Location,
    LocationLink,
    Position,
    SelectionRange,
    TextEdit,
    WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { repoRoot } from './cli-helpers.js';
import { LspClient } from './lsp-client.js';

const path = join(repoRoot, 'examples/japan-ctap-2013.actionplan');
const uri = pathToFileURL(path).toString();
const text = readFileSync(path, 'utf8');
const lines = text.split('\n');
// Ids come from the importer; read them from the file rather than hard-coding them.
const commitment = /^ +commitment ([\w-]+) "Implement the APEC Framework for Secure Trade" \(2005\)/m.exec(text)![1]!;
const contact = /^contact ([\w-]+) \{/m.exec(text)![1]!;
const word = (id: string) => new RegExp(`(?<![\\w-])${id}(?![\\w-])`, 'g');

/** Position of the n-th occurrence of `find`, `shift` characters in. */
function at(find: string, shift = 0, occurrence = 1): Position {
    let offset = -1;
    for (let i = 0; i < occurrence; i++) offset = text.indexOf(find, offset + 1);
    assert.ok(offset >= 0, find);
    return TextDocument.create(uri, 'actionplan', 1, text).positionAt(offset + shift);
}

function count(pattern: RegExp): number {
    return text.match(pattern)?.length ?? 0;
}

describe('language server editor features over stdio (examples/japan-ctap-2013.actionplan)', function () {
    this.timeout(60000);
    let client: LspClient;

    before(async () => {
        // The examples folder as workspace: the server indexes only the example plans.
        client = new LspClient(pathToFileURL(join(repoRoot, 'examples')).toString());
        const init = await client.initialize();
        assert.ok(init.capabilities.documentSymbolProvider && init.capabilities.renameProvider);
        assert.ok(init.capabilities.documentFormattingProvider && init.capabilities.foldingRangeProvider);
        assert.equal(init.capabilities.selectionRangeProvider, true);
        await client.open(uri, text);
        await client.waitForDiagnostics(uri);
    });
    after(() => client.stop());

    const request = <R>(method: string, params: object): Promise<R> =>
        client.connection.sendRequest(method, { textDocument: { uri }, ...params });

    it('answers documentSymbol with the A, A.1–A.5, B, C hierarchy and commitments under their sections', async () => {
        const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', {});
        const sections = symbols.filter((s) => /^[A-Z] /.test(s.name));
        assert.deepEqual(
            sections.map((s) => s.name.split(' ')[0]),
            ['A', 'B', 'C'],
        );
        const a = sections[0]!;
        assert.deepEqual(
            a.children!.map((s) => s.name.split(' ')[0]),
            ['A.1', 'A.2', 'A.3', 'A.4', 'A.5'],
        );
        const a1 = a.children![0]!;
        assert.equal(a1.name, 'A.1 Protect Cargo');
        assert.equal(a1.children![0]!.name, commitment);
        assert.equal(a1.children![0]!.detail, 'Implement the APEC Framework for Secure Trade (2005).');
        assert.equal(symbols[0]!.name, 'Counter-Terrorism Action Plan – Japan');
        assert.ok(symbols.some((s) => s.name === 'Executive summary'));
    });

    it('completes the commitments at a block reference', async () => {
        const list = await request<CompletionList>('textDocument/completion', {
            position: at(`undertaken ${commitment}`, 'undertaken '.length),
        });
        const item = list.items.find((i: CompletionItem) => i.label === commitment);
        assert.ok(item, `${commitment} is offered`);
        assert.equal(item.detail, 'Implement the APEC Framework for Secure Trade (2005).');
        assert.ok(list.items.some((i) => i.label !== commitment && i.kind === 23));
    });

    it('hovers a commitment reference with its text and the blocks that report it', async () => {
        const hover = await request<Hover>('textDocument/hover', {
            position: at(`undertaken ${commitment}`, 'undertaken '.length + 2),
        });
        const value = (hover.contents as { value: string }).value;
        assert.ok(value.startsWith(`**Commitment \`${commitment}\`** · A.1 Protect Cargo`), value);
        assert.match(value, /Implement the APEC Framework for Secure Trade \(2005\)\./);
        assert.match(value, /\*Reported in\* 2 blocks · 2 measures/);
    });

    it('goes to the definition and finds every reference', async () => {
        const definition = await request<LocationLink[]>('textDocument/definition', {
            position: at(`undertaken ${commitment}`, 'undertaken '.length + 2),
        });
        assert.equal(definition.length, 1);
        assert.equal(definition[0]!.targetSelectionRange.start.line, at(`commitment ${commitment}`).line);
        const references = await request<Location[]>('textDocument/references', {
            position: at(`commitment ${commitment}`, 'commitment '.length + 2),
            context: { includeDeclaration: true },
        });
        assert.equal(references.length, count(word(commitment)));
    });

    it('renames a contact in its declaration and every contact point, and refuses a keyword', async () => {
        const edit = await request<WorkspaceEdit>('textDocument/rename', {
            position: at(`contact ${contact} {`, 'contact '.length + 1),
            newName: 'tamaki',
        });
        const edits = edit.changes![uri]!;
        assert.equal(edits.length, count(word(contact)));
        const renamed = TextDocument.applyEdits(TextDocument.create(uri, 'actionplan', 1, text), edits);
        assert.equal(count(word(contact)) > 1, true);
        assert.equal(word(contact).test(renamed), false);
        await assert.rejects(
            request('textDocument/rename', { position: at(`contact ${contact} {`, 9), newName: 'section' }),
            /'section' is a keyword/,
        );
    });

    it('formats a copy without indentation back to the file', async () => {
        const flat = text
            .split('\n')
            .map((line) => line.trimStart())
            .join('\n');
        const flatUri = uri.replace(/\.actionplan$/, '-flat.actionplan');
        await client.open(flatUri, flat);
        const edits = await client.connection.sendRequest<TextEdit[]>('textDocument/formatting', {
            textDocument: { uri: flatUri },
            options: { tabSize: 4, insertSpaces: true },
        });
        assert.ok(edits.length > 100);
        assert.equal(TextDocument.applyEdits(TextDocument.create(flatUri, 'actionplan', 1, flat), edits), text);
        const none = await request<TextEdit[]>('textDocument/formatting', {
            options: { tabSize: 4, insertSpaces: true },
        });
        assert.deepEqual(none, []);
    });

    it('folds each section and block, and expands a selection', async () => {
        const foldings = await request<FoldingRange[]>('textDocument/foldingRange', {});
        const sectionA = lines.findIndex((line) => line.startsWith('section A '));
        const closeA = lines.findIndex((line, i) => i > sectionA && line === '}');
        assert.ok(foldings.some((f) => f.startLine === sectionA && f.endLine === closeA - 1));
        const block = at(`undertaken ${commitment}`).line;
        assert.ok(foldings.some((f) => f.startLine === block && f.endLine === block + 1));
        const [selection] = await request<SelectionRange[]>('textDocument/selectionRange', {
            positions: [at('(2005)', 1)],
        });
        assert.deepEqual(selection!.range, { start: at('(2005)', 1), end: at('(2005)', 5) });
        assert.deepEqual(selection!.parent!.range, { start: at('(2005)'), end: at('(2005)', 6) });
    });
});
