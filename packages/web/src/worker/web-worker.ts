// The web editor's language server: the ActionPlan server of the VS Code extension
// and the CLI, from the browser-safe core, in a Web Worker talking LSP to the page
// with postMessage. Nothing leaves the browser.
import { CONFIG_FILE_NAME, PLAN_EXTENSION, startActionPlanLanguageServer } from '@actionplan/language';
import { URI } from 'langium';
import {
    BrowserMessageReader,
    BrowserMessageWriter,
    createConnection,
    FileChangeType,
} from 'vscode-languageserver/browser';
import type { FileEvent } from 'vscode-languageserver/browser';
import { FILES_NOTIFICATION } from '../shared/web-protocol.js';
import type { FilesParams } from '../shared/web-protocol.js';
import { PageFileSystem } from './page-file-system.js';

declare const self: DedicatedWorkerGlobalScope;

const fileSystem = new PageFileSystem();
const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const { shared } = startActionPlanLanguageServer(connection, () => fileSystem);

connection.onNotification(FILES_NOTIFICATION, (params: FilesParams) => {
    for (const file of params.changed) fileSystem.set(file.uri, file.text);
    for (const uri of params.deleted) fileSystem.delete(uri);
    const isPlan = (uri: string) => uri.endsWith(PLAN_EXTENSION);
    const changes: FileEvent[] = [
        ...params.changed
            .filter((file) => isPlan(file.uri))
            .map((file): FileEvent => ({ uri: file.uri, type: FileChangeType.Changed })),
        ...params.deleted.filter(isPlan).map((uri): FileEvent => ({ uri, type: FileChangeType.Deleted })),
    ];
    // Plans: rebuilt with the files that import them, as for a change on disk.
    if (changes.length > 0) shared.lsp.DocumentUpdateHandler?.didChangeWatchedFiles?.({ changes });
    // Rule settings: every plan is checked again, as for a change of the editor's settings.
    const touched = [...params.changed.map((file) => file.uri), ...params.deleted];
    if (touched.some((uri) => URI.parse(uri).path.endsWith(`/${CONFIG_FILE_NAME}`))) void revalidateAll();
});

async function revalidateAll(): Promise<void> {
    const { WorkspaceManager, WorkspaceLock, DocumentBuilder, LangiumDocuments } = shared.workspace;
    await WorkspaceManager.ready;
    await WorkspaceLock.write((token) =>
        DocumentBuilder.build(LangiumDocuments.all.toArray(), { validation: true }, token),
    );
}
