// `npm run fuzz`: three 10 MB lines (--no-huge leaves them out), then 100,000
// mutation cases (or --cases N) over the examples, the seeds and generated
// plans, through the parser + validator, the editor features, the importer and
// the exporter, in worker processes watched for hangs. Findings and the inputs
// that caused them go to .tmp/fuzz/ (copy the ones worth keeping to
// test/fixtures/crashes/). Exit 1 when anything was found, or when fewer cases
// ran than asked for (a worker that died between cases): summary.json says how many.
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HUGE_CASES } from '../../test/robustness/fuzz-case.js';
import type { CaseFinding } from '../../test/robustness/fuzz-case.js';

const { values } = parseArgs({
    options: {
        cases: { type: 'string', default: '100000' },
        workers: { type: 'string', default: String(Math.min(2, availableParallelism())) },
        seed: { type: 'string', default: '1' },
        'time-bound': { type: 'string', default: '5000' },
        'hang-after': { type: 'string', default: '120000' },
        out: { type: 'string', default: '.tmp/fuzz' },
        huge: { type: 'boolean', default: true },
        'no-huge': { type: 'boolean', default: false },
    },
});
const total = Number(values.cases);
if (values['no-huge']) values.huge = false;
const seed = Number(values.seed);
const timeBoundMs = Number(values['time-bound']);
const hangAfterMs = Number(values['hang-after']);
const outDir = values.out!;
const BATCH = 200;
mkdirSync(join(outDir, 'inputs'), { recursive: true });

const workerPath = fileURLToPath(new URL('./worker.ts', import.meta.url));
const findings: Array<CaseFinding & { stack?: string }> = [];
// The three 10 MB lines first (cases -3 to -1), then the mutation cases.
let next = values.huge ? -HUGE_CASES : 0;
let done = 0;
let maxRss = 0;
const started = Date.now();

interface Slot {
    child: ChildProcess;
    current?: number;
    lastBeat: number;
    end: number;
    /** Set when the runner itself lets the worker go (no work left, or a hang it killed). */
    released?: boolean;
}

function startWorker(firstJob?: { from: number; to: number }): Slot {
    const child = fork(workerPath, [], {
        execArgv: ['--import', 'tsx', '--max-old-space-size=2048'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const slot: Slot = { child, lastBeat: Date.now(), end: firstJob?.to ?? 0 };
    child.on(
        'message',
        (message: { type: string; index?: number; findings?: CaseFinding[]; bytes?: string; rss?: number }) => {
            slot.lastBeat = Date.now();
            if (message.type === 'ready' && firstJob) return void child.send({ ...firstJob, seed, timeBoundMs });
            if (message.type === 'ready' || message.type === 'idle') return assign(slot);
            if (message.type === 'start') slot.current = message.index;
            if (message.type === 'done') {
                slot.current = undefined;
                done++;
                maxRss = Math.max(maxRss, message.rss ?? 0);
                if (message.findings!.length > 0) {
                    findings.push(...message.findings!);
                    writeFileSync(
                        join(outDir, 'inputs', `case-${message.index}.bin`),
                        Buffer.from(message.bytes!, 'base64'),
                    );
                }
                if (done % 1000 === 0) {
                    progress();
                    writeFileSync(join(outDir, 'findings.json'), JSON.stringify(findings, null, 2));
                }
            }
        },
    );
    child.on('exit', (code, signal) => {
        if (slot.current === undefined && !slot.released) {
            // Between cases (loading, or after one): nothing to replay, but the run is short; say so.
            findings.push({
                index: -1,
                entry: '?',
                mutation: '?',
                target: 'parse+validate',
                kind: 'exception',
                message: `worker died (code ${code}, signal ${signal}) outside a case`,
            });
        }
        if (slot.current !== undefined) {
            findings.push({
                index: slot.current,
                entry: '?',
                mutation: '?',
                target: 'parse+validate',
                kind: 'exception',
                message: `worker died (code ${code}, signal ${signal}) during case ${slot.current}`,
            });
            const died = slot.current;
            slot.current = undefined;
            done++;
            // The rest of its batch goes to a fresh worker (out of memory, a native crash: the run goes on).
            const i = slots.indexOf(slot);
            if (i >= 0) slots[i] = startWorker({ from: died + 1, to: slot.end });
        }
    });
    return slot;
}

function assign(slot: Slot): void {
    if (next >= total) {
        slot.released = true;
        slot.child.disconnect();
        return;
    }
    const from = next;
    next = Math.min(total, next + BATCH);
    slot.end = next;
    slot.child.send({ from, to: next, seed, timeBoundMs });
}

function progress(): void {
    const seconds = (Date.now() - started) / 1000;
    console.log(
        `${done}/${total + (values.huge ? HUGE_CASES : 0)} cases, ${findings.length} findings, ${Math.round(done / seconds)} cases/s, max worker RSS ${Math.round(maxRss / 2 ** 20)} MB`,
    );
}

const slots = Array.from({ length: Number(values.workers) }, () => startWorker());
// The watchdog: a worker silent for hang-after ms is stuck in one case; record it, replace the worker.
const watchdog = setInterval(() => {
    for (const [i, slot] of slots.entries()) {
        if (slot.current === undefined || Date.now() - slot.lastBeat < hangAfterMs) continue;
        const hung = slot.current;
        findings.push({
            index: hung,
            entry: '?',
            mutation: '?',
            target: 'parse+validate',
            kind: 'slow',
            message: `hang: no answer within ${hangAfterMs} ms`,
        });
        slot.current = undefined;
        done++;
        slot.released = true;
        slot.child.kill('SIGKILL');
        // The rest of the hung worker's batch goes to a fresh worker.
        slots[i] = startWorker({ from: hung + 1, to: slot.end });
    }
}, 1000);

await new Promise<void>((resolve) => {
    const check = setInterval(() => {
        if (slots.every((s) => s.child.exitCode !== null || s.child.signalCode !== null)) {
            clearInterval(check);
            resolve();
        }
    }, 200);
});
clearInterval(watchdog);
progress();
writeFileSync(join(outDir, 'findings.json'), JSON.stringify(findings, null, 2));
const kinds = new Map<string, number>();
for (const f of findings) {
    const key = `${f.target} ${f.kind}: ${f.message.slice(0, 100)}`;
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
}
for (const [key, count] of kinds) console.log(`${count}x ${key}`);
console.log(
    `findings and their inputs: ${outDir}/ (seed ${seed}; case N replays as caseInput(loadCorpus(), ${seed}, N))`,
);
const expected = total + (values.huge ? HUGE_CASES : 0);
writeFileSync(join(outDir, 'summary.json'), JSON.stringify({ expected, done, findings: findings.length }, null, 2));
if (done < expected) console.error(`only ${done} of ${expected} cases ran`);
process.exitCode = findings.length > 0 || done < expected ? 1 : 0;
