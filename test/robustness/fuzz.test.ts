import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, repoRoot } from './corpus.js';
import type { CaseFinding } from './fuzz-case.js';
import { FuzzHarness } from './fuzz-harness.js';
import type { Finding } from './fuzz-harness.js';
import { hugeLine } from './mutations.js';
import { loadExporter, loadImporter } from './optional-modules.js';
import { prng } from './plan-printer.js';

/** The bounded run of `npm test`; `npm run fuzz` runs 100,000 (FUZZ_CASES overrides this one). */
const CASES = Number(process.env.FUZZ_CASES ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const OUT = join(repoRoot, '.tmp/fuzz-test');
const RUNNER = join(repoRoot, 'bench/fuzz/run.ts');

/** The fuzz runner in a child process, one worker, no 10 MB lines. */
function runFuzz(cases: number, out: string, env: Record<string, string> = {}) {
    const args = ['--cases', String(cases), '--seed', String(SEED), '--workers', '1', '--time-bound', '5000'];
    return spawnSync(
        process.execPath,
        ['--import', 'tsx', RUNNER, ...args, '--hang-after', '30000', '--no-huge', '--out', out],
        { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, ...env } },
    );
}

/** One line per distinct problem, with how often and the first case that showed it. */
function summarize(findings: Array<Finding & { label: string }>): string[] {
    const seen = new Map<string, { count: number; first: Finding & { label: string } }>();
    for (const f of findings) {
        const key = `${f.target} ${f.kind}: ${f.kind === 'slow' ? f.message.replace(/\d+ ms/, 'N ms') : f.message}`;
        const entry = seen.get(key) ?? { count: 0, first: f };
        entry.count++;
        seen.set(key, entry);
    }
    return [...seen].map(
        ([key, { count, first }]) =>
            `${count}x ${key.slice(0, 200)}\n    first: ${first.label} (${first.message})\n    ${(first.stack ?? '').split('\n').slice(1, 3).join('\n    ').trim()}`,
    );
}

describe('robustness: mutation fuzzing (parser, validator, editor features, importer, exporter)', function () {
    this.timeout(600000);
    let harness: FuzzHarness;
    const corpus = loadCorpus();
    before(async () => {
        harness = await FuzzHarness.create({ timeBoundMs: 5000 });
        rmSync(OUT, { recursive: true, force: true });
    });
    after(() => {
        harness.dispose();
    });

    it('truncates the examples at every line: no exception, no diagnostic outside the text', async () => {
        const findings: Array<Finding & { label: string }> = [];
        for (const entry of corpus.filter((e) => e.name.startsWith('examples/small-'))) {
            const lines = entry.bytes.toString('utf8').split(/(?<=\n)/);
            for (let n = 0; n <= lines.length; n++) {
                const bytes = Buffer.from(lines.slice(0, n).join(''));
                const label = `${entry.name} cut after line ${n}`;
                findings.push(...(await harness.runPlan(bytes)).findings.map((f) => ({ ...f, label })));
            }
        }
        const lines = summarize(findings);
        assert.deepEqual(lines, [], `${findings.length} findings:\n${lines.join('\n')}`);
    });

    it('fails to start when a stage it was asked for did not load, instead of skipping it', async () => {
        const none = () => Promise.resolve(undefined);
        const real = { importer: loadImporter, exporter: loadExporter };
        await assert.rejects(FuzzHarness.create({ loaders: { ...real, importer: none } }), /the importer stage/);
        await assert.rejects(FuzzHarness.create({ loaders: { ...real, exporter: none } }), /the exporter stage/);
    });

    it('counts the cases run: a worker that dies between cases fails the run', () => {
        const run = runFuzz(5, join(OUT, 'self-test'), { FUZZ_SELF_TEST_EXIT: '1' });
        assert.equal(run.status, 1, run.stderr);
        assert.match(run.stderr, /only 0 of 5 cases ran/);
        const summary = JSON.parse(readFileSync(join(OUT, 'self-test', 'summary.json'), 'utf8')) as { done: number };
        assert.equal(summary.done, 0);
    });

    // In worker processes (bench/fuzz/run.ts) so that a case stuck in a synchronous loop is stopped and named.
    it(`survives ${CASES} random mutation cases (seed ${SEED}) of the examples, seeds and generated plans`, () => {
        const run = runFuzz(CASES, OUT);
        assert.ok(existsSync(join(OUT, 'findings.json')), `the fuzz runner failed:\n${run.stdout}\n${run.stderr}`);
        // Every case ran: a run that stopped short (or never started) is no pass.
        const summary = JSON.parse(readFileSync(join(OUT, 'summary.json'), 'utf8')) as { done: number };
        assert.equal(summary.done, CASES, `${run.stdout}\n${run.stderr}`);
        const findings = (JSON.parse(readFileSync(join(OUT, 'findings.json'), 'utf8')) as CaseFinding[]).map((f) => ({
            ...f,
            label: `case ${f.index} (${f.entry}, ${f.mutation}; input in ${OUT}/inputs)`,
        }));
        const lines = summarize(findings);
        assert.deepEqual(lines, [], `${findings.length} findings in ${CASES} cases:\n${lines.join('\n')}`);
    });

    // 10 MB is the CLI's default file size limit. A stage may take 5 s + 3 ms a kB (35 s here); 10 MB of
    // quotes are 5 million tokens, cut at the lexer's limit (1,000,000) with a syntax error.
    it('parses, validates, edits and exports a 10 MB string, identifier and run of quotes in time', async () => {
        const findings: Array<Finding & { label: string }> = [];
        const base = corpus.find((e) => e.name === 'examples/small-ctap.actionplan')!.bytes;
        for (const [kind, what] of ['one 10 MB string', 'one 10 MB identifier', '10 MB of quotes'].entries()) {
            const bytes = hugeLine(base, prng(kind), kind);
            const label = `${what} in small-ctap`;
            findings.push(...(await harness.runPlan(bytes)).findings.map((f) => ({ ...f, label })));
        }
        const lines = summarize(findings);
        assert.deepEqual(lines, [], lines.join('\n'));
    });
});
