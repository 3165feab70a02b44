import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils, URI } from 'langium';
import type { LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { VirtualFileSystemProvider } from 'langium/test';
import type { Hover, LocationLink } from 'vscode-languageserver';
import { diagnoseFiles } from '../src/workspace/action-plan-documents.js';
import { createActionPlanServices } from '../src/action-plan-module.js';
import { isBlock } from '../src/generated/ast.js';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
const CATALOG = readFileSync(`${examples}catalog/apec-leaders-commitments.actionplan`, 'utf8');
const USER = readFileSync(`${examples}catalog-user.actionplan`, 'utf8');

/**
 * Services over an in-memory file system holding `files` (paths under /w/), all
 * loaded and validated; with `folder`, as an editor opened on /w/<folder>.
 */
async function workspace(files: Record<string, string>, folder?: string) {
    const fileSystem = new VirtualFileSystemProvider();
    const services = createActionPlanServices({ fileSystemProvider: () => fileSystem });
    if (folder) {
        const uri = URI.file(`/w/${folder}`).toString();
        services.shared.workspace.WorkspaceManager.initialize({
            processId: null,
            rootUri: uri,
            capabilities: {},
            workspaceFolders: [{ uri, name: folder }],
        });
    }
    const documents: Record<string, LangiumDocument> = {};
    for (const [path, text] of Object.entries(files)) {
        fileSystem.insert(URI.file(`/w/${path}`), text);
        documents[path] = await services.shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(`/w/${path}`));
    }
    await services.shared.workspace.DocumentBuilder.build(Object.values(documents), { validation: true });
    /** Rewrites (or, with undefined, deletes) files, as an editor saving them would, and rebuilds. */
    const change = async (changed: Record<string, string | undefined>) => {
        const updated: URI[] = [];
        const deleted: URI[] = [];
        for (const [path, text] of Object.entries(changed)) {
            const uri = URI.file(`/w/${path}`);
            if (text === undefined) {
                fileSystem.delete(uri);
                deleted.push(uri);
            } else {
                fileSystem.insert(uri, text);
                if (!services.shared.workspace.LangiumDocuments.hasDocument(uri)) {
                    await services.shared.workspace.LangiumDocuments.getOrCreateDocument(uri);
                }
                updated.push(uri);
            }
        }
        await services.shared.workspace.DocumentBuilder.update(updated, deleted);
    };
    return { services, documents, change };
}

const codes = (document: LangiumDocument) => (document.diagnostics ?? []).map((d) => d.code);

