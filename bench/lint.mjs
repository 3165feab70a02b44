// CI lint benchmark, side by side in one run, rounds interleaved so that the shared
// machine's load hits every command alike:
//   cli      `actionplan lint corpus-1000/` (the CLI's current lint command)
//   pool     lintInParallel alone (bench/lint-pool-cli.mjs -> lint-pool.ts)
//   sequential  diagnoseFiles on all files in one thread: the lint command before the pool
//   floor    read + Langium/Chevrotain lex of the same files (bench/floor.mjs)
//   mdlint   markdownlint-cli2 0.24.1, default rules, on the plans' Markdown export
// Usage: node bench/lint.mjs [--rounds N] [--mdlint-rounds N]   (prints one JSON object)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAverage, summary, timeCommand } from './lib/measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const workloads = join(root, 'bench', 'workloads');
const args = process.argv.slice(2);
const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
};
const rounds = option('--rounds', 3);
const mdlintRounds = option('--mdlint-rounds', rounds);
const manifest = JSON.parse(readFileSync(join(workloads, 'manifest.json'), 'utf8'));
const node = process.execPath;

const commands = {
    floor: [node, [join(root, 'bench/floor.mjs'), 'corpus-1000']],
    cli: [node, [join(root, 'packages/cli/bin/actionplan.js'), 'lint', 'corpus-1000/']],
    pool: [node, [join(root, 'bench/lint-pool-cli.mjs'), 'corpus-1000/']],
    sequential: [node, [join(root, 'bench/lint-sequential-cli.mjs'), 'corpus-1000/']],
    mdlint: [node, [join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), 'corpus-1000-md/**/*.md']],
};
const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
const loads = [];

for (let round = 0; round < rounds; round++) {
    // Rotate the order each round: no command always runs first (cold cache) or last.
    const names = Object.keys(commands);
    const order = names.slice(round % names.length).concat(names.slice(0, round % names.length));
    for (const name of order) {
        if (name === 'mdlint' && round >= mdlintRounds) continue;
        loads.push(loadAverage()[0]);
        const [command, argv] = commands[name];
        const result = await timeCommand(command, argv, { cwd: workloads });
        // lint exits 1 when a plan has errors and markdownlint when a file breaks a rule; 2+ is a failure.
        if (result.status !== 0 && result.status !== 1) throw new Error(`${name} exited with ${result.status}`);
        samples[name].push(result);
        process.stderr.write(`round ${round + 1} ${name}: ${(result.wall / 1000).toFixed(2)} s\n`);
    }
}

const mb = manifest.corpus.bytes / 1e6;
const out = { rounds, mdlintRounds, corpusMB: mb, markdownMB: manifest.markdown.bytes / 1e6, loads, commands: {} };
for (const [name, list] of Object.entries(samples)) {
    const wall = summary(list.map((s) => s.wall));
    out.commands[name] = {
        command: `${commands[name][1].map((a) => a.replace(root, '')).join(' ')}`,
        wall,
        cpu: summary(list.map((s) => s.cpu ?? NaN)),
        peakRssMB: Math.max(...list.map((s) => s.rss ?? NaN)),
        mbPerSecond: mb / (wall.median / 1000),
    };
}
const ratio = (a, b) => out.commands[a].wall.median / out.commands[b].wall.median;
out.ratios = {
    cliToMdlint: ratio('cli', 'mdlint'),
    poolToMdlint: ratio('pool', 'mdlint'),
    cliToFloor: ratio('cli', 'floor'),
    poolToFloor: ratio('pool', 'floor'),
    poolToCli: ratio('pool', 'cli'),
    poolToSequential: ratio('pool', 'sequential'),
    cliToSequential: ratio('cli', 'sequential'),
};
console.log(JSON.stringify(out));
