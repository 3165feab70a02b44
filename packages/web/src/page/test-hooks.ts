import { forEachDiagnostic } from '@codemirror/lint';
import type { LSPClient } from '@codemirror/lsp-client';
import type { PlanEditor } from './plan-editor.js';
import type { WorkspaceStore } from './workspace-store.js';

/** What the page shows the browser tests and the bench: read-only views of the editor's state. */
export interface ActionPlanWebHooks {
    /** The editor's diagnostics (CodeMirror draws only visible lines, so the DOM is not the place to count them). */
    diagnostics(): { from: number; to: number; line: number; severity: string; message: string; source?: string }[];
    text(): string;
    /** The main selection: 1-based line and column of its start, and the selected text. */
    selection(): { line: number; column: number; text: string };
    currentName(): string | undefined;
    /** Resolves once the language server has answered `initialize`. */
    ready(): Promise<void>;
}

export function exposeTestHooks(parts: { editor: PlanEditor; client: LSPClient; store: WorkspaceStore }): void {
    const { editor, client } = parts;
    const hooks: ActionPlanWebHooks = {
        diagnostics() {
            const state = editor.view.state;
            const found: ReturnType<ActionPlanWebHooks['diagnostics']> = [];
            forEachDiagnostic(state, (d, from, to) =>
                found.push({
                    from,
                    to,
                    line: state.doc.lineAt(from).number,
                    severity: d.severity,
                    message: d.message,
                    source: d.source,
                }),
            );
            return found;
        },
        text: () => editor.text,
        selection() {
            const state = editor.view.state;
            const range = state.selection.main;
            const line = state.doc.lineAt(range.from);
            return {
                line: line.number,
                column: range.from - line.from + 1,
                text: state.sliceDoc(range.from, range.to),
            };
        },
        currentName: () => editor.currentName,
        ready: () => client.initializing.then(() => undefined),
    };
    (window as unknown as { actionPlanWeb: ActionPlanWebHooks }).actionPlanWeb = hooks;
}
