import { EditorState } from '@codemirror/state';
import type { ChangeSpec, Text } from '@codemirror/state';
import type * as lsp from 'vscode-languageserver-protocol';

/** The text edits a WorkspaceEdit makes to one document (`changes` or `documentChanges`). */
export function textEditsFor(edit: lsp.WorkspaceEdit | undefined, uri: string): lsp.TextEdit[] {
    if (!edit) return [];
    const edits: lsp.TextEdit[] = [...(edit.changes?.[uri] ?? [])];
    for (const change of edit.documentChanges ?? []) {
        if ('textDocument' in change && change.textDocument.uri === uri) {
            edits.push(...change.edits.filter((e): e is lsp.TextEdit => 'range' in e));
        }
    }
    return edits;
}

/** The URIs a WorkspaceEdit touches. */
export function editedUris(edit: lsp.WorkspaceEdit | undefined): string[] {
    if (!edit) return [];
    const uris = new Set(Object.keys(edit.changes ?? {}));
    for (const change of edit.documentChanges ?? []) if ('textDocument' in change) uris.add(change.textDocument.uri);
    return [...uris];
}

/** Offset of an LSP position (UTF-16 code units, as CodeMirror counts) in a document. */
export function offsetOf(doc: Text, position: lsp.Position): number {
    const line = doc.line(Math.min(Math.max(position.line + 1, 1), doc.lines));
    return Math.min(line.from + position.character, line.to);
}

/** LSP text edits as CodeMirror changes of `doc`. */
export function changesFor(doc: Text, edits: lsp.TextEdit[]): ChangeSpec[] {
    return edits.map((edit) => ({
        from: offsetOf(doc, edit.range.start),
        to: offsetOf(doc, edit.range.end),
        insert: edit.newText,
    }));
}

/** Text edits applied to a plain string (a file not shown in the editor). */
export function applyTextEdits(text: string, edits: lsp.TextEdit[]): string {
    const state = EditorState.create({ doc: text });
    return state.update({ changes: changesFor(state.doc, edits) }).state.doc.toString();
}
