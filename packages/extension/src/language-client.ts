import * as vscode from 'vscode';
import { CloseAction, LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type {
    CloseHandlerResult,
    ErrorHandler,
    LanguageClientOptions,
    ServerOptions,
} from 'vscode-languageclient/node';

export const CLIENT_ID = 'actionplan';
export const CLIENT_NAME = 'ActionPlan Language Server';

/**
 * The bundled language server (dist/server.js), started over Node IPC. The
 * trace level comes from `actionplan.trace.server` (the client's id), rule
 * severities from `actionplan.rules` (the server asks for the section).
 */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const module = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    // The default policy needs the client; the options are copied when it is made.
    let defaults: ErrorHandler | undefined;
    const clientOptions: LanguageClientOptions = {
        errorHandler: reportingErrorHandler(() => (defaults ??= client.createDefaultErrorHandler())),
        documentSelector: [{ language: 'actionplan' }],
        synchronize: {
            configurationSection: 'actionplan',
            fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.actionplan,.actionplanrc.json}'),
        },
        outputChannelName: CLIENT_NAME,
    };
    const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
    return client;
}

/**
 * vscode-languageclient's default policy (restart, at most 4 times in 3
 * minutes) restarts silently; this one also tells the user it happened.
 */
function reportingErrorHandler(defaults: () => ErrorHandler): ErrorHandler {
    return {
        error: (error, message, count) => defaults().error(error, message, count),
        closed: async (): Promise<CloseHandlerResult> => {
            const result = await defaults().closed();
            if (result.action === CloseAction.Restart) {
                void vscode.window.showWarningMessage(
                    'The ActionPlan language server stopped unexpectedly and has been restarted. See Output → ActionPlan Language Server.',
                );
                return { ...result, handled: true };
            }
            return result;
        },
    };
}
