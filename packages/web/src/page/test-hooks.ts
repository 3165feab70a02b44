import { startCompletion } from '@codemirror/autocomplete';
import { forEachDiagnostic } from '@codemirror/lint';
import type { LSPClient } from '@codemirror/lsp-client';
import type { PlanEditor } from './plan-editor.js';
import type { ProblemsModel } from './server-diagnostics.js';
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
    /** For the bench: the time (performance.now()) of the next diagnostics the server publishes for the shown file. */
    nextPublish(): Promise<number>;
    /** For the bench: types `text` at a 1-based line and column, as one user edit. */
    type(line: number, column: number, text: string): void;
    /** For the bench: deletes `length` characters at a 1-based line and column, as one user edit. */
    erase(line: number, column: number, length: number): void;
    /** For the bench: opens completion at a 1-based line and column; resolves with the time its list is drawn. */
    complete(line: number, column: number): Promise<number>;
}

export function exposeTestHooks(parts: {
    editor: PlanEditor;
    client: LSPClient;
    store: WorkspaceStore;
    problems: ProblemsModel;
}): void {
    const { editor, client, problems } = parts;
    const offset = (line: number, column: number) => editor.view.state.doc.line(line).from + column - 1;
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
        nextPublish: () =>
            new Promise((resolve) => {
                const stop = problems.onPublish((uri) => {
                    if (uri !== editor.currentUri) return;
                    stop();
                    resolve(performance.now());
                });
            }),
        type(line, column, text) {
            const at = offset(line, column);
            editor.view.dispatch({ changes: { from: at, insert: text }, userEvent: 'input.type' });
        },
        erase(line, column, length) {
            const at = offset(line, column);
            editor.view.dispatch({ changes: { from: at, to: at + length }, userEvent: 'delete' });
        },
        complete(line, column) {
            const at = offset(line, column);
            editor.view.dispatch({ selection: { anchor: at } });
            editor.view.focus();
            return new Promise((resolve) => {
                const observer = new MutationObserver(() => {
                    if (!document.querySelector('.cm-tooltip-autocomplete li')) return;
                    observer.disconnect();
                    resolve(performance.now());
                });
                observer.observe(editor.view.dom, { childList: true, subtree: true });
                startCompletion(editor.view);
            });
        },
    };
    (window as unknown as { actionPlanWeb: ActionPlanWebHooks }).actionPlanWeb = hooks;
}
