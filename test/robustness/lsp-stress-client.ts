// LspClient (test/lsp-client.ts) plus what the stress test needs: incremental
// edits with ranges, requests with cancellation, the server's RSS, and the
// time of the last diagnostics so the test knows when the server has settled.
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { CancellationTokenSource, PublishDiagnosticsNotification } from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams, Range } from 'vscode-languageserver-protocol';
import { LspClient } from '../lsp-client.js';

export class StressClient extends LspClient {
    readonly published = new Map<string, PublishDiagnosticsParams>();
    lastPublishAt = Date.now();
    publishCount = 0;

    constructor(rootUri: string | null = null) {
        super(rootUri);
        // Replaces LspClient's handler (one handler per method): this class keeps its own record.
        this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
            this.published.set(params.uri, params);
            this.lastPublishAt = Date.now();
            this.publishCount++;
        });
    }

    get process(): ChildProcess {
        return (this as unknown as { child: ChildProcess }).child;
    }

    get alive(): boolean {
        return this.process.exitCode === null && this.process.signalCode === null;
    }

    /** The server's resident set size in bytes, from /proc/<pid>/status. */
    rss(): number {
        const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
        const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status);
        if (!kb) throw new Error('no VmRSS in /proc status');
        return Number(kb[1]) * 1024;
    }

    changeRange(uri: string, version: number, range: Range, text: string): Promise<void> {
        return this.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ range, text }],
        });
    }

    /** Sends `method`; with `cancelAfterMs` set, cancels it then ($/cancelRequest). */
    request<R>(method: string, params: object, cancelAfterMs?: number): Promise<R> {
        const source = new CancellationTokenSource();
        const pending = this.connection.sendRequest<R>(method, params, source.token);
        if (cancelAfterMs !== undefined) {
            if (cancelAfterMs <= 0) source.cancel();
            else setTimeout(() => source.cancel(), cancelAfterMs);
        }
        return pending.finally(() => source.dispose());
    }

    /** Resolves once no diagnostics have been published for `quietMs`. */
    async settle(quietMs = 1500, timeoutMs = 120000): Promise<void> {
        const deadline = Date.now() + timeoutMs;
        while (Date.now() - this.lastPublishAt < quietMs) {
            if (Date.now() > deadline) throw new Error(`server still publishing after ${timeoutMs} ms`);
            await new Promise((resolve) => setTimeout(resolve, 100));
        }
    }

    async waitForFirst(uri: string, timeoutMs = 60000): Promise<PublishDiagnosticsParams> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const found = this.published.get(uri);
            if (found) return found;
            if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`);
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
    }
}
