import { lintGutter } from '@codemirror/lint';
import { LSPPlugin } from '@codemirror/lsp-client';
import type { LSPClient } from '@codemirror/lsp-client';
import { EditorState } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { findReferencesKeymap, formatKeymap, jumpToDefinitionKeymap, renameKeymap } from '@codemirror/lsp-client';
import type * as lsp from 'vscode-languageserver-protocol';
import { workspaceUri } from '../shared/web-protocol.js';
import { editorTheme } from './editor-theme.js';
import { actionPlanHighlighting } from './highlight.js';
import { offsetOf } from './workspace-edit.js';

/**
 * The one CodeMirror editor of the page. It shows one workspace file at a
 * time; switching files gives it a new state (and the server a didClose and a
 * didOpen).
 */
export class PlanEditor {
    readonly view: EditorView;
    private name: string | undefined;

    constructor(
        parent: HTMLElement,
        private readonly client: LSPClient,
        private readonly onChange: (name: string) => void,
    ) {
        this.view = new EditorView({ parent, state: EditorState.create({ extensions: this.extensions(undefined) }) });
    }

    get currentName(): string | undefined {
        return this.name;
    }

    get currentUri(): string | undefined {
        return this.name === undefined ? undefined : workspaceUri(this.name);
    }

    get text(): string {
        return this.view.state.doc.toString();
    }

    /** Shows a file (or nothing); the language server gets it as an open document. */
    show(name: string | undefined, text: string): void {
        this.client.sync();
        this.name = name;
        this.view.setState(EditorState.create({ doc: text, extensions: this.extensions(name) }));
    }

    /** Selects a range of the current file and puts the focus in the editor. */
    reveal(range: lsp.Range): void {
        const doc = this.view.state.doc;
        const anchor = offsetOf(doc, range.start);
        const head = offsetOf(doc, range.end);
        this.view.dispatch({ selection: { anchor, head }, scrollIntoView: true });
        this.view.focus();
    }

    /** The LSP plugin of the current file, when a file is shown. */
    get plugin(): LSPPlugin | null {
        return LSPPlugin.get(this.view);
    }

    private extensions(name: string | undefined): Extension[] {
        const label = name === undefined ? 'Plan text (no file open)' : `Plan text: ${name}`;
        const common: Extension[] = [
            basicSetup,
            actionPlanHighlighting(),
            editorTheme,
            lintGutter(),
            EditorView.lineWrapping,
            EditorView.contentAttributes.of({ 'aria-label': label }),
            keymap.of([...formatKeymap, ...renameKeymap, ...jumpToDefinitionKeymap, ...findReferencesKeymap]),
        ];
        if (name === undefined) {
            return [
                ...common,
                EditorState.readOnly.of(true),
                placeholder('Open a plan with "Open…" or start one with "New from template".'),
            ];
        }
        return [
            ...common,
            this.client.plugin(workspaceUri(name), 'actionplan'),
            EditorView.updateListener.of((update) => {
                if (update.docChanged) this.onChange(name);
            }),
        ];
    }
}
