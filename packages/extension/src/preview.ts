import * as vscode from 'vscode';
import type { ServerRequests } from './server-requests.js';
import { planDocument } from './export-commands.js';

export const PREVIEW_SCHEME = 'actionplan-preview';
const UPDATE_DELAY_MS = 250;

/**
 * "Preview Canonical Text": a read-only virtual document beside the editor
 * holding the server's canonical-text export, refreshed as the plan changes.
 * Its URI carries the plan's URI in the query.
 */
export class CanonicalTextPreview implements vscode.TextDocumentContentProvider, vscode.Disposable {
    private readonly changed = new vscode.EventEmitter<vscode.Uri>();
    readonly onDidChange = this.changed.event;
    private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly server: ServerRequests) {
        this.disposables.push(
            vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, this),
            vscode.workspace.onDidChangeTextDocument((event) => this.scheduleUpdate(event.document.uri)),
        );
    }

    static previewUri(source: vscode.Uri): vscode.Uri {
        const base = source.path.slice(source.path.lastIndexOf('/') + 1).replace(/\.actionplan$/, '');
        return vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/Preview ${base}.txt`, query: source.toString() });
    }

    async show(resource?: vscode.Uri): Promise<void> {
        const document = await planDocument(resource);
        if (!document) {
            void vscode.window.showErrorMessage('Open an .actionplan file to preview it.');
            return;
        }
        const preview = await vscode.workspace.openTextDocument(CanonicalTextPreview.previewUri(document.uri));
        await vscode.window.showTextDocument(preview, {
            viewColumn: vscode.ViewColumn.Beside,
            preserveFocus: true,
            preview: false,
        });
    }

    async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
        try {
            // A preview shows the plan as it would export even while it has errors: the Problems panel lists them.
            return (await this.server.export(uri.query, 'text', true)).text ?? '';
        } catch (error) {
            return `The preview could not be made: ${error instanceof Error ? error.message : String(error)}\n`;
        }
    }

    /** Debounced: typing fires a change per keystroke. Only open previews are refreshed. */
    private scheduleUpdate(source: vscode.Uri): void {
        if (source.scheme === PREVIEW_SCHEME) return;
        const preview = CanonicalTextPreview.previewUri(source);
        if (!vscode.workspace.textDocuments.some((doc) => doc.uri.toString() === preview.toString())) return;
        const key = preview.toString();
        clearTimeout(this.timers.get(key));
        this.timers.set(
            key,
            setTimeout(() => {
                this.timers.delete(key);
                this.changed.fire(preview);
            }, UPDATE_DELAY_MS),
        );
    }

    dispose(): void {
        this.timers.forEach((timer) => clearTimeout(timer));
        this.disposables.forEach((d) => d.dispose());
        this.changed.dispose();
    }
}
