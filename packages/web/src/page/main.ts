// The web editor's page: the workspace store, the worker with the language
// server, the editor and the regions around it.
import { hoverTooltips, LSPClient, serverCompletion, signatureHelp } from '@codemirror/lsp-client';
import type * as lsp from 'vscode-languageserver-protocol';
import { FILES_NOTIFICATION, WORKSPACE_FOLDER, workspaceName, workspaceUri } from '../shared/web-protocol.js';
import { byId, download } from './dom.js';
import { FilesView } from './files-view.js';
import { sanitizeHtml } from './hover-markdown.js';
import { openFiles, openFolder } from './open-files.js';
import { OutlineView } from './outline-view.js';
import { PageWorkspace } from './page-workspace.js';
import { PlanEditor } from './plan-editor.js';
import { ProblemsView } from './problems-view.js';
import { applyQuickFix, ProblemsModel, serverDiagnostics } from './server-diagnostics.js';
import { exportPlan } from './server-commands.js';
import { wireExportButtons } from './export-buttons.js';
import { NewPlanDialog } from './new-plan-dialog.js';
import { messageOf, plural } from './wording.js';
import { WorkspaceStore } from './workspace-store.js';
import { workerTransport } from './worker-transport.js';
import { exposeTestHooks } from './test-hooks.js';

const status = byId('status');
function say(message: string): void {
    status.textContent = message;
}

const store = new WorkspaceStore(window.localStorage);
const worker = new Worker('worker.js');
const transport = workerTransport(worker);
// The worker's file system starts with every stored file, before the server initializes.
transport.notify(FILES_NOTIFICATION, { changed: store.allFiles(), deleted: [] });
store.onFilesChanged((changed, deleted) => transport.notify(FILES_NOTIFICATION, { changed, deleted }));

const problems = new ProblemsModel();
const client = new LSPClient({
    rootUri: WORKSPACE_FOLDER,
    timeout: 30_000,
    workspace: (c) => new PageWorkspace(c, (uri) => (showFile(workspaceName(uri)) ? editor.view : null)),
    // Hover text is Markdown quoting plan text: its HTML arrives as text (worker-transport.ts), and the
    // HTML the client makes of the Markdown is sanitized all the same.
    sanitizeHTML: sanitizeHtml,
    extensions: [serverCompletion(), hoverTooltips(), signatureHelp(), serverDiagnostics(problems, { syncDelay: 25 })],
}).connect(transport);

// ---- the editor and the files
let persistTimer: ReturnType<typeof setTimeout> | undefined;
function persistNow(): void {
    clearTimeout(persistTimer);
    persistTimer = undefined;
    const name = editor.currentName;
    if (name !== undefined) store.edit(name, editor.text, false);
    files.render();
    updateTitle();
}
const editor: PlanEditor = new PlanEditor(byId('editor'), client, () => {
    clearTimeout(persistTimer);
    persistTimer = setTimeout(persistNow, 200);
    markDirtyNow();
});

/** The unsaved marker follows the first keystroke, before the text is stored. */
function markDirtyNow(): void {
    const name = editor.currentName;
    if (name !== undefined && !store.isDirty(name)) {
        store.edit(name, editor.text, false);
        files.render();
        updateTitle();
    }
}

/** Shows a stored file in the editor; the one shown before is handed to the worker's file system. */
function showFile(name: string): boolean {
    const file = store.get(name);
    if (!file) return false;
    const previous = editor.currentName;
    if (previous !== undefined && previous !== name) {
        persistNow();
        transport.notify(FILES_NOTIFICATION, {
            changed: [{ uri: workspaceUri(previous), text: store.get(previous)?.text ?? '' }],
            deleted: [],
        });
    }
    store.current = name;
    editor.show(name, file.text);
    files.render();
    problemsView.render();
    updateTitle();
    scheduleRefresh();
    return true;
}

const files = new FilesView(byId('files'), store, {
    show: (name) => void showFile(name),
    current: () => editor.currentName,
});

