// Writes the benchmark workloads into bench/workloads/ (gitignored), deterministically:
//   corpus-1000/      1,000 seed-sized CTAP plans (~650 lines each)
//   corpus-1000-md/   the same plans exported as Markdown, for markdownlint-cli2
//   corpus-100/       the first 100 plans (the language server workspace benchmark)
//   big-plan/         one plan 10x the seed
//   scaling/          plans 1x, 10x and 100x the seed
//   manifest.json     sizes, and which renderer produced the Markdown
// Usage: node bench/generate.mjs [--count N] [--out DIR]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { planModel } from './lib/plan-model.mjs';
import { renderDsl } from './lib/render-dsl.mjs';
import { renderText } from './lib/render-text.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

export function planFileName(index) {
    return `plan-${String(index + 1).padStart(4, '0')}`;
}

/** exportPlan(document, 'markdown') from the built language package, or undefined while it has none. */
async function loadExporter() {
    const language = await import(pathToFileURL(join(here, '../packages/language/dist/node/index.js')).href);
    if (typeof language.exportPlan !== 'function') return undefined;
    const { EmptyFileSystem, URI } = await import('langium');
    const { shared } = language.createActionPlanServices(EmptyFileSystem);
    const factory = shared.workspace.LangiumDocumentFactory;
    const documents = shared.workspace.LangiumDocuments;
    return async (text, name) => {
        const uri = URI.parse(`memory:///${name}.actionplan`);
        const document = factory.fromString(text, uri);
        documents.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: false });
        try {
            return language.exportPlan(document.parseResult.value, 'markdown');
        } finally {
            documents.deleteDocument(uri);
            shared.workspace.IndexManager.remove(uri);
        }
    };
}

function freshDir(path) {
    rmSync(path, { recursive: true, force: true });
    mkdirSync(path, { recursive: true });
}

export async function generate({ count = 1000, out = join(here, 'workloads') } = {}) {
    const exporter = await loadExporter().catch(() => undefined);
    const corpus = join(out, `corpus-${count}`);
    const markdown = join(out, `corpus-${count}-md`);
    const corpus100 = join(out, 'corpus-100');
    for (const dir of [corpus, markdown, corpus100, join(out, 'big-plan'), join(out, 'scaling')]) freshDir(dir);
    let bytes = 0;
    let lines = 0;
    let markdownBytes = 0;
    for (let i = 0; i < count; i++) {
        const model = planModel(i);
        const dsl = renderDsl(model);
        const name = planFileName(i);
        writeFileSync(join(corpus, `${name}.actionplan`), dsl);
        if (i < 100) writeFileSync(join(corpus100, `${name}.actionplan`), dsl);
        const md = exporter ? await exporter(dsl, name) : renderText(model);
        writeFileSync(join(markdown, `${name}.md`), md);
        bytes += Buffer.byteLength(dsl);
        markdownBytes += Buffer.byteLength(md);
        lines += dsl.split('\n').length - 1;
    }
    const scaled = {};
    for (const scale of [1, 10, 100]) {
        const dsl = renderDsl(planModel(100000, scale));
        writeFileSync(join(out, 'scaling', `scale-${scale}x.actionplan`), dsl);
        if (scale === 10) writeFileSync(join(out, 'big-plan', 'big-plan.actionplan'), dsl);
        scaled[`${scale}x`] = { bytes: Buffer.byteLength(dsl), lines: dsl.split('\n').length - 1 };
    }
    const manifest = {
        count,
        corpus: { bytes, lines },
        markdown: {
            bytes: markdownBytes,
            renderer: exporter
                ? "exportPlan(document, 'markdown')"
                : 'bench/lib/render-text.mjs (no exporter in the build)',
        },
        scaling: scaled,
    };
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 4) + '\n');
    return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const args = process.argv.slice(2);
    const option = (name) => {
        const i = args.indexOf(name);
        return i >= 0 ? args[i + 1] : undefined;
    };
    const started = performance.now();
    const manifest = await generate({ count: Number(option('--count') ?? 1000), out: option('--out') });
    process.stderr.write(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    console.log(JSON.stringify(manifest));
}
