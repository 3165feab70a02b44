import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
    createProtocolConnection,
    StreamMessageReader,
    StreamMessageWriter,
    PublishDiagnosticsNotification,
    InitializeRequest,
    InitializedNotification,
    ShutdownRequest,
    ExitNotification,
} from 'vscode-languageserver-protocol/node';
import type { ProtocolConnection, PublishDiagnosticsParams, InitializeResult } from 'vscode-languageserver-protocol';
import { serverPath } from './cli-helpers.js';

/** The built language server on stdio, driven as an editor would drive it. */
export class LspClient {
    readonly connection: ProtocolConnection;
    private readonly child: ChildProcess;
    private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
    private readonly waiters: Array<() => void> = [];
    private lastPublishAt = Date.now();

    constructor(rootUri: string | null = null) {
        this.rootUri = rootUri;
        this.child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.connection = createProtocolConnection(
            new StreamMessageReader(this.child.stdout!),
            new StreamMessageWriter(this.child.stdin!),
        );
        this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
            this.diagnostics.set(params.uri, params);
            this.lastPublishAt = Date.now();
            this.waiters.splice(0).forEach((wake) => wake());
        });
        this.connection.listen();
    }

    private readonly rootUri: string | null;

    async initialize(): Promise<InitializeResult> {
        const result = await this.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: this.rootUri,
            workspaceFolders: this.rootUri ? [{ uri: this.rootUri, name: 'root' }] : null,
            capabilities: {},
        });
        await this.connection.sendNotification(InitializedNotification.type, {});
        return result;
    }

    open(uri: string, text: string, version = 1): Promise<void> {
        return this.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'actionplan', version, text },
        });
    }

    change(uri: string, text: string, version: number): Promise<void> {
        return this.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ text }],
        });
    }

    /** Resolves with the first diagnostics published for `uri` that satisfy `accept`. */
    async waitForDiagnostics(
        uri: string,
        accept: (params: PublishDiagnosticsParams) => boolean = () => true,
        timeoutMs = 15000,
    ): Promise<PublishDiagnosticsParams> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const current = this.diagnostics.get(uri);
            if (current && accept(current)) return current;
            const remaining = deadline - Date.now();
            if (remaining <= 0) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`);
            await new Promise<void>((resolve) => {
                const timer = setTimeout(resolve, remaining);
                this.waiters.push(() => {
                    clearTimeout(timer);
                    resolve();
                });
            });
        }
    }

    /** The latest diagnostics of every file, once none were published for `quietMs`. */
    async settledDiagnostics(quietMs = 1500, timeoutMs = 30000): Promise<PublishDiagnosticsParams[]> {
        const deadline = Date.now() + timeoutMs;
        while (Date.now() - this.lastPublishAt < quietMs) {
            if (Date.now() > deadline) throw new Error(`diagnostics still changing after ${timeoutMs} ms`);
            await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return [...this.diagnostics.values()];
    }

    async stop(): Promise<void> {
        try {
            await this.connection.sendRequest(ShutdownRequest.type);
            await this.connection.sendNotification(ExitNotification.type);
        } finally {
            this.connection.dispose();
            this.child.kill();
        }
    }
}
