// In-process benchmarks: lint time by plan size (1x / 10x / 100x the seed), import +
// export of seed 004, and the phases of a big-plan rebuild. Usage: node bench/inproc.mjs [--quick]   (prints one JSON object)
import '@actionplan/language/polyfills';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import * as language from '@actionplan/language';
import { summary } from './lib/measure.mjs';
import { rebuildPhases } from './lib/phases.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');

async function time(fn) {
    const started = performance.now();
    const value = await fn();
    return { ms: performance.now() - started, value };
}

const lintServices = language.createActionPlanServices(NodeFileSystem).shared;

/** diagnoseFiles on one file; its document is dropped afterwards (no cache carried between runs). */
async function lintOnce(path) {
    const { ms } = await time(() => language.diagnoseFiles(lintServices, [path]));
    lintServices.workspace.LangiumDocuments.deleteDocument(URI.file(path));
    lintServices.workspace.IndexManager.remove(URI.file(path));
    return ms;
}

async function lintScaling() {
    const result = {};
    const scaling = join(root, 'bench', 'workloads', 'scaling');
    await lintOnce(join(scaling, 'scale-1x.actionplan')); // warm up the JIT
    for (const [scale, reps] of [
        [1, quick ? 3 : 9],
        [10, quick ? 3 : 5],
        [100, quick ? 1 : 3],
    ]) {
        const samples = [];
        for (let i = 0; i < reps; i++) samples.push(await lintOnce(join(scaling, `scale-${scale}x.actionplan`)));
        result[`${scale}x`] = summary(samples);
    }
    return result;
}

/** Import (canonical text -> DSL) and export (DSL -> canonical text) of seed 004. */
async function importExport() {
    if (typeof language.importCanonicalText !== 'function' || typeof language.exportPlan !== 'function') {
        return { missing: 'importCanonicalText or exportPlan is not in the build' };
    }
    const seed = readFileSync(join(root, 'seeds', '004_fd8583dd032ba8c1.txt'), 'utf8');
    const { shared } = language.createActionPlanServices(EmptyFileSystem);
    const imports = [];
    const exports = [];
    const exportOnly = [];
    let dsl = '';
    let text = '';
    for (let i = 0; i < (quick ? 5 : 15); i++) {
        const imported = await time(() => language.importCanonicalText(seed));
        imports.push(imported.ms);
        dsl = imported.value.dsl;
        const uri = URI.parse(`memory:///seed-004-${i}.actionplan`);
        const exported = await time(async () => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(dsl, uri);
            shared.workspace.LangiumDocuments.addDocument(document);
            await shared.workspace.DocumentBuilder.build([document], { validation: false });
            const started = performance.now();
            const out = language.exportPlan(document.parseResult.value, 'text');
            exportOnly.push(performance.now() - started);
            return out;
        });
        exports.push(exported.ms);
        text = exported.value;
        shared.workspace.LangiumDocuments.deleteDocument(uri);
        shared.workspace.IndexManager.remove(uri);
    }
    return {
        seedLines: seed.split('\n').length - 1,
        dslLines: dsl.split('\n').length - 1,
        exportedLines: text.split('\n').length - 1,
        import: summary(imports.slice(1)),
        exportWithParse: summary(exports.slice(1)),
        exportPlanOnly: summary(exportOnly.slice(1)),
    };
}

const bigPlan = join(root, 'bench', 'workloads', 'big-plan', 'big-plan.actionplan');
console.log(
    JSON.stringify({
        lintScaling: await lintScaling(),
        importExport: await importExport(),
        bigPlanPhases: await rebuildPhases(bigPlan, quick ? 8 : 20),
    }),
);
