import { setDiagnostics } from '@codemirror/lint';
import type { Action, Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { LSPPlugin } from '@codemirror/lsp-client';
import type { LSPClient, LSPClientExtension } from '@codemirror/lsp-client';
import { ViewPlugin } from '@codemirror/view';
import type { EditorView, ViewUpdate } from '@codemirror/view';
import type * as lsp from 'vscode-languageserver-protocol';
import { changesFor, textEditsFor } from './workspace-edit.js';

/** A diagnostic as the server sent it, with the quick fixes it offers. */
export interface Problem {
    diagnostic: lsp.Diagnostic;
    fixes: string[];
}

/** The diagnostics of every file the server published, for the Problems region. */
export class ProblemsModel {
    private readonly byUri = new Map<string, Problem[]>();
    private readonly listeners: ((uri: string) => void)[] = [];
    private readonly publishListeners: ((uri: string) => void)[] = [];

    /** Called for each publishDiagnostics the server sends (not for the quick fixes added after). */
    onPublish(listener: (uri: string) => void): () => void {
        this.publishListeners.push(listener);
        return () => this.publishListeners.splice(this.publishListeners.indexOf(listener) >>> 0, 1);
    }

    published(uri: string): void {
        for (const listener of [...this.publishListeners]) listener(uri);
    }

    get(uri: string): readonly Problem[] {
        return this.byUri.get(uri) ?? [];
    }

    get uris(): string[] {
        return [...this.byUri.keys()].filter((uri) => this.get(uri).length > 0);
    }

    set(uri: string, problems: Problem[]): void {
        this.byUri.set(uri, problems);
        for (const listener of this.listeners) listener(uri);
    }

    delete(uri: string): void {
        if (this.byUri.delete(uri)) for (const listener of this.listeners) listener(uri);
    }

    onChange(listener: (uri: string) => void): void {
        this.listeners.push(listener);
    }
}

const SEVERITY: Record<number, LintDiagnostic['severity']> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** A diagnostic's message as plain text (LSP 3.18 allows Markdown; the text is shown as text). */
export function messageOf(diagnostic: lsp.Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

export function severityOf(diagnostic: lsp.Diagnostic): LintDiagnostic['severity'] {
    return SEVERITY[diagnostic.severity ?? 1] ?? 'error';
}

function sameDiagnostic(a: lsp.Diagnostic, b: lsp.Diagnostic): boolean {
    return (
        a.message === b.message &&
        a.code === b.code &&
        a.range.start.line === b.range.start.line &&
        a.range.start.character === b.range.start.character &&
        a.range.end.line === b.range.end.line &&
        a.range.end.character === b.range.end.character
    );
}

/**
 * The quick fixes the server offers for a file's diagnostics, fetched after
 * syncing the editor, with a mapping so that edits made meanwhile are allowed for.
 */
async function quickFixes(client: LSPClient, uri: string, diagnostics: lsp.Diagnostic[]): Promise<lsp.CodeAction[]> {
    if (diagnostics.length === 0) return [];
    const end = { line: 1 << 30, character: 0 };
    const actions = await client.request<lsp.CodeActionParams, (lsp.CodeAction | lsp.Command)[] | null>(
        'textDocument/codeAction',
        {
            textDocument: { uri },
            range: { start: { line: 0, character: 0 }, end },
            context: { diagnostics, only: ['quickfix'] },
        },
    );
    return (actions ?? []).filter((action): action is lsp.CodeAction => 'edit' in action && !!action.edit);
}

/**
 * Applies the quick fix `title` for `diagnostic` to the file in `view`: the
 * fixes are asked for again on the current text, so a fix never lands on
 * text that moved since the diagnostic was published.
 */
export async function applyQuickFix(view: EditorView, diagnostic: lsp.Diagnostic, title: string): Promise<boolean> {
    const plugin = LSPPlugin.get(view);
    if (!plugin) return false;
    plugin.client.sync();
    const current = await plugin.client.request<lsp.CodeActionParams, (lsp.CodeAction | lsp.Command)[] | null>(
        'textDocument/codeAction',
        { textDocument: { uri: plugin.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } },
    );
    const action = (current ?? []).find((a): a is lsp.CodeAction => 'edit' in a && a.title === title);
    const edits = textEditsFor(action?.edit, plugin.uri);
    if (edits.length === 0 || LSPPlugin.get(view) !== plugin || !plugin.unsyncedChanges.empty) return false;
    view.dispatch({ changes: changesFor(view.state.doc, edits), userEvent: 'input.quickfix' });
    return true;
}

function toLint(plugin: LSPPlugin, problem: Problem): LintDiagnostic {
    const { diagnostic, fixes } = problem;
    const actions: Action[] = fixes.map((title) => ({
        name: title,
        apply: (view) => void applyQuickFix(view, diagnostic, title),
    }));
    return {
        from: plugin.unsyncedChanges.mapPos(plugin.fromPosition(diagnostic.range.start, plugin.syncedDoc)),
        to: plugin.unsyncedChanges.mapPos(plugin.fromPosition(diagnostic.range.end, plugin.syncedDoc)),
        severity: severityOf(diagnostic),
        message: messageOf(diagnostic),
        source: typeof diagnostic.code === 'string' ? diagnostic.code : undefined,
        actions,
    };
}

/**
 * Sends edits to the server `delay` ms after typing pauses (lsp-client's own
 * sync waits 500 ms; diagnostics should follow a keystroke faster than that).
 */
function autoSync(delay: number) {
    return ViewPlugin.fromClass(
        class {
            private pending: ReturnType<typeof setTimeout> | undefined;
            constructor(private readonly view: EditorView) {}
            update(update: ViewUpdate) {
                if (!update.docChanged) return;
                clearTimeout(this.pending);
                this.pending = setTimeout(() => LSPPlugin.get(this.view)?.client.sync(), delay);
            }
            destroy() {
                clearTimeout(this.pending);
            }
        },
    );
}

/**
 * Diagnostics from the server into the editor (squiggles, lint tooltips with
 * the quick fixes as buttons) and into a ProblemsModel for the Problems region.
 */
export function serverDiagnostics(model: ProblemsModel, options: { syncDelay: number }): LSPClientExtension {
    return {
        clientCapabilities: {
            textDocument: {
                publishDiagnostics: { versionSupport: true },
                codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
            },
        },
        notificationHandlers: {
            'textDocument/publishDiagnostics': (client, params: lsp.PublishDiagnosticsParams) => {
                const file = client.workspace.getFile(params.uri);
                if (file && params.version != null && params.version !== file.version) return true;
                const problems = params.diagnostics.map((diagnostic) => ({ diagnostic, fixes: [] as string[] }));
                model.set(params.uri, problems);
                model.published(params.uri);
                const view = file?.getView();
                const plugin = view && LSPPlugin.get(view);
                if (!view || !plugin || !file) return true;
                view.dispatch(
                    setDiagnostics(
                        view.state,
                        problems.map((p) => toLint(plugin, p)),
                    ),
                );
                const version = file.version;
                void quickFixes(client, params.uri, params.diagnostics).then(
                    (actions) => {
                        if (actions.length === 0 || file.version !== version || LSPPlugin.get(view) !== plugin) return;
                        for (const problem of problems) {
                            problem.fixes = actions
                                .filter((a) => a.diagnostics?.some((d) => sameDiagnostic(d, problem.diagnostic)))
                                .map((a) => a.title);
                        }
                        model.set(params.uri, problems);
                        view.dispatch(
                            setDiagnostics(
                                view.state,
                                problems.map((p) => toLint(plugin, p)),
                            ),
                        );
                    },
                    () => undefined,
                );
                return true;
            },
        },
        editorExtension: autoSync(options.syncDelay),
    };
}
