// The language server under stress: rapid random incremental edits on a CTAP
// plan, interleaved with completion and documentSymbol requests, some of them
// cancelled. Shared by the bounded mocha test and `npm run fuzz`.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'langium';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-protocol';
import { repoRoot } from './corpus.js';
import { StressClient } from './lsp-stress-client.js';
import { prng } from './plan-printer.js';

export interface StressOptions {
    edits: number;
    /** Edit counts after which the server's RSS is read (after it has settled). */
    checkpoints: number[];
    seed: number;
    /** Every `resetEvery` edits the whole text goes back to the original, as an undo would. */
    resetEvery: number;
    log?: (line: string) => void;
}

export interface StressReport {
    plan: string;
    edits: number;
    alive: boolean;
    requests: {
        sent: number;
        /** Of those, sent with a $/cancelRequest after 0 to 19 ms. */
        cancelRequested: number;
        answered: number;
        cancelled: number;
        /** Completions sent right after an edit and cancelled at once (the last phase), and how many ended cancelled. */
        probes: number;
        probesCancelled: number;
        failed: string[];
        unanswered: number;
    };
    rss: Record<number, number>;
    finalDiagnostics: number;
    /** Differences between the stressed document's last diagnostics and a fresh open of its final text. */
    diagnosticsDiff: string[];
    /** The edits applied the way the server applies them (vscode-languageserver-textdocument) give the client's text. */
    textInSync: boolean;
}

/** The CTAP plan to edit: the imported Japan CTAP when it exists, else the small example. */
export function stressPlan(): string {
    const japan = join(repoRoot, 'examples/japan-ctap-2013.actionplan');
    return existsSync(japan) ? japan : join(repoRoot, 'examples/small-ctap.actionplan');
}

/** A JSON-RPC error object ({ code, message }) where a result should be. */
function isErrorObject(value: unknown): boolean {
    return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

const CANCELLED = new Set([-32800, -32801, -32802]); // RequestCancelled, ContentModified, ServerCancelled
const INSERTS = [
    '"',
    '{',
    '}',
    ' ',
    '\n',
    '- "x"',
    'section',
    'commitment c "t"',
    '(2005)',
    'contact ',
    'é',
    '🛂',
    'by 2014',
    '//',
    '/*',
    '*/',
    '\\',
    'undertaken ',
    'planned x {',
];

function positionAt(text: string, offset: number): Position {
    let line = 0;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, character: offset - lineStart };
}

/** Moves an offset off the middle of a surrogate pair: an editor never splits a character in two. */
function boundary(text: string, offset: number): number {
    const code = text.charCodeAt(offset);
    return code >= 0xdc00 && code <= 0xdfff && offset > 0 ? offset - 1 : offset;
}

const key = (d: Diagnostic) =>
    `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`;

