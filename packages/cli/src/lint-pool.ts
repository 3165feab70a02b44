import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { NodeLintSession, importedPaths, summaryDigest } from '@actionplan/language/node';
import type { FileDiagnostics, RuleSettings } from '@actionplan/language/node';
import type { WorkerReply, WorkerRequest } from './lint-pool-worker.js';

export interface LintPoolOptions {
    /** Worker threads to use; default: os.availableParallelism() (1 for less than 1 MB of plans). 1 lints in this thread. */
    workers?: number;
    /** Rule settings that win over every config file (`--rule`); sent to each worker with its batch. */
    rules?: RuleSettings;
    /** Also return each file's export model; `'summary'`: only what the summary reads of it (summaryDigest). */
    models?: ModelOption;
    /** `--encoding`: the encoding of files without a byte order mark (default UTF-8); sent with each batch. */
    encoding?: string;
    /** Called as files finish, with how many of `paths` are done (for a progress bar). */
    onProgress?: (done: number) => void;
}

/** Files handed to an idle worker at once: large enough to amortise a message, small enough to balance. */
const BATCH_BYTES = 1_000_000;
const BATCH_FILES = 16;
/** Without an explicit worker count, less plan text than this is linted in the calling thread. */
const PARALLEL_MIN_BYTES = 1_000_000;
/** Imports come first in a file; their paths are looked for in this many leading bytes. */
const IMPORT_SCAN_BYTES = 8192;

interface Unit {
    /** Indexes into the caller's path list, ascending. */
    indexes: number[];
    bytes: number;
}

/**
 * Lints `paths` like lintFiles, on up to os.availableParallelism() worker threads,
 * and returns the results in input order. Files are independent except through
 * imports, so a file and the requested files it imports (transitively) go to the same
 * worker; each worker loads whatever else it imports itself, so the diagnostics do
 * not depend on how the files were shared out. Workers take batches from a queue, so
 * a busy core (the machine is shared, files differ in size) does not hold up the rest.
 */
export async function lintInParallel(paths: string[], options: LintPoolOptions = {}): Promise<FileDiagnostics[]> {
    if (paths.length === 0) return [];
    const units = await groupByImports(paths);
    const totalBytes = units.reduce((sum, unit) => sum + unit.bytes, 0);
    // A worker costs about half a second of start-up (Langium, parser); below ~15 seed-sized plans it does not pay.
    const wanted = options.workers ?? (totalBytes < PARALLEL_MIN_BYTES ? 1 : availableParallelism());
    const workerCount = Math.max(1, Math.min(wanted, units.length));
    const results = new Array<FileDiagnostics>(paths.length);
    let done = 0;
    const store = (batch: Unit[], reply: FileDiagnostics[][]) => {
        batch.forEach((unit, u) => unit.indexes.forEach((pathIndex, i) => (results[pathIndex] = reply[u]![i]!)));
        done += batch.reduce((sum, unit) => sum + unit.indexes.length, 0);
        options.onProgress?.(done);
    };
    const toPaths = (batch: Unit[]) => batch.map((unit) => unit.indexes.map((i) => paths[i]!));
    const rules = options.rules ?? {};
    const models = options.models ?? false;
    if (workerCount === 1) {
        const session = new NodeLintSession({ rules, encoding: options.encoding });
        for (const unit of units) store([unit], await lintUnits(session, toPaths([unit]), models));
        return results;
    }
    const batches = toBatches(units);
    const workers = Array.from({ length: Math.min(workerCount, batches.length) }, () => startWorker());
    try {
        let next = 0;
        await Promise.all(
            workers.map(async (worker) => {
                while (next < batches.length) {
                    const batch = batches[next++]!;
                    const message = { units: toPaths(batch), rules, models, encoding: options.encoding };
                    store(batch, await request(worker, message));
                }
            }),
        );
    } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
    }
    return results;
}

