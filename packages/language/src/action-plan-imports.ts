import { UriUtils } from 'langium';
import type { URI } from 'langium';
import type { Document } from './generated/ast.js';

/** The URIs a document's `import "…"` statements point at, resolved against its own folder. */
export function resolveImports(document: Document, documentUri: URI): URI[] {
    const folder = UriUtils.dirname(documentUri);
    return document.imports
        .filter((imp) => (imp.path ?? '').length > 0)
        .map((imp) => UriUtils.resolvePath(folder, imp.path));
}