function updateTitle(): void {
    const name = editor.currentName;
    const dirty = name !== undefined && store.isDirty(name);
    document.title = `${dirty ? '• ' : ''}${name ?? 'No plan'} — ActionPlan`;
    if (store.persistError) say(`This browser did not keep the latest changes: ${store.persistError}`);
}

// ---- Problems, Outline, Preview
const problemsView = new ProblemsView(byId('problems-list'), byId('problems-summary'), problems, {
    currentUri: () => editor.currentUri,
    reveal: (uri, range) => {
        if (uri !== editor.currentUri && !showFile(workspaceName(uri))) return;
        editor.reveal(range);
    },
    fix: (uri, diagnostic, title) => {
        if (uri !== editor.currentUri && !showFile(workspaceName(uri))) return;
        void applyQuickFix(editor.view, diagnostic, title).then((applied) =>
            say(applied ? `Applied: ${title}` : `The fix "${title}" no longer applies; the text changed.`),
        );
    },
});
const outline = new OutlineView(byId('outline-tree'), (range) => editor.reveal(range));
const preview = byId('preview-text');
const previewNote = byId('preview-note');

let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshGeneration = 0;
function scheduleRefresh(): void {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => void refresh(), 30);
}
problems.onChange((uri) => {
    if (uri === editor.currentUri) scheduleRefresh();
});

/** Outline and preview of the current file, after the server has its latest text. */
async function refresh(): Promise<void> {
    const uri = editor.currentUri;
    const generation = ++refreshGeneration;
    if (uri === undefined) {
        outline.render([]);
        preview.textContent = '';
        return;
    }
    await client.initializing;
    const [symbols, text] = await Promise.allSettled([
        client.request<lsp.DocumentSymbolParams, lsp.DocumentSymbol[] | null>('textDocument/documentSymbol', {
            textDocument: { uri },
        }),
        exportPlan(client, uri, 'text', true),
    ]);
    if (generation !== refreshGeneration) return;
    if (symbols.status === 'fulfilled') outline.render(symbols.value);
    if (text.status === 'fulfilled' && text.value.text !== undefined) {
        preview.textContent = text.value.text;
        const errors = text.value.errors;
        previewNote.textContent =
            errors.length === 0
                ? 'What "Export text" downloads for the plan as it is now.'
                : `The plan has ${plural(errors.length, 'error')} (first: line ${errors[0]!.line}: ${errors[0]!.message}); the text may be wrong or incomplete until they are fixed.`;
    } else {
        previewNote.textContent = `The plan cannot be exported as it is: ${text.status === 'rejected' ? messageOf(text.reason) : 'it has errors'}`;
    }
}

// ---- Open…, Download, Export
function fileInput(inputId: string, buttonId: string, open: typeof openFiles): void {
    const input = byId<HTMLInputElement>(inputId);
    byId(buttonId).addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
        const chosen = [...(input.files ?? [])];
        input.value = '';
        void open(chosen, { store, client, say }).then((shown) => {
            if (shown !== undefined) showFile(shown);
        });
    });
}
fileInput('open-input', 'open-button', openFiles);
fileInput('open-folder-input', 'open-folder-button', openFolder);

byId('download-plan').addEventListener('click', () => {
    const name = editor.currentName;
    if (name === undefined) return say('There is no plan to download.');
    persistNow();
    download(name.split('/').pop()!, editor.text);
    store.markSaved(name);
    files.render();
    updateTitle();
    say(`Downloaded ${name}.`);
});

new NewPlanDialog({ client, store, show: (name) => void showFile(name), say });

wireExportButtons({
    client,
    current: () => {
        const uri = editor.currentUri;
        const name = editor.currentName;
        return uri === undefined || name === undefined ? undefined : { uri, name };
    },
    say,
});

// ---- reload safety
window.addEventListener('beforeunload', (event) => {
    persistNow();
    if (store.anyDirty) {
        event.preventDefault();
        event.returnValue = '';
    }
});
document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') persistNow();
});

// ---- start
const first = store.current;
if (first !== undefined) showFile(first);
else files.render();
exposeTestHooks({ editor, client, store, problems });
