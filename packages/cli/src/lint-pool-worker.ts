// A lint worker of lint-pool.ts: lints the batches of files it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { NodeLintSession } from '@actionplan/language/node';
import type { FileDiagnostics, RuleSettings } from '@actionplan/language/node';
import { lintUnits } from './lint-pool.js';
import type { ModelOption } from './lint-pool.js';

/** Units of files (a file and the requested files it imports) to lint, and the `--rule` settings. */
export interface WorkerRequest {
    units: string[][];
    rules: RuleSettings;
    /** Also return each file's export model, or its summary digest. */
    models?: ModelOption;
    /** `--encoding`: the encoding of files without a byte order mark (default UTF-8). */
    encoding?: string;
}

/** The units' diagnostics, unit by unit and file by file, or why they could not be had. */
export type WorkerReply = { results: FileDiagnostics[][] } | { error: string };

// One session for the worker's life (a run has one encoding): catalogs imported by many plans are parsed once.
let session: NodeLintSession | undefined;
let sessionEncoding: string | undefined;

parentPort?.on('message', (message: WorkerRequest) => {
    Promise.resolve()
        .then(() => {
            if (!session || sessionEncoding !== message.encoding) {
                session = new NodeLintSession({ encoding: message.encoding });
                sessionEncoding = message.encoding;
            }
            session.setRules(message.rules);
            return lintUnits(session, message.units, message.models ?? false);
        })
        .then(
            (results) => parentPort!.postMessage({ results } satisfies WorkerReply),
            (error: unknown) =>
                parentPort!.postMessage({
                    error: error instanceof Error ? error.message : String(error),
                } satisfies WorkerReply),
        );
});
