import { DefaultDocumentBuilder, DocumentState } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
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

    /**
     * Langium skips a document's phase listeners once the build is cancelled, even
     * when the document did reach the phase. A plan validated just before an edit
     * elsewhere cancelled the build was then Validated, marked complete, and never had
     * its diagnostics published: with 100 plans opened at once, 1 run in 3 left one
     * plan without diagnostics for good. Validated documents always notify.
     */
    protected override notifyDocumentPhase(
        document: LangiumDocument,
        state: DocumentState,
        cancelToken: CancellationToken,
    ): Promise<void> {
        return super.notifyDocumentPhase(
            document,
            state,
            state === DocumentState.Validated ? CancellationToken.None : cancelToken,
        );
    }
}
