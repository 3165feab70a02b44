import type { Transport } from '@codemirror/lsp-client';
import { WORKSPACE_FOLDER } from '../shared/web-protocol.js';

/** A Transport for @codemirror/lsp-client over a Worker's postMessage, plus direct notifications. */
export interface WorkerTransport extends Transport {
    /** Sends a notification straight to the worker (also before the client connects). */
    notify(method: string, params: unknown): void;
}

/**
 * The JSON messages of @codemirror/lsp-client as objects for the worker's
 * BrowserMessageReader, and back. The client knows no workspace folders, so the
 * `initialize` request is given the web editor's one: the server loads every plan
 * in it and keeps `import "…"` inside it.
 */
export function workerTransport(worker: Worker): WorkerTransport {
    let handlers: ((message: string) => void)[] = [];
    worker.addEventListener('message', (event: MessageEvent) => {
        const message = JSON.stringify(event.data);
        for (const handler of handlers) handler(message);
    });
    return {
        send(message: string) {
            const value = JSON.parse(message) as { method?: string; params?: Record<string, unknown> };
            if (value.method === 'initialize' && value.params) {
                value.params.workspaceFolders = [{ uri: WORKSPACE_FOLDER, name: 'workspace' }];
            }
            worker.postMessage(value);
        },
        subscribe(handler) {
            handlers.push(handler);
        },
        unsubscribe(handler) {
            handlers = handlers.filter((h) => h !== handler);
        },
        notify(method, params) {
            worker.postMessage({ jsonrpc: '2.0', method, params });
        },
    };
}
