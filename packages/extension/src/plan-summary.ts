import * as vscode from 'vscode';
import type { PlanSummary } from './protocol.js';
import type { ServerRequests } from './server-requests.js';

const REFRESH_DELAY_MS = 400;
const MAX_RETRIES = 5;

/**
 * The summary of the active plan, fetched from the server when the active
 * editor changes, after edits and when diagnostics change. The status bar
 * item and the Plan Summary view both listen to it.
 */
export class ActivePlanSummary implements vscode.Disposable {
    private readonly changed = new vscode.EventEmitter<void>();
    readonly onDidChange = this.changed.event;
    current: { uri: vscode.Uri; summary: PlanSummary } | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private failures = 0;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly server: ServerRequests) {
        this.disposables.push(
            vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
            vscode.workspace.onDidChangeTextDocument((e) => this.isActive(e.document.uri) && this.schedule()),
            vscode.languages.onDidChangeDiagnostics((e) => e.uris.some((uri) => this.isActive(uri)) && this.schedule()),
        );
        this.schedule(0);
    }

    /** The active editor's plan, or the last one shown when focus moved to a non-plan editor or a view. */
    activePlan(): vscode.TextDocument | undefined {
        const document = vscode.window.activeTextEditor?.document;
        return document?.languageId === 'actionplan' ? document : undefined;
    }

    private isActive(uri: vscode.Uri): boolean {
        return this.activePlan()?.uri.toString() === uri.toString();
    }

    schedule(delay = REFRESH_DELAY_MS): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), delay);
    }

    async refresh(): Promise<void> {
        const before = JSON.stringify(this.current);
        const document = this.activePlan();
        if (!document) {
            // Keep the last plan's summary while a non-editor (view, panel) has focus.
            if (!vscode.window.activeTextEditor && this.current) return;
            this.current = undefined;
        } else {
            try {
                this.current = { uri: document.uri, summary: await this.server.summary(document.uri.toString()) };
                this.failures = 0;
            } catch {
                // The server is restarting or the request was superseded: keep what is shown, try again.
                if (++this.failures <= MAX_RETRIES) this.schedule();
                return;
            }
        }
        // Diagnostics change often; redraw the views only when the summary did (a tree redrawn
        // while VS Code resolves an expanded node's children can lose them).
        if (JSON.stringify(this.current) !== before) this.changed.fire();
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.disposables.forEach((d) => d.dispose());
        this.changed.dispose();
    }
}
