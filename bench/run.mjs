// `npm run bench`: generates the workloads, runs every benchmark side by side and writes
// bench/RESULTS.md (and bench/workloads/results.json). Needs a build (`npx tsc -b`).
// Usage: node bench/run.mjs [--quick] [--no-generate] [--rounds N] [--render-only]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadAverage } from './lib/measure.mjs';
import { renderResults } from './lib/results-md.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const roundsIndex = args.indexOf('--rounds');
const rounds = roundsIndex >= 0 ? args[roundsIndex + 1] : quick ? '1' : '3';

/** Runs a bench script; its last stdout line is its JSON result. Progress goes to our stderr. */
function runScript(script, scriptArgs = []) {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [join(root, 'bench', script), ...scriptArgs], {
            cwd: root,
            stdio: ['ignore', 'pipe', 'inherit'],
        });
        let out = '';
        child.stdout.on('data', (chunk) => (out += chunk));
        child.on('error', reject);
        child.on('exit', (code) => {
            if (code !== 0) return reject(new Error(`${script} exited with ${code}`));
            resolve(JSON.parse(out.trim().split('\n').pop()));
        });
    });
}

const resultsPath = join(root, 'bench', 'workloads', 'results.json');
/** Writes RESULTS.md from the results and lets prettier lay out its tables (keeps `npm run lint` green). */
function writeResults(results) {
    const path = join(root, 'bench', 'RESULTS.md');
    // The web editor's section is bench/web.mjs's (it needs a built site and chromium): kept as it is.
    const previous = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const web = /<!-- web-editor:start[\s\S]*<!-- web-editor:end -->/.exec(previous)?.[0];
    writeFileSync(path, renderResults(results) + (web ? `\n${web}\n` : ''));
    try {
        const prettier = join(root, 'node_modules/prettier/bin/prettier.cjs');
        execFileSync(process.execPath, [prettier, '--write', 'bench/RESULTS.md'], { cwd: root, stdio: 'ignore' });
    } catch {
        process.stderr.write('bench: prettier could not format bench/RESULTS.md\n');
    }
}

if (args.includes('--render-only')) {
    // Re-render the last run (e.g. after editing bench/FINDINGS.md).
    writeResults(JSON.parse(readFileSync(resultsPath, 'utf8')));
    process.exit(0);
}

const started = performance.now();
const manifestPath = join(root, 'bench', 'workloads', 'manifest.json');
const loadBefore = loadAverage();
if (!args.includes('--no-generate') || !existsSync(manifestPath)) {
    process.stderr.write('bench: generating workloads…\n');
    await runScript('generate.mjs');
}
if (!existsSync(manifestPath)) throw new Error('no workloads: run node bench/generate.mjs');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const flags = quick ? ['--quick'] : [];
process.stderr.write('bench: CI lint…\n');
const partial = join(root, 'bench', 'workloads', 'partial-results.json');
rmSync(partial, { force: true });
const keep = (name, value) => {
    // A later stage that fails does not lose the earlier ones.
    const saved = existsSync(partial) ? JSON.parse(readFileSync(partial, 'utf8')) : {};
    writeFileSync(partial, JSON.stringify({ ...saved, [name]: value }, null, 4) + '\n');
    return value;
};
const lint = keep('lint', await runScript('lint.mjs', ['--rounds', rounds]));
process.stderr.write('bench: in-process (scaling, import/export)…\n');
const inproc = keep('inproc', await runScript('inproc.mjs', flags));
process.stderr.write('bench: editor (language server on stdio)…\n');
const editor = keep('editor', await runScript('editor.mjs', flags));
process.stderr.write('bench: Word export and import…\n');
const word = await runScript('word.mjs', flags);

const git = (...gitArgs) => {
    try {
        return execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8' }).trim();
    } catch {
        return 'unknown';
    }
};
const results = {
    date: new Date().toISOString(),
    commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' (with uncommitted changes)' : ''}`,
    machine: {
        node: process.version,
        cpus: `${cpus().length} x ${cpus()[0]?.model ?? '?'}`,
        memoryGB: Number((totalmem() / 2 ** 30).toFixed(1)),
        loadBefore,
        loadAfter: loadAverage(),
    },
    quick,
    totalSeconds: (performance.now() - started) / 1000,
    manifest,
    lint,
    inproc,
    editor,
    word,
};
writeFileSync(resultsPath, JSON.stringify(results, null, 4) + '\n');
writeResults(results);
process.stderr.write(`bench: done in ${results.totalSeconds.toFixed(0)} s; see bench/RESULTS.md\n`);
