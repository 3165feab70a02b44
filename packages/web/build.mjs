// Builds the static site into dist/: index.html, styles.css, page.js (CodeMirror and
// the LSP client) and worker.js (the ActionPlan language server). No CDN, no server.
//   node build.mjs [--dev]   (--dev: no minification, inline source maps)
import { build } from 'esbuild';
import { cp, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { grammarKeywords } from './scripts/grammar-keywords.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
const dev = process.argv.includes('--dev');

/** `import { KEYWORDS } from 'virtual:actionplan-grammar'`: the grammar's keywords, read from the built language package. */
const grammarModule = {
    name: 'actionplan-grammar',
    setup(b) {
        b.onResolve({ filter: /^virtual:actionplan-grammar$/ }, (args) => ({ path: args.path, namespace: 'grammar' }));
        b.onLoad({ filter: /.*/, namespace: 'grammar' }, async () => ({
            contents: `export const KEYWORDS = ${JSON.stringify(await grammarKeywords())};`,
            loader: 'js',
        }));
    },
};

const common = {
    bundle: true,
    platform: 'browser',
    target: ['chrome120', 'firefox121', 'safari17'],
    format: 'iife',
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'linked',
    logLevel: 'warning',
};

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await Promise.all([
    build({
        ...common,
        entryPoints: [join(here, 'src/page/main.ts')],
        outfile: join(dist, 'page.js'),
        plugins: [grammarModule],
    }),
    build({ ...common, entryPoints: [join(here, 'src/worker/web-worker.ts')], outfile: join(dist, 'worker.js') }),
]);
await cp(join(here, 'static'), dist, { recursive: true });
console.log(`ActionPlan web editor built in ${dist}`);