describe('shared catalogs: imports across files', () => {
    it('resolves a plan’s block references through the catalog it imports (the examples)', async () => {
        const { documents } = await workspace({
            'catalog/apec-leaders-commitments.actionplan': CATALOG,
            'catalog-user.actionplan': USER,
        });
        const user = documents['catalog-user.actionplan']!;
        assert.deepEqual(
            (user.diagnostics ?? []).filter((d) => d.severity === 1),
            [],
        );
        const blocks = AstUtils.streamAllContents(user.parseResult.value).filter(isBlock).toArray();
        assert.equal(blocks.length, 7);
        for (const block of blocks) {
            assert.ok(block.commitment.ref, block.commitment.$refText);
            const declaredIn = AstUtils.getDocument(block.commitment.ref).uri.path;
            assert.equal(declaredIn, '/w/catalog/apec-leaders-commitments.actionplan');
        }
    });

    it('navigates and hovers into the catalog, and renames across both files', async () => {
        const { services, documents } = await workspace({
            'catalog.actionplan': CATALOG,
            'plan.actionplan': USER.replace('catalog/apec-leaders-commitments', 'catalog'),
        });
        const plan = documents['plan.actionplan']!;
        const text = plan.textDocument.getText();
        const position = plan.textDocument.positionAt(text.indexOf('undertaken secure-trade-framework') + 12);
        const params = { textDocument: { uri: plan.uri.toString() }, position };
        const [link] = (await services.ActionPlan.lsp.DefinitionProvider!.getDefinition(
            plan,
            params,
        )) as LocationLink[];
        assert.equal(link!.targetUri, documents['catalog.actionplan']!.uri.toString());
        const hover = (await services.ActionPlan.lsp.HoverProvider!.getHoverContent(plan, params)) as Hover;
        const value = (hover.contents as { value: string }).value;
        assert.match(value, /Implement the APEC Framework for Secure Trade \(2005\)\./);
        assert.match(value, /\*Reported in\* 2 blocks · 2 measures/);
        assert.match(value, /\*Declared in\* catalog\.actionplan$/);
        const edit = await services.ActionPlan.lsp.RenameProvider!.rename(plan, { ...params, newName: 'secure-trade' });
        const files = Object.keys(edit!.changes!)
            .map((uri) => uri.slice(uri.lastIndexOf('/') + 1))
            .sort();
        assert.deepEqual(files, ['catalog.actionplan', 'plan.actionplan']);
        assert.equal(edit!.changes![plan.uri.toString()]!.length, 2);
    });

    it('does not resolve through a file that is not imported (no workspace-wide scope)', async () => {
        const { documents } = await workspace({
            'catalog.actionplan': CATALOG,
            'plan.actionplan': USER.replace('import "catalog/apec-leaders-commitments.actionplan"\n', ''),
        });
        assert.ok(codes(documents['plan.actionplan']!).includes('unresolved-reference'));
    });

    it('reports an import of a missing file as unresolved-import, on the path', async () => {
        const { documents } = await workspace({ 'plan.actionplan': 'import "nowhere.actionplan"\n\ncatalog "C"\n' });
        const diagnostic = documents['plan.actionplan']!.diagnostics!.find((d) => d.code === 'unresolved-import');
        assert.ok(diagnostic);
        assert.equal(diagnostic.severity, 1);
        assert.equal(diagnostic.message, 'Cannot find the imported file "nowhere.actionplan"');
        assert.deepEqual(diagnostic.range.start, { line: 0, character: 7 });
    });

    it('in the editor, refuses an import that leaves the workspace folder (import-outside-workspace)', async () => {
        const files = {
            'outside/catalog.actionplan': CATALOG,
            'project/plan.actionplan': USER.replace('catalog/apec-leaders-commitments', '../outside/catalog'),
        };
        const editor = (await workspace(files, 'project')).documents['project/plan.actionplan']!;
        const refused = editor.diagnostics!.find((d) => d.code === 'import-outside-workspace');
        assert.ok(refused, codes(editor).join(', '));
        assert.equal(refused.severity, 1);
        assert.equal(
            refused.message,
            'The imported file "../outside/catalog.actionplan" is outside the workspace folder and is not read',
        );
        assert.equal(editor.textDocument.getText(refused.range), '"../outside/catalog.actionplan"');
        // Nothing resolves through it (the blocks name catalog commitments) ...
        assert.ok(codes(editor).includes('unresolved-reference'));
        // ... while the CLI (no workspace folder) and an editor opened on /w read it.
        for (const folder of [undefined, '']) {
            const plan = (await workspace(files, folder)).documents['project/plan.actionplan']!;
            assert.deepEqual(
                (plan.diagnostics ?? []).filter((d) => d.severity === 1),
                [],
                `folder ${folder}`,
            );
        }
    });

    it('reports a path the real file system rejects (a NUL byte) as unresolved-import, not an exception', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'actionplan-imports-'));
        const path = join(folder, 'plan.actionplan');
        // The escape `\0` puts a NUL into the path; the file itself is text (a NUL byte would make it not-text).
        writeFileSync(path, 'import "bad\\0name.actionplan"\n\ncatalog "C"\n');
        const { shared } = createActionPlanServices(NodeFileSystem);
        const [result] = await diagnoseFiles(shared, [path]);
        assert.deepEqual(
            result!.diagnostics.map((d) => d.code),
            ['unresolved-import'],
        );
        assert.deepEqual(
            result!.diagnostics.filter((d) => /error occurred/i.test(d.message)),
            [],
        );
    });

    it('reports an import cycle on each file in it, without crashing', async () => {
        const { documents } = await workspace({
            'a.actionplan': 'import "b.actionplan"\n\ncatalog "A"\n\ncommitment a "A"\n',
            'b.actionplan': 'import "sub/../a.actionplan"\n\ncatalog "B"\n\ncommitment b "B"\n',
            'c.actionplan': 'import "c.actionplan"\n\ncatalog "C"\n',
        });
        const cycle = (path: string) => documents[path]!.diagnostics!.find((d) => d.code === 'import-cycle');
        assert.match(
            cycle('a.actionplan')!.message,
            /Import cycle: "b\.actionplan" leads back to this file \(b\.actionplan → a\.actionplan\)/,
        );
        assert.ok(cycle('b.actionplan'));
        assert.match(cycle('c.actionplan')!.message, /\(c\.actionplan\)/);
        assert.equal(cycle('a.actionplan')!.severity, 2);
    });

    it('re-validates a plan when the catalog it imports changes, appears or goes', async () => {
        const plan =
            'import "catalog.actionplan"\n\nctap {\n}\n\nsection A "A" {\n    contact x\n\n    undertaken c {\n        - "Done."\n    }\n}\n';
        const catalog = 'catalog "C"\n\ncontact x {\n    name "X"\n}\n\ncommitment c "C"\n';
        const { documents, change } = await workspace({ 'plan.actionplan': plan, 'catalog.actionplan': catalog });
        const planDocument = () => documents['plan.actionplan']!;
        assert.ok(!codes(planDocument()).includes('unresolved-reference'));
        await change({ 'catalog.actionplan': catalog.replace('commitment c "C"', 'commitment d "C"') });
        const unresolved = planDocument().diagnostics!.filter((d) => d.code === 'unresolved-reference');
        assert.deepEqual(
            unresolved.map((d) => d.range.start.line),
            [8],
        );
        await change({ 'catalog.actionplan': undefined });
        assert.ok(codes(planDocument()).includes('unresolved-import'));
        await change({ 'catalog.actionplan': catalog });
        assert.ok(!codes(planDocument()).includes('unresolved-import'));
        assert.ok(!codes(planDocument()).includes('unresolved-reference'));
    });
});
