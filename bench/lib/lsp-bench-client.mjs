// The built language server on stdio, driven as an editor drives it (modelled on
// test/lsp-client.ts), with what the benchmarks need: a count of published
// diagnostics per URI, timed requests and the server's RSS from /proc.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
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

const serverPath = fileURLToPath(new URL('../../packages/language/bin/actionplan-language-server.js', import.meta.url));

export class BenchLspClient {
    /** `nodeArgs`: extra node options for the server, e.g. ['--cpu-prof'] to profile it. */
    constructor(rootUri = null, { nodeArgs = [] } = {}) {
        this.rootUri = rootUri;
        this.child = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], {
            stdio: ['pipe', 'pipe', 'ignore'],
        });
        this.connection = createProtocolConnection(
            new StreamMessageReader(this.child.stdout),
            new StreamMessageWriter(this.child.stdin),
        );
        /** uri -> { count, diagnostics, at } */
        this.published = new Map();
        this.waiters = [];
        this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
            const entry = this.published.get(params.uri) ?? { count: 0 };
            this.published.set(params.uri, {
                count: entry.count + 1,
                diagnostics: params.diagnostics,
                at: performance.now(),
            });
            this.waiters.splice(0).forEach((wake) => wake());
        });
        this.connection.onRequest(() => null); // workspace/configuration, client/registerCapability …
        this.connection.listen();
    }

    get pid() {
        return this.child.pid;
    }

    async initialize() {
        const result = await this.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: this.rootUri,
            workspaceFolders: this.rootUri ? [{ uri: this.rootUri, name: 'root' }] : null,
            capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } },
        });
        await this.connection.sendNotification(InitializedNotification.type, {});
        this.capabilities = result.capabilities;
        return result;
    }

    count(uri) {
        return this.published.get(uri)?.count ?? 0;
    }

    open(uri, text, version = 1) {
        return this.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'actionplan', version, text },
        });
    }

    /** One incremental change: replace `range` with `text` (full text when the server wants it). */
    change(uri, version, range, text, fullText) {
        const incremental = (this.capabilities?.textDocumentSync?.change ?? 1) === 2;
        return this.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [incremental ? { range, text } : { text: fullText }],
        });
    }

    /** Waits until `predicate()` holds, re-checking on every published diagnostics. */
    async until(predicate, timeoutMs = 60000) {
        const deadline = performance.now() + timeoutMs;
        while (!predicate()) {
            const remaining = deadline - performance.now();
            if (remaining <= 0) throw new Error(`timed out after ${timeoutMs} ms`);
            await new Promise((resolve) => {
                const timer = setTimeout(resolve, remaining);
                this.waiters.push(() => {
                    clearTimeout(timer);
                    resolve();
                });
            });
        }
    }

    async timed(method, params) {
        const started = performance.now();
        const result = await this.connection.sendRequest(method, params);
        return { ms: performance.now() - started, result };
    }

    /** Resident and peak resident set size of the server process, in MB (Linux /proc). */
    memory() {
        try {
            const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
            const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
            return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
        } catch {
            return { rss: NaN, peak: NaN };
        }
    }

    async stop() {
        try {
            await Promise.race([
                (async () => {
                    await this.connection.sendRequest(ShutdownRequest.type);
                    await this.connection.sendNotification(ExitNotification.type);
                    // Let it exit by itself (a --cpu-prof profile is written on a normal exit).
                    if (this.child.exitCode === null) await new Promise((resolve) => this.child.once('exit', resolve));
                })(),
                new Promise((resolve) => setTimeout(resolve, 5000)),
            ]);
        } finally {
            this.connection.dispose();
            this.child.kill();
        }
    }
}
