/* global window, localStorage, performance -- code run in the page by page.evaluate */
// The web editor in headless Chromium (Debian's chromium, playwright-core): first
// diagnostics for seed 004, diagnostics after a one-character edit, completion, and the
// bundle sizes. Writes its section of bench/RESULTS.md (between the web-editor markers)
// and prints the results as JSON on its last line.
//   npm run build:web && node bench/web.mjs [--rounds N]
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { loadAverage, percentile, median, fmtMs } from './lib/measure.mjs';
import { serveSite } from '../packages/web/serve.mjs';

const START = '<!-- web-editor:start (bench/web.mjs) -->';
const END = '<!-- web-editor:end -->';
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'packages/web/dist');
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const loads = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 7;
const SEED = join(root, 'examples/japan-ctap-2013.actionplan');
const seedText = readFileSync(SEED, 'utf8');
const log = (message) => process.stderr.write(`bench web: ${message}\n`);

// ---- sizes
const sizes = ['page.js', 'worker.js', 'styles.css', 'index.html'].map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: statSync(join(dist, file)).size, gzip: gzipSync(bytes, { level: 9 }).length };
});

const loadBefore = loadAverage();
const server = await serveSite({ root: dist, port: 0 });
const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

/** A fresh profile whose localStorage holds the seed plan, as after "Open…" and a reload. */
async function pageWithSeed() {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.evaluate((text) => {
        const files = { 'japan-ctap-2013.actionplan': { text, saved: text } };
        localStorage.setItem(
            'actionplan.web.workspace.v1',
            JSON.stringify({ files, current: 'japan-ctap-2013.actionplan' }),
        );
    }, seedText);
    return { context, page };
}

// ---- first diagnostics: page load → seed 004's diagnostics in the editor
const firstFromLoad = [];
const firstFromOpen = [];
for (let round = 0; round < loads; round++) {
    const { context, page } = await pageWithSeed();
    await page.reload();
    const at = await page.waitForFunction(
        () => window.actionPlanWeb?.diagnostics().length > 0 && performance.now(),
        null,
        { polling: 5, timeout: 30_000 },
    );
    firstFromLoad.push(await at.jsonValue());
    await context.close();

    // Through "Open…" on an empty page: from the file chosen to its diagnostics.
    const fresh = await browser.newContext();
    const empty = await fresh.newPage();
    await empty.goto(server.url);
    await empty.evaluate(() => window.actionPlanWeb.ready());
    const chooser = empty.waitForEvent('filechooser');
    await empty.getByRole('button', { name: 'Open…', exact: true }).click();
    const start = await empty.evaluate(() => performance.now());
    await (await chooser).setFiles(SEED);
    const done = await empty.waitForFunction(
        () => window.actionPlanWeb.diagnostics().length > 0 && performance.now(),
        null,
        { polling: 5, timeout: 30_000 },
    );
    firstFromOpen.push((await done.jsonValue()) - start);
    await fresh.close();
    log(`first diagnostics ${round + 1}/${loads}`);
}

// ---- edits and completion on one page
const { context, page } = await pageWithSeed();
await page.reload();
await page.waitForFunction(() => window.actionPlanWeb?.diagnostics().length > 0, null, { timeout: 30_000 });
await page.waitForTimeout(500);
const edits = [];
for (let i = 0; i < 40; i++) {
    // One character typed into the title string (line 6), then removed: each is an edit.
    const ms = await page.evaluate(
        async (insert) => {
            const hooks = window.actionPlanWeb;
            const next = hooks.nextPublish();
            const start = performance.now();
            if (insert) hooks.type(6, 12, 'x');
            else hooks.erase(6, 12, 1);
            return (await next) - start;
        },
        i % 2 === 0,
    );
    edits.push(ms);
    await page.waitForTimeout(100);
}
log('edits done');
const completions = [];
let items = 0;
for (let i = 0; i < 25; i++) {
    // `contact |` on line 69: the plan's contact ids.
    const ms = await page.evaluate(async () => {
        const start = performance.now();
        const shown = await window.actionPlanWeb.complete(69, 17);
        return shown - start;
    });
    items = await page.locator('.cm-tooltip-autocomplete li').count();
    completions.push(ms);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
}
log('completion done');
await context.close();
await browser.close();
await server.close();
const loadAfter = loadAverage();

