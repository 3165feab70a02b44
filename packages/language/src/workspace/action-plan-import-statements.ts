import { UriUtils } from 'langium';
import type { LangiumSharedCoreServices, URI } from 'langium';
import type { Document } from '../generated/ast.js';

/** The URIs a document's `import "…"` statements point at, resolved against its own folder. */
export function resolveImports(document: Document, documentUri: URI): URI[] {
    const folder = UriUtils.dirname(documentUri);
    return document.imports
        .filter((imp) => (imp.path ?? '').length > 0)
        .map((imp) => UriUtils.resolvePath(folder, imp.path));
}

/**
 * Whether the editor must refuse to follow an import: the importing file lies in
 * one of the workspace folders and the imported one in none of them (a plan from
 * a cloned repository must not make the editor read `../../../home/…`). The CLI
 * has no workspace folders and reads what the command line names.
 */
export function importLeavesWorkspace(shared: LangiumSharedCoreServices, importer: URI, target: URI): boolean {
    const folders = shared.workspace.WorkspaceManager.workspaceFolders ?? [];
    const inside = (uri: URI) => folders.some((folder) => UriUtils.contains(folder.uri, uri));
    return inside(importer) && !inside(target);
}

/** The imports of a document that may be read: all of them, less those that leave the workspace. */
export function readableImports(shared: LangiumSharedCoreServices, document: Document, documentUri: URI): URI[] {
    return resolveImports(document, documentUri).filter(
        (target) => !importLeavesWorkspace(shared, documentUri, target),
    );
}