/**
 * Lints one unit (a file and the requested files it imports) at a time: the session
 * releases a unit's documents after it, so memory stays at one unit, and short-lived
 * documents cost the garbage collector much less than a heap of a thousand plans
 * (bench/RESULTS.md). Files that are only imported stay loaded, so a catalog shared
 * by many plans is parsed once.
 */
export async function lintUnits(
    session: NodeLintSession,
    units: string[][],
    models: ModelOption = false,
): Promise<FileDiagnostics[][]> {
    const results: FileDiagnostics[][] = [];
    for (const unit of units) {
        const linted = await session.lint(unit, { models: models !== false });
        // The digest is taken where the model is built: less to copy between threads, less to keep.
        results.push(
            models === 'summary' ? linted.map((r) => (r.model ? { ...r, model: summaryDigest(r.model) } : r)) : linted,
        );
    }
    return results;
}

/** Whether lint also returns export models: whole, or the summary's digest of each. */
export type ModelOption = boolean | 'summary';

function startWorker(): Worker {
    // Built: dist/lint-pool-worker.js; run from source under tsx: src/lint-pool-worker.ts.
    const url = new URL(`./lint-pool-worker${extname(new URL(import.meta.url).pathname)}`, import.meta.url);
    return new Worker(url);
}

function request(worker: Worker, message: WorkerRequest): Promise<FileDiagnostics[][]> {
    return new Promise((resolvePromise, reject) => {
        const cleanup = () => {
            worker.off('message', onMessage);
            worker.off('error', onError);
            worker.off('exit', onExit);
        };
        const onMessage = (reply: WorkerReply) => {
            cleanup();
            if ('error' in reply) reject(new Error(reply.error));
            else resolvePromise(reply.results);
        };
        const onError = (error: Error) => {
            cleanup();
            reject(error);
        };
        const onExit = (code: number) => {
            cleanup();
            reject(new Error(`lint worker stopped with exit code ${code}`));
        };
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage(message);
    });
}

/** Consecutive units packed into batches of about BATCH_BYTES / BATCH_FILES. */
function toBatches(units: Unit[]): Unit[][] {
    const batches: Unit[][] = [];
    let current: Unit[] = [];
    let bytes = 0;
    for (const unit of units) {
        if (current.length > 0 && (bytes + unit.bytes > BATCH_BYTES || current.length >= BATCH_FILES)) {
            batches.push(current);
            current = [];
            bytes = 0;
        }
        current.push(unit);
        bytes += unit.bytes;
    }
    if (current.length > 0) batches.push(current);
    return batches;
}

/** Requested files joined with the requested files they import (union-find), in input order. */
async function groupByImports(paths: string[]): Promise<Unit[]> {
    const indexOf = new Map(paths.map((path, i) => [resolve(path), i]));
    const parent = paths.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const heads = await Promise.all(paths.map((path) => readHead(path)));
    heads.forEach(({ imports }, i) => {
        for (const imported of imports) {
            const j = indexOf.get(imported);
            if (j !== undefined) parent[find(j)] = find(i);
        }
    });
    const units = new Map<number, Unit>();
    paths.forEach((_, i) => {
        const root = find(i);
        const unit = units.get(root) ?? { indexes: [], bytes: 0 };
        unit.indexes.push(i);
        unit.bytes += heads[i]!.bytes;
        units.set(root, unit);
    });
    return [...units.values()];
}

/** The file's size and the files its `import "…"` statements name (from its first bytes); an unreadable file is the worker's to report. */
async function readHead(path: string): Promise<{ bytes: number; imports: string[] }> {
    try {
        const handle = await open(path, 'r');
        try {
            const { size } = await handle.stat();
            const buffer = Buffer.alloc(Math.min(size, IMPORT_SCAN_BYTES));
            await handle.read(buffer, 0, buffer.length, 0);
            return { bytes: size, imports: importedPaths(resolve(path), buffer.toString('utf8')) };
        } finally {
            await handle.close();
        }
    } catch {
        return { bytes: 0, imports: [] };
    }
}
