// Multi-plan views benchmark, side by side in one run, rounds interleaved:
//   summary of corpus-1000/ vs `actionplan lint corpus-1000/`   target ≤ 1.5× time, ≤ 500 MB peak RSS
//   diff of two seed-size plans vs `actionplan lint` of one      target ≤ 1.5× time
// Whole CLI processes. Writes the "Multi-plan views" section of bench/RESULTS.md.
// Usage: node bench/views.mjs [--rounds N]   (needs `node bench/generate.mjs` and a build)
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAverage, summary, timeCommand } from './lib/measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const workloads = join(root, 'bench', 'workloads');
const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1] || 3);
if (!existsSync(join(workloads, 'corpus-1000'))) throw new Error('no workloads: run node bench/generate.mjs');
const cli = join(root, 'packages/cli/bin/actionplan.js');
const out = mkdtempSync(join(tmpdir(), 'ap-views-'));
const seed = join(root, 'examples/japan-ctap-2013.actionplan');
// Next year's plan: the seed with a new calendar year and one measure edited.
const next = join(out, 'japan-2014.actionplan');
writeFileSync(
    next,
    readFileSync(seed, 'utf8').replace('calendar year 2013', 'calendar year 2014').replace('in 2014."', 'in 2015."'),
);

const commands = {
    lintCorpus: ['lint', 'corpus-1000/'],
    summary: ['summary', 'corpus-1000/', '--format', 'json', '-o', join(out, 'summary.json')],
    lintOne: ['lint', seed],
    diff: ['diff', seed, next, '--format', 'json', '-o', join(out, 'diff.json')],
};
const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
const loads = [];
for (let round = 0; round < rounds; round++) {
    const names = Object.keys(commands);
    const order = names.slice(round % names.length).concat(names.slice(0, round % names.length));
    for (const name of order) {
        loads.push(loadAverage()[0]);
        const result = await timeCommand(process.execPath, [cli, ...commands[name]], { cwd: workloads });
        if (result.status !== 0 && result.status !== 1) throw new Error(`${name} exited with ${result.status}`);
        samples[name].push(result);
        process.stderr.write(
            `round ${round + 1} ${name}: ${(result.wall / 1000).toFixed(2)} s, ${result.rss?.toFixed(0)} MB\n`,
        );
    }
}
const wall = (name) => summary(samples[name].map((s) => s.wall)).median;
const rss = (name) => Math.max(...samples[name].map((s) => s.rss ?? NaN));
const results = {
    rounds,
    loads,
    summaryRatio: wall('summary') / wall('lintCorpus'),
    diffRatio: wall('diff') / wall('lintOne'),
    wall: Object.fromEntries(Object.keys(commands).map((name) => [name, wall(name)])),
    rss: Object.fromEntries(Object.keys(commands).map((name) => [name, rss(name)])),
};
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const section = `<!-- views:start -->
## Multi-plan views (\`node bench/views.mjs\`)

Whole CLI processes, ${rounds} interleaved rounds, medians; load average ${Math.min(...loads)}–${Math.max(...loads)} on ${'2'} cores.

| measure | target | measured |
| --- | --- | --- |
| \`summary corpus-1000/\` ÷ \`lint corpus-1000/\` | ≤ 1.5× | ${results.summaryRatio.toFixed(2)}× (${s(results.wall.summary)} vs ${s(results.wall.lintCorpus)}) |
| \`summary corpus-1000/\` peak RSS | ≤ 500 MB | ${results.rss.summary.toFixed(0)} MB |
| \`diff\` of two seed-size plans ÷ \`lint\` of one | ≤ 1.5× | ${results.diffRatio.toFixed(2)}× (${s(results.wall.diff)} vs ${s(results.wall.lintOne)}) |
<!-- views:end -->
`;
const resultsPath = join(root, 'bench', 'RESULTS.md');
const md = readFileSync(resultsPath, 'utf8');
const updated = md.includes('<!-- views:start -->')
    ? md.replace(/<!-- views:start -->[\s\S]*<!-- views:end -->\n/, section)
    : `${md.trimEnd()}\n\n${section}`;
writeFileSync(resultsPath, updated);
process.stdout.write(JSON.stringify(results) + '\n');
