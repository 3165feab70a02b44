// Editor benchmarks over the real language server on stdio: diagnostics after one-character
// edits (big-plan and the scaling set), completion, documentSymbol, initialize -> first
// diagnostics of the seed plan, and server memory with 100 / 1,000 corpus plans as the workspace.
// Usage: node bench/editor.mjs [--quick]   (prints one JSON object)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BenchLspClient } from './lib/lsp-bench-client.mjs';
import { percentile, summary } from './lib/measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const workloads = join(root, 'bench', 'workloads');
const quick = process.argv.includes('--quick');
const uriOf = (path) => pathToFileURL(path).toString();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (text) => process.stderr.write(`editor: ${text}\n`);

/** Opens `path` and waits for its first diagnostics and a quiet moment. */
async function openAndSettle(client, path) {
    const uri = uriOf(path);
    const text = readFileSync(path, 'utf8');
    const before = client.count(uri);
    await client.open(uri, text);
    await client.until(() => client.count(uri) > before, 300000);
    await sleep(300);
    return { uri, text };
}

/** A position inside a measure string near the middle of the text (the edit point). */
function editPoint(text) {
    const lines = text.split('\n');
    for (let line = lines.length >> 1; line < lines.length; line++) {
        const column = lines[line].indexOf('- "');
        if (column >= 0) return { line, character: column + 8 };
    }
    throw new Error('no measure to edit');
}

/** One-character edits (insert `x`, then delete it, …); ms from didChange to the next diagnostics. */
async function editLatencies(client, uri, text, count, warmup = 2) {
    const at = editPoint(text);
    const samples = [];
    let version = 1;
    let inserted = false;
    for (let i = 0; i < count + warmup; i++) {
        const before = client.count(uri);
        const range = inserted
            ? { start: at, end: { line: at.line, character: at.character + 1 } }
            : { start: at, end: at };
        // The full text (sent only to a server without incremental sync) is made before the
        // clock starts: splitting and joining a 6 MB plan is the client's cost, not the server's.
        const lines = text.split('\n');
        if (!inserted)
            lines[at.line] = lines[at.line].slice(0, at.character) + 'x' + lines[at.line].slice(at.character);
        const fullText = lines.join('\n');
        const started = performance.now();
        await client.change(uri, ++version, range, inserted ? '' : 'x', fullText);
        inserted = !inserted;
        await client.until(() => client.count(uri) > before, 120000);
        if (i >= warmup) samples.push(performance.now() - started);
        log(`edit ${i}: ${(performance.now() - started).toFixed(0)} ms`);
    }
    return samples;
}

function stats(samples) {
    return { ...summary(samples), p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function bigPlan() {
    const folder = join(workloads, 'big-plan');
    const client = new BenchLspClient(uriOf(folder));
    try {
        await client.initialize();
        const { uri, text } = await openAndSettle(client, join(folder, 'big-plan.actionplan'));
        const edits = await editLatencies(client, uri, text, quick ? 10 : 40);
        // Completion of a commitment id after a block keyword, in the middle of the plan.
        const lines = text.split('\n');
        let line = lines.length >> 1;
        while (!/^\s+undertaken /.test(lines[line])) line++;
        const position = { line, character: lines[line].indexOf('undertaken ') + 'undertaken '.length };
        const completion = [];
        let completionItems = 0;
        for (let i = 0; i < (quick ? 8 : 25); i++) {
            const { ms, result } = await client.timed('textDocument/completion', { textDocument: { uri }, position });
            completion.push(ms);
            completionItems = Array.isArray(result) ? result.length : (result?.items?.length ?? 0);
        }
        const symbols = [];
        let symbolCount = 0;
        for (let i = 0; i < (quick ? 5 : 15); i++) {
            const { ms, result } = await client.timed('textDocument/documentSymbol', { textDocument: { uri } });
            symbols.push(ms);
            symbolCount = result?.length ?? 0;
        }
        return {
            lines: lines.length - 1,
            diagnosticsAfterEdit: stats(edits),
            completion: { ...stats(completion.slice(2)), items: completionItems },
            documentSymbol: { ...stats(symbols.slice(1)), topLevelSymbols: symbolCount },
            serverMemory: client.memory(),
        };
    } finally {
        await client.stop();
    }
}

/** Re-validation after a one-character edit, by plan size. */
async function revalidationScaling() {
    const result = {};
    for (const scale of [1, 10, 100]) {
        const client = new BenchLspClient(null);
        try {
            await client.initialize();
            const { uri, text } = await openAndSettle(client, join(workloads, 'scaling', `scale-${scale}x.actionplan`));
            const samples = await editLatencies(client, uri, text, scale === 100 ? (quick ? 3 : 6) : quick ? 6 : 15, 1);
            result[`${scale}x`] = stats(samples);
        } finally {
            await client.stop();
        }
    }
    return result;
}

/** Server start: initialize request -> first diagnostics for the opened seed plan. */
async function firstDiagnostics() {
    const seed = ['japan-ctap-2013.actionplan', 'small-ctap.actionplan']
        .map((name) => join(root, 'examples', name))
        .find((path) => existsSync(path));
    const samples = [];
    for (let i = 0; i < (quick ? 3 : 7); i++) {
        const client = new BenchLspClient(uriOf(join(root, 'examples')));
        try {
            const started = performance.now();
            await client.initialize();
            const uri = uriOf(seed);
            await client.open(uri, readFileSync(seed, 'utf8'));
            await client.until(() => client.count(uri) > 0, 60000);
            samples.push(performance.now() - started);
        } finally {
            await client.stop();
        }
    }
    return { file: seed.slice(root.length), ...summary(samples) };
}

/**
 * Server RSS with a corpus folder as the workspace: once the workspace is indexed (a request
 * waits for that; Langium does not validate unopened files), then with every plan opened in
 * the editor and diagnosed.
 */
async function workspaceMemory(folderName) {
    const folder = join(workloads, folderName);
    const files = readdirSync(folder).filter((name) => name.endsWith('.actionplan'));
    const client = new BenchLspClient(uriOf(folder));
    try {
        const started = performance.now();
        await client.initialize();
        const first = uriOf(join(folder, files[0]));
        await client.timed('textDocument/documentSymbol', { textDocument: { uri: first } });
        const indexedMs = performance.now() - started;
        const indexed = client.memory();
        for (const name of files) {
            const path = join(folder, name);
            await client.open(uriOf(path), readFileSync(path, 'utf8'));
        }
        const uris = files.map((name) => uriOf(join(folder, name)));
        await client.until(() => uris.every((uri) => client.count(uri) > 0), 900000);
        const openMs = performance.now() - started;
        const { ms, result } = await client.timed('textDocument/documentSymbol', { textDocument: { uri: first } });
        return {
            plans: files.length,
            indexedMs,
            indexed,
            openMs,
            memory: client.memory(),
            answers: { documentSymbolMs: ms, symbols: result?.length ?? 0 },
        };
    } finally {
        await client.stop();
    }
}

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const stages = {
    big: bigPlan,
    revalidation: revalidationScaling,
    firstDiagnostics,
    memory100: () => workspaceMemory('corpus-100'),
    memory1000: () => workspaceMemory('corpus-1000'),
};
const results = {};
for (const [name, run] of Object.entries(stages)) {
    if ((only && name !== only) || (quick && name === 'memory1000')) continue;
    log(`${name}…`);
    results[name] = await run();
    log(`${name}: ${JSON.stringify(results[name])}`);
}
console.log(JSON.stringify(results));
