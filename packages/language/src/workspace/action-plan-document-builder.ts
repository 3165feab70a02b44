import { DefaultDocumentBuilder, DocumentState, OperationCancelled } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import type { LangiumDocument, URI } from 'langium';
import { isDocument } from '../generated/ast.js';
import type { ActionPlanSharedServices } from '../action-plan-module.js';
import type { ActionPlanImports } from './action-plan-imports.js';
import { templateFileUri } from '../template/action-plan-template-files.js';

/**
 * Relinks and revalidates a plan when a file it imports changes, appears or goes,
 * even if the plan holds no reference into that file yet (Langium relinks only
 * documents with references into changed files or with unresolved references):
 * `unresolved-import` and `import-cycle` depend on the imported files themselves.
 * The same for the template file its header names.
 */
export class ActionPlanDocumentBuilder extends DefaultDocumentBuilder {
    protected readonly imports: ActionPlanImports;

    constructor(shared: ActionPlanSharedServices) {
        super(shared);
        this.imports = shared.workspace.PlanImports;
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const root = document.parseResult.value;
        if (
            isDocument(root) &&
            this.imports.targets(root, document.uri).some((uri) => changedUris.has(uri.toString()))
        ) {
            return true;
        }
        // Its template file: the template rules read it.
        const template = isDocument(root) ? templateFileUri(root, document.uri) : undefined;
        if (template && changedUris.has(template.toString())) return true;
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

    /**
     * An editor sends a request right behind the didOpen or didChange it depends on,
     * but the document is built later, under the workspace lock. Langium then failed
     * the request ("No document found") or answered from the text built before the
     * change (a format after a paste returned edits for the old text). A request for an
     * open document waits until the editor's latest text is parsed, then for `state` as usual.
     */
    protected override async awaitDocumentState(
        state: DocumentState,
        uri: URI,
        cancelToken: CancellationToken,
    ): Promise<URI> {
        while (this.isBehindEditor(uri)) {
            await this.nextPhase(uri, cancelToken);
        }
        return super.awaitDocumentState(state, uri, cancelToken);
    }

    /** True while the editor's text of an open document is not the text last parsed. */
    private isBehindEditor(uri: URI): boolean {
        const open = this.textDocuments?.get(uri.toString());
        if (!open) return false;
        const built = this.langiumDocuments.getDocument(uri);
        if (!built) return true;
        const builtText = built.parseResult.value.$cstNode?.root.fullText ?? '';
        return builtText !== open.getText();
    }

    /** Resolves when this document is parsed or a build ends (a cancelled one may skip the first): time to look again. */
    private nextPhase(uri: URI, cancelToken: CancellationToken): Promise<void> {
        if (cancelToken.isCancellationRequested) return Promise.reject(OperationCancelled);
        return new Promise((resolve, reject) => {
            const listeners = [
                this.onDocumentPhase(DocumentState.Parsed, (document) => {
                    if (document.uri.toString() === uri.toString()) done(resolve);
                }),
                this.onBuildPhase(DocumentState.Validated, () => done(resolve)),
                cancelToken.onCancellationRequested(() => done(() => reject(OperationCancelled))),
            ];
            const done = (settle: () => void) => {
                listeners.forEach((listener) => listener.dispose());
                settle();
            };
        });
    }
}
