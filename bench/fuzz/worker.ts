// A fuzz worker process: receives ranges of case numbers from run.ts, reports
// each case's start (so the parent can name a hanging case) and its findings.
import '../../packages/language/src/polyfills.js';
import { loadCorpus } from '../../test/robustness/corpus.js';
import { runFuzzCase } from '../../test/robustness/fuzz-case.js';
import { FuzzHarness } from '../../test/robustness/fuzz-harness.js';

interface Job {
    from: number;
    to: number;
    seed: number;
    timeBoundMs: number;
}

const send = (message: unknown) => new Promise<void>((resolve) => process.send!(message, () => resolve()));
const corpus = loadCorpus();
let harness: FuzzHarness | undefined;

// Jobs run one after the other, never interleaved.
let queue = Promise.resolve();
process.on('message', (job: Job) => {
    queue = queue.then(() => runJob(job));
});

async function runJob(job: Job): Promise<void> {
    harness ??= await FuzzHarness.create({ timeBoundMs: job.timeBoundMs });
    for (let index = job.from; index < job.to; index++) {
        await send({ type: 'start', index });
        // Checks the watchdog itself: `FUZZ_SELF_TEST_HANG=N` makes case N spin forever.
        if (process.env.FUZZ_SELF_TEST_HANG === String(index)) for (;;);
        const { findings, bytes } = await runFuzzCase(harness, corpus, job.seed, index);
        await send({
            type: 'done',
            index,
            findings,
            bytes: findings.length > 0 ? bytes.toString('base64') : undefined,
            rss: process.memoryUsage().rss,
        });
    }
    await send({ type: 'idle' });
}
process.on('disconnect', () => {
    harness?.dispose();
    process.exit(0);
});
// Checks the runner's count: `FUZZ_SELF_TEST_EXIT=1` makes the worker die before its first case.
if (process.env.FUZZ_SELF_TEST_EXIT === '1') process.exit(3);
void send({ type: 'ready' });
