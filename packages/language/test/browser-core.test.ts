import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as esbuild from 'esbuild';

const languageRoot = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(languageRoot, '../..');

/** What a Web Worker has and a bare V8 context lacks; no process, Buffer, require or module. */
function workerGlobals(): vm.Context {
    return vm.createContext({
        console,
        setTimeout,
        clearTimeout,
        setInterval,
        clearInterval,
        queueMicrotask,
        TextEncoder,
        TextDecoder,
        URL,
        performance,
    });
}

/** Bundles an entry for the browser; esbuild fails on any Node built-in it meets. */
async function bundle(entry: string, globalName?: string) {
    return esbuild.build({
        entryPoints: [entry],
        absWorkingDir: repoRoot,
        bundle: true,
        platform: 'browser',
        format: globalName ? 'iife' : 'esm',
        globalName,
        write: false,
        metafile: true,
        logLevel: 'silent',
    });
}

/**
 * The package's main entry is the browser-safe core (docs/architecture.md): the web
 * editor runs it in a Web Worker. Bundled with esbuild for the browser, with no Node
 * shims, it must build, and run where there is no `process`.
 */
describe('browser-safe core (@actionplan/language)', function () {
    this.timeout(120_000);
    let core: esbuild.BuildResult & { outputFiles: esbuild.OutputFile[]; metafile: esbuild.Metafile };

    before(async () => {
        core = await bundle('packages/language/src/index.ts', 'ActionPlan');
    });

    it('bundles for platform "browser" without a Node built-in', () => {
        assert.deepEqual(core.errors, []);
        const inputs = Object.keys(core.metafile.inputs);
        assert.ok(inputs.some((input) => input.endsWith('packages/language/src/parse/action-plan-parser.ts')));
        assert.ok(inputs.some((input) => input.endsWith('packages/language/src/render/action-plan-render.ts')));
        // The Node entry and the language server's stdio start stay out of the core.
        assert.ok(!inputs.some((input) => /packages\/language\/src\/(node\/|main\.ts|polyfills\.ts)/.test(input)));
        assert.ok(!inputs.some((input) => /node_modules\/langium\/lib\/node\//.test(input)));
    });

    it('has no source file of the core reading process, Buffer or a node: module', () => {
        const ours = Object.keys(core.metafile.inputs).filter((input) => input.startsWith('packages/language/src/'));
        assert.ok(ours.length > 50, `only ${ours.length} source files bundled`);
        for (const input of ours) {
            const text = readFileSync(join(repoRoot, input), 'utf8');
            assert.doesNotMatch(text, /\bprocess\.|\bBuffer\.|from 'node:|require\(/, input);
        }
    });

    it("runs with a Web Worker's globals only: formats, imports, lints and refuses to export a plan with errors", async () => {
        const context = workerGlobals();
        if (vm.runInContext('typeof Object.groupBy', context) !== 'function') {
            // This Node (20) predates Object.groupBy, which browsers have natively; Node entries load core-js.
            const polyfill = await esbuild.build({
                stdin: {
                    contents: "import 'core-js/actual/object/group-by.js'; import 'core-js/actual/map/group-by.js';",
                    resolveDir: repoRoot,
                },
                bundle: true,
                platform: 'browser',
                format: 'iife',
                write: false,
                logLevel: 'silent',
            });
            vm.runInContext(polyfill.outputFiles[0]!.text, context);
        }
        assert.equal(
            vm.runInContext('typeof process + typeof Buffer + typeof require', context),
            'undefinedundefinedundefined',
        );
        vm.runInContext(core.outputFiles[0]!.text, context);
        context.plan = readFileSync(join(repoRoot, 'examples/small-ctap.actionplan'), 'utf8');
        context.seed = readFileSync(join(repoRoot, 'seeds/000_85b3a39294e53046.txt'), 'utf8');
        const result = (await vm.runInContext(
            `(async () => {
                const engine = new ActionPlan.ActionPlanEngine();
                const uri = ActionPlan.URI.parse('memory:///plan.actionplan');
                const clean = await engine.lintText(uri, plan);
                const broken = plan.replace('    economy "New Zealand"\\n', '    economy "New Zealand"\\n    economy "Aotearoa"\\n');
                const lint = await engine.lintText(uri, broken);
                const refused = await engine.exportText(uri, broken, 'text');
                const forced = await engine.exportText(uri, broken, 'text', { force: true });
                return {
                    formatted: ActionPlan.formatText(plan).text === plan,
                    imported: ActionPlan.importText(seed).form,
                    clean: clean.diagnostics.map((d) => d.code),
                    broken: lint.diagnostics.map((d) => d.code),
                    exportable: ActionPlan.exportability(lint.diagnostics).exportable,
                    refused: [refused.text ?? null, refused.errors.map((d) => d.code)],
                    forced: forced.text.split('\\n')[0],
                };
            })()`,
            context,
        )) as Record<string, unknown>;
        assert.deepEqual(JSON.parse(JSON.stringify(result)), {
            formatted: true,
            imported: 'progress-report',
            clean: [],
            broken: ['duplicate-field'],
            exportable: false,
            refused: [null, ['duplicate-field']],
            forced: 'Asia-Pacific Economic Cooperation',
        });
    });
});
