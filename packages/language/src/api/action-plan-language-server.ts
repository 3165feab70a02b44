import { startLanguageServer } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { FileSystemProvider } from 'langium';
import { createActionPlanServices } from '../action-plan-module.js';
import type { ActionPlanServices, ActionPlanSharedServices } from '../action-plan-module.js';

/**
 * Starts the ActionPlan language server on a connection the host made: over stdio
 * or IPC in Node (src/main.ts, with the Node file system), or in a Web Worker with
 * `createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self))`
 * from `vscode-languageserver/browser` and a file system of the host's (or
 * `EmptyFileSystem.fileSystemProvider`, where imports and `.actionplanrc.json` are not read).
 */
export function startActionPlanLanguageServer(
    connection: Connection,
    fileSystemProvider: () => FileSystemProvider,
): { shared: ActionPlanSharedServices; ActionPlan: ActionPlanServices } {
    const services = createActionPlanServices({ connection, fileSystemProvider });
    startLanguageServer(services.shared);
    return services;
}
