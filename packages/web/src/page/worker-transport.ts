import type { Transport } from '@codemirror/lsp-client';
import { WORKSPACE_FOLDER } from '../shared/web-protocol.js';
import { adaptAnswer } from './server-answers.js';

/** A Transport for @codemirror/lsp-client over a Worker's postMessage, plus direct notifications. */
export interface WorkerTransport extends Transport {
    /** Sends a notification straight to the worker (also before the client connects). */
    notify(method: string, params: unknown): void;
}

interface Message {
    id?: number | string;
    method?: string;
    params?: Record<string, unknown>;
    result?: unknown;
}

/**
 * The JSON messages of @codemirror/lsp-client as objects for the worker's
 * BrowserMessageReader, and back. Two adjustments on the way:
 * - the client knows no workspace folders, so `initialize` is given the web
 *   editor's one: the server loads every plan in it and keeps `import "…"` inside it;
 * - answers are adapted to the client (server-answers.ts): Markdown's HTML
 *   written as text, since the client renders raw HTML; LocationLinks as Locations.
 */
export function workerTransport(worker: Worker): WorkerTransport {
    let handlers: ((message: string) => void)[] = [];
    const pending = new Map<number | string, string>();
    worker.addEventListener('message', (event: MessageEvent<Message>) => {
        let value = event.data;
        if (value.id !== undefined && value.method === undefined && pending.has(value.id)) {
            const method = pending.get(value.id)!;
            pending.delete(value.id);
            if (value.result !== undefined) value = { ...value, result: adaptAnswer(method, value.result) };
        }
        const message = JSON.stringify(value);
        for (const handler of handlers) handler(message);
    });
    return {
        send(message: string) {
            const value = JSON.parse(message) as Message;
            if (value.method === 'initialize' && value.params) {
                value.params.workspaceFolders = [{ uri: WORKSPACE_FOLDER, name: 'workspace' }];
            }
            if (value.id !== undefined && value.method !== undefined) pending.set(value.id, value.method);
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
