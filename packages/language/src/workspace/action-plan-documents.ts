import { URI } from 'langium';
import type { LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Diagnostic } from 'vscode-languageserver';
import { isDocument } from '../generated/ast.js';
import { isPlanPath } from '../facts/index.js';
import { resolveImports } from './action-plan-import-statements.js';

export interface FileDiagnostics {
    /** Absolute path of the linted file. */
    path: string;
    diagnostics: Diagnostic[];
}

/**
 * Loads plan files (and the files they import, so references resolve), builds
 * them with validation and returns each requested file's diagnostics, in the
 * order given.
 */
export async function diagnoseFiles(shared: LangiumSharedServices, paths: string[]): Promise<FileDiagnostics[]> {
    const requested = paths.map((path) => URI.file(path));
    const documents = await loadWithImports(shared, requested);
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const byUri = new Map(documents.map((document) => [document.uri.toString(), document]));
    return paths.map((path, index) => ({
        path,
        diagnostics: byUri.get(requested[index]!.toString())?.diagnostics ?? [],
    }));
}

async function loadWithImports(shared: LangiumSharedServices, uris: URI[]): Promise<LangiumDocument[]> {
    const langiumDocuments = shared.workspace.LangiumDocuments;
    const fileSystem = shared.workspace.FileSystemProvider;
    const seen = new Set<string>();
    const loaded: LangiumDocument[] = [];
    const requested = new Set(uris.map((uri) => uri.toString()));
    const queue = [...uris];
    while (queue.length > 0) {
        const uri = queue.shift()!;
        if (seen.has(uri.toString())) continue;
        seen.add(uri.toString());
        // A missing imported file is the importing file's problem, reported there.
        // Only plan files are loaded through imports; any other path is reported there too.
        if (!requested.has(uri.toString()) && (!isPlanPath(uri.path) || !(await exists(fileSystem, uri)))) continue;
        const document = await langiumDocuments.getOrCreateDocument(uri);
        loaded.push(document);
        const root = document.parseResult.value;
        if (isDocument(root)) queue.push(...resolveImports(root, uri));
    }
    return loaded;
}

async function exists(
    fileSystem: LangiumSharedServices['workspace']['FileSystemProvider'],
    uri: URI,
): Promise<boolean> {
    try {
        await fileSystem.readFile(uri);
        return true;
    } catch {
        return false;
    }
}
