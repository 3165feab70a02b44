// Word export and import of seed 004 against its text export, as whole CLI processes
// (start-up, parse, link, render, write), measured side by side: interleaved rounds,
// the order rotated each round. Targets: each ≤ 2× the text export.
// Usage: node bench/word.mjs [--rounds N] [--write]   (--write: updates bench/RESULTS.md's section)
// Needs a build (`npx tsc -b`). `npm run bench` runs it too.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAverage, summary, timeCommand } from './lib/measure.mjs';
import { WORD_HEADING, wordSection } from './lib/results-md.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const roundsIndex = args.indexOf('--rounds');
const rounds = roundsIndex >= 0 ? Number(args[roundsIndex + 1]) : args.includes('--quick') ? 3 : 7;
const cli = join(root, 'packages/cli/bin/actionplan.js');
const plan = join(root, 'examples/japan-ctap-2013.actionplan');
const folder = mkdtempSync(join(tmpdir(), 'ap-bench-word-'));
const docx = join(folder, 'plan.docx');

const commands = {
    text: ['export', plan, '--format', 'text', '-o', join(folder, 'plan.txt')],
    docxExport: ['export', plan, '--format', 'docx', '-o', docx],
    docxImport: ['import', docx, '-o', join(folder, 'from-docx.actionplan')],
    textImport: ['import', join(folder, 'plan.txt'), '-o', join(folder, 'from-text.actionplan')],
};

// Once first: the files the imports read, and a check that every command works.
for (const [name, argv] of Object.entries(commands)) {
    execFileSync(process.execPath, [cli, ...argv], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    process.stderr.write(`bench word: ${name} ok\n`);
}
const loadBefore = loadAverage();
const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, { wall: [], cpu: [], rss: [] }]));
const names = Object.keys(commands);
for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
        const name = names[(i + round) % names.length];
        const run = await timeCommand(process.execPath, [cli, ...commands[name]], { cwd: root });
        if (run.status !== 0) throw new Error(`${name} exited with ${run.status}`);
        samples[name].wall.push(run.wall);
        if (run.cpu !== null) samples[name].cpu.push(run.cpu);
        if (run.rss !== null) samples[name].rss.push(run.rss);
    }
    process.stderr.write(`bench word: round ${round + 1}/${rounds}\n`);
}
const stats = Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [
        name,
        {
            wall: summary(s.wall),
            cpu: s.cpu.length ? summary(s.cpu) : null,
            rssMB: s.rss.length ? Math.max(...s.rss) : null,
        },
    ]),
);
const result = {
    date: new Date().toISOString(),
    rounds,
    loadBefore,
    loadAfter: loadAverage(),
    docxBytes: statSync(docx).size,
    planLines: readFileSync(plan, 'utf8').split('\n').length - 1,
    commands: {
        text: 'actionplan export japan-ctap-2013.actionplan -f text -o plan.txt',
        docxExport: 'actionplan export japan-ctap-2013.actionplan -f docx -o plan.docx',
        docxImport: 'actionplan import plan.docx -o plan.actionplan',
        textImport: 'actionplan import plan.txt -o plan.actionplan',
    },
    stats,
    ratios: {
        docxExport: stats.docxExport.wall.median / stats.text.wall.median,
        docxImport: stats.docxImport.wall.median / stats.text.wall.median,
    },
};
rmSync(folder, { recursive: true, force: true });

if (args.includes('--write')) {
    // Replaces the section (or appends it) in bench/RESULTS.md, leaving the rest of the last full run alone.
    const path = join(root, 'bench/RESULTS.md');
    const text = readFileSync(path, 'utf8');
    const section = `${WORD_HEADING}\n\n${wordSection(result)}\n`;
    const start = text.indexOf(WORD_HEADING);
    const end = start < 0 ? -1 : text.indexOf('\n## ', start + WORD_HEADING.length);
    const updated =
        start < 0
            ? `${text.trimEnd()}\n\n${section}`
            : `${text.slice(0, start)}${section}${end < 0 ? '' : text.slice(end)}`;
    writeFileSync(path, updated);
    const prettier = join(root, 'node_modules/prettier/bin/prettier.cjs');
    execFileSync(process.execPath, [prettier, '--write', 'bench/RESULTS.md'], { cwd: root, stdio: 'ignore' });
}
process.stdout.write(JSON.stringify(result) + '\n');
