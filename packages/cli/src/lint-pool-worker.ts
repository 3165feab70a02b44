// A lint worker of lint-pool.ts: lints the batches of files it is sent, one at a time.
import '@actionplan/language/polyfills';
import { parentPort } from 'node:worker_threads';
import { NodeFileSystem } from 'langium/node';
import { createActionPlanServices } from '@actionplan/language';
import type { FileDiagnostics } from '@actionplan/language';
import { diagnoseUnits } from './lint-pool.js';

/** Units of files (a file and the requested files it imports) to lint. */
export interface WorkerRequest {
    units: string[][];
}

/** The units' diagnostics, unit by unit and file by file, or why they could not be had. */
export type WorkerReply = { results: FileDiagnostics[][] } | { error: string };

const { shared } = createActionPlanServices(NodeFileSystem);

parentPort?.on('message', (message: WorkerRequest) => {
    diagnoseUnits(shared, message.units).then(
        (results) => parentPort!.postMessage({ results } satisfies WorkerReply),
        (error: unknown) =>
            parentPort!.postMessage({
                error: error instanceof Error ? error.message : String(error),
            } satisfies WorkerReply),
    );
});