export async function runLspStress(options: StressOptions): Promise<StressReport> {
    const log = options.log ?? (() => undefined);
    const plan = stressPlan();
    // A workspace of its own: the repository root holds thousands of benchmark plans.
    const workspace = mkdtempSync(join(tmpdir(), 'actionplan-stress-'));
    const original = readFileSync(plan, 'utf8').replace(/\r\n?/g, '\n');
    copyFileSync(plan, join(workspace, 'plan.actionplan'));
    const uri = pathToFileURL(join(workspace, 'plan.actionplan')).toString();
    const client = new StressClient(pathToFileURL(workspace).toString());
    const random = prng(options.seed);
    const int = (max: number) => Math.floor(random() * max);
    const requests = {
        sent: 0,
        cancelRequested: 0,
        answered: 0,
        cancelled: 0,
        probes: 0,
        probesCancelled: 0,
        failed: [] as string[],
        unanswered: 0,
    };
    const pending = new Set<Promise<void>>();
    const rss: Record<number, number> = {};
    let text = original;
    let version = 1;
    // The server's view of the text, kept the way the server keeps it.
    let mirror = TextDocument.create(uri, 'actionplan', version, text);
    const send = (range: Range, newText: string) => {
        mirror = TextDocument.update(mirror, [{ range, text: newText }], version);
        return client.changeRange(uri, version, range, newText);
    };

    const track = (method: string, params: object, cancelAfterMs?: number, onCancelled?: () => void) => {
        requests.sent++;
        if (cancelAfterMs !== undefined) requests.cancelRequested++;
        const promise = client
            .request(method, params, cancelAfterMs)
            .then(
                (result) => {
                    // Two copies of vscode-jsonrpc once made the server send its ResponseError as a result.
                    if (isErrorObject(result)) requests.failed.push(`${method}: an error sent as a result`);
                    else requests.answered++;
                },
                (error: { code?: number; message?: string }) => {
                    if (error.code !== undefined && CANCELLED.has(error.code)) {
                        requests.cancelled++;
                        onCancelled?.();
                    } else requests.failed.push(`${method}: ${error.code} ${error.message}`);
                },
            )
            .finally(() => pending.delete(promise));
        pending.add(promise);
    };
    const drain = async (timeoutMs: number) => {
        const deadline = Date.now() + timeoutMs;
        while (pending.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    };

    try {
        await client.initialize();
        await client.open(uri, text, version);
        await client.waitForFirst(uri);
        for (let edit = 1; edit <= options.edits; edit++) {
            version++;
            if (edit % options.resetEvery === 0) {
                const end = positionAt(text, text.length);
                await send({ start: { line: 0, character: 0 }, end }, original);
                text = original;
            } else if (random() < 0.55 || text.length < 10) {
                const at = boundary(text, int(text.length + 1));
                const insert = random() < 0.8 ? INSERTS[int(INSERTS.length)]! : String.fromCharCode(32 + int(95));
                const position = positionAt(text, at);
                await send({ start: position, end: position }, insert);
                text = text.slice(0, at) + insert + text.slice(at);
            } else {
                const at = boundary(text, int(text.length));
                const end = boundary(text, Math.min(text.length, at + 1 + int(20)));
                await send({ start: positionAt(text, at), end: positionAt(text, end) }, '');
                text = text.slice(0, at) + text.slice(end);
            }
            const cancel = random() < 0.3 ? int(20) : undefined;
            if (edit % 7 === 0) {
                track(
                    'textDocument/completion',
                    { textDocument: { uri }, position: positionAt(text, boundary(text, int(text.length + 1))) },
                    cancel,
                );
            }
            if (edit % 19 === 0) track('textDocument/documentSymbol', { textDocument: { uri } }, cancel);
            if (edit % 50 === 0) await new Promise((r) => setImmediate(r));
            if (!client.alive) break;
            if (options.checkpoints.includes(edit)) {
                await drain(60000);
                await client.settle(1000);
                rss[edit] = client.rss();
                log(
                    `after ${edit} edits: server RSS ${Math.round(rss[edit]! / 2 ** 20)} MB, ${requests.sent} requests`,
                );
            }
        }
        // Cancellation, for sure: an edit, then a completion cancelled as soon as it is sent.
        for (let probe = 0; probe < 5 && client.alive; probe++) {
            version++;
            await send({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ' ');
            text = ' ' + text;
            requests.probes++;
            track('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } }, 0, () => {
                requests.probesCancelled++;
            });
            await drain(10000);
        }
        await drain(180000);
        requests.unanswered = pending.size;
        await client.settle(1500);
        const freshUri = pathToFileURL(join(workspace, 'fresh.actionplan')).toString();
        await client.open(freshUri, text, 1);
        const fresh = (await client.waitForFirst(freshUri)).diagnostics;
        const compare = () => {
            const a = new Set((client.published.get(uri)?.diagnostics ?? []).map(key));
            const b = new Set(fresh.map(key));
            return [
                ...[...a].filter((k) => !b.has(k)).map((k) => `only after the edits: ${k}`),
                ...[...b].filter((k) => !a.has(k)).map((k) => `only in a fresh parse: ${k}`),
            ];
        };
        // On a loaded machine the last build may publish late: a difference counts if it lasts 30 s.
        let diagnosticsDiff = compare();
        for (const deadline = Date.now() + 30000; diagnosticsDiff.length > 0 && Date.now() < deadline;) {
            await new Promise((r) => setTimeout(r, 500));
            diagnosticsDiff = compare();
        }
        const stressed = client.published.get(uri)?.diagnostics ?? [];
        return {
            plan,
            edits: options.edits,
            alive: client.alive,
            requests,
            rss,
            finalDiagnostics: stressed.length,
            diagnosticsDiff,
            textInSync: mirror.getText() === text,
        };
    } finally {
        const alive = client.alive;
        await (alive ? client.stop() : Promise.resolve()).catch(() => undefined);
        rmSync(workspace, { recursive: true, force: true });
    }
}
