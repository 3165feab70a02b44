// Bundles the extension (src/extension.ts) and the language server
// (packages/language/src/main.ts) into dist/, so the .vsix carries no
// node_modules. Both are CommonJS for VS Code's extension host and Node.
// `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const watch = process.argv.includes('--watch');
const production = !watch;

/** @type {import('esbuild').BuildOptions} */
const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    // Keep class and function names readable in stack traces from the server.
    keepNames: true,
    logLevel: 'info',
    absWorkingDir: here,
};

const contexts = await Promise.all([
    esbuild.context({
        ...common,
        entryPoints: { extension: 'src/extension.ts' },
        outdir: 'dist',
        external: ['vscode'],
    }),
    esbuild.context({
        ...common,
        // main.ts imports the core-js Object.groupBy/Map.groupBy polyfill first:
        // Langium 4.4 (Chevrotain 13) needs it on Node 20, which VS Code 1.100 runs.
        entryPoints: { server: '../language/src/main.ts' },
        outdir: 'dist',
    }),
]);

if (watch) {
    await Promise.all(contexts.map((context) => context.watch()));
} else {
    await Promise.all(contexts.map((context) => context.rebuild()));
    await Promise.all(contexts.map((context) => context.dispose()));
}
