import { DefaultDocumentBuilder } from 'langium';
import type { LangiumDocument } from 'langium';
import { isDocument } from './generated/ast.js';
import { resolveImports } from './action-plan-imports.js';

/**
 * Relinks and revalidates a plan when a file it imports changes, appears or goes,
 * even if the plan holds no reference into that file yet (Langium relinks only
 * documents with references into changed files or with unresolved references):
 * `unresolved-import` and `import-cycle` depend on the imported files themselves.
 */
export class ActionPlanDocumentBuilder extends DefaultDocumentBuilder {
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const root = document.parseResult.value;
        if (isDocument(root) && resolveImports(root, document.uri).some((uri) => changedUris.has(uri.toString()))) {
            return true;
        }
        return super.shouldRelink(document, changedUris);
    }
}