const results = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    load: { before: loadBefore, after: loadAfter },
    sizes,
    firstFromLoad,
    firstFromOpen,
    edits,
    completions,
    completionItems: items,
};
writeSection(results);
console.log(JSON.stringify(results));

function gitCommit() {
    try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    } catch {
        return 'unknown';
    }
}

function kb(bytes) {
    return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The web editor's section of bench/RESULTS.md, replaced in place (the rest is bench/run.mjs's). */
function writeSection(r) {
    const pageWorker = r.sizes.filter((s) => s.file === 'page.js' || s.file === 'worker.js');
    const gzipTotal = pageWorker.reduce((sum, s) => sum + s.gzip, 0);
    const rawTotal = pageWorker.reduce((sum, s) => sum + s.raw, 0);
    const row = (name, values, target) =>
        `| ${name} | ${fmtMs(median(values))} | ${fmtMs(percentile(values, 95))} | ${fmtMs(Math.min(...values))} – ${fmtMs(Math.max(...values))} | ${values.length} | ${target} |`;
    const met = (ok) => (ok ? 'met' : 'NOT met');
    const lines = [
        START,
        '',
        '## Web editor (headless Chromium)',
        '',
        `Generated by \`node bench/web.mjs\` on ${r.date}; commit ${r.commit}; Debian chromium, playwright-core, site served on 127.0.0.1. 1-minute load average ${r.load.before[0]} before, ${r.load.after[0]} after, on 2 shared cores: absolute times move with the load.`,
        '',
        '| measure | p50 / median | p95 | min – max | n | target |',
        '| --- | --- | --- | --- | --- | --- |',
        row(
            'page load → first diagnostics, seed 004 (plan kept in localStorage)',
            r.firstFromLoad,
            `≤ 1.5 s: ${met(median(r.firstFromLoad) <= 1500)}`,
        ),
        row('"Open…" seed 004 → its diagnostics (page already loaded)', r.firstFromOpen, ''),
        row(
            'one-character edit → diagnostics (25 ms sync delay included)',
            r.edits,
            `p50 ≤ 150 ms: ${met(median(r.edits) <= 150)}`,
        ),
        row(
            `completion (Ctrl+Space after \`contact \`, ${r.completionItems} items) → list drawn`,
            r.completions,
            `p50 ≤ 100 ms: ${met(median(r.completions) <= 100)}`,
        ),
        '',
        '| file | raw | gzip (level 9) |',
        '| --- | --- | --- |',
        ...r.sizes.map((s) => `| \`${s.file}\` | ${kb(s.raw)} | ${kb(s.gzip)} |`),
        `| page + worker | ${kb(rawTotal)} | ${kb(gzipTotal)} (target ≤ 1.5 MB: ${met(gzipTotal <= 1.5 * 1024 * 1024)}) |`,
        '',
        END,
    ];
    const path = join(root, 'bench/RESULTS.md');
    const current = readFileSync(path, 'utf8');
    const start = current.indexOf(START);
    const end = current.indexOf(END);
    const section = lines.join('\n');
    const next =
        start >= 0 && end > start
            ? current.slice(0, start) + section + current.slice(end + END.length)
            : `${current.trimEnd()}\n\n${section}\n`;
    writeFileSync(path, next);
    try {
        execFileSync(process.execPath, [join(root, 'node_modules/prettier/bin/prettier.cjs'), '--write', path], {
            stdio: 'ignore',
        });
    } catch {
        log('prettier could not format bench/RESULTS.md');
    }
}
