import { LSPPlugin, Workspace } from '@codemirror/lsp-client';
import type { LSPClient, WorkspaceFile } from '@codemirror/lsp-client';
import type { Text } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';

type WorkspaceFileUpdate = ReturnType<Workspace['syncFiles']>[number];

class PageWorkspaceFile implements WorkspaceFile {
    constructor(
        readonly uri: string,
        readonly languageId: string,
        public version: number,
        public doc: Text,
        readonly view: EditorView,
    ) {}

    getView(): EditorView {
        return this.view;
    }
}

/**
 * The client's workspace: one editor, showing one file of the page's store at a
 * time (the others reach the server through the worker's file system). Like
 * lsp-client's default workspace, plus `displayFile`, so that "go to definition"
 * into an imported catalog switches the editor to it.
 */
export class PageWorkspace extends Workspace {
    files: PageWorkspaceFile[] = [];
    private readonly versions = new Map<string, number>();

    constructor(
        client: LSPClient,
        private readonly display: (uri: string) => EditorView | null,
    ) {
        super(client);
    }

    syncFiles(): readonly WorkspaceFileUpdate[] {
        const updates: WorkspaceFileUpdate[] = [];
        for (const file of this.files) {
            const plugin = LSPPlugin.get(file.view);
            if (!plugin || plugin.unsyncedChanges.empty) continue;
            updates.push({ changes: plugin.unsyncedChanges, file, prevDoc: file.doc });
            file.doc = file.view.state.doc;
            file.version = this.nextVersion(file.uri);
            plugin.clear();
        }
        return updates;
    }

    openFile(uri: string, languageId: string, view: EditorView): void {
        if (this.getFile(uri)) this.closeFile(uri);
        const file = new PageWorkspaceFile(uri, languageId, this.nextVersion(uri), view.state.doc, view);
        this.files.push(file);
        this.client.didOpen(file);
    }

    closeFile(uri: string): void {
        if (!this.getFile(uri)) return;
        this.files = this.files.filter((file) => file.uri !== uri);
        this.client.didClose(uri);
    }

    override async displayFile(uri: string): Promise<EditorView | null> {
        return this.display(uri);
    }

    private nextVersion(uri: string): number {
        const version = (this.versions.get(uri) ?? -1) + 1;
        this.versions.set(uri, version);
        return version;
    }
}
