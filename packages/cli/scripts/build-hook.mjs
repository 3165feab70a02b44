// Bundles the `actionplan` CLI, with @actionplan/language and every dependency, into
// packages/cli/dist-hook/ (gitignored): the `bin` of the repository's root package, so
// that pre-commit's `language: node` hooks (.pre-commit-hooks.yaml) install this
// repository with `npm install -g` and need nothing from the registry at run time.
// Run by the root `prepare` script (npm install, npm ci, npm pack and npm's git-dependency
// install all run it). Bundled from the TypeScript sources, so no `tsc -b` first; skipped
// when the bundle is newer than every file it was built from.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installBuildDepsIfMissing } from './install-build-deps.mjs';

const cli = fileURLToPath(new URL('..', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
const language = fileURLToPath(new URL('../../language/', import.meta.url));
const outdir = join(cli, 'dist-hook');
/** The files the last bundle was built from (esbuild's metafile inputs, relative to cli/); written last. */
const stamp = join(outdir, 'inputs.json');
const self = fileURLToPath(import.meta.url);

/** Newest modification time of the files, or Infinity when one is missing. */
function newest(paths) {
    return Math.max(0, ...paths.map((path) => (existsSync(path) ? statSync(path).mtimeMs : Infinity)));
}

/** The shipped templates as TypeScript (`npm run langium:generate` also writes it); gitignored, so made here when stale. */
function generateTemplates() {
    const folder = join(language, 'templates');
    const generated = join(language, 'src/template/generated/shipped-templates.ts');
    const templates = readdirSync(folder).map((name) => join(folder, name));
    if (existsSync(generated) && newest(templates) <= statSync(generated).mtimeMs) return;
    execFileSync(process.execPath, [join(language, 'scripts/generate-templates.mjs')], { stdio: 'inherit' });
}

/** The bundle is newer than its inputs, this script and the lock file (installed packages keep their tarballs' dates). */
function upToDate() {
    if (!existsSync(stamp)) return false;
    const inputs = JSON.parse(readFileSync(stamp, 'utf8')).map((path) => join(cli, path));
    return newest([...inputs, self, join(root, 'package-lock.json')]) <= statSync(stamp).mtimeMs;
}

/** `@actionplan/language[/subpath]` → its TypeScript source, from the package's `exports` (./dist/x.js → src/x.ts). */
const languageSources = {
    name: 'actionplan-language-sources',
    setup(builder) {
        const { exports } = JSON.parse(readFileSync(join(language, 'package.json'), 'utf8'));
        builder.onResolve({ filter: /^@actionplan\/language(\/|$)/ }, ({ path }) => {
            const entry = exports[`.${path.slice('@actionplan/language'.length)}`];
            const target = typeof entry === 'string' ? entry : entry?.default;
            if (!target) return { errors: [{ text: `${path} is not exported by @actionplan/language` }] };
            return { path: join(language, target.replace(/^\.\/dist\/(.*)\.js$/, 'src/$1.ts')) };
        });
    },
};

generateTemplates();
if (upToDate()) {
    console.log('packages/cli/dist-hook: up to date');
} else {
    installBuildDepsIfMissing(root, 'esbuild');
    const { build } = await import('esbuild');
    rmSync(outdir, { recursive: true, force: true });
    const result = await build({
        absWorkingDir: cli,
        // lint-pool.ts starts its workers from ./lint-pool-worker.mjs next to itself (all chunks share outdir).
        entryPoints: { actionplan: 'src/main.ts', 'lint-pool-worker': 'src/lint-pool-worker.ts' },
        outdir,
        outExtension: { '.js': '.mjs' },
        chunkNames: 'chunk-[hash]',
        bundle: true,
        // Shared code in chunks; the Word and Excel libraries (dynamic imports) load only when used.
        splitting: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        plugins: [languageSources],
        // CommonJS dependencies bundled into ES modules still `require` Node's built-ins.
        banner: {
            js: [
                '#!/usr/bin/env node',
                "import { createRequire as __actionplanCreateRequire } from 'node:module';",
                'const require = __actionplanCreateRequire(import.meta.url);',
            ].join('\n'),
        },
        metafile: true,
        logLevel: 'warning',
    });
    writeFileSync(stamp, JSON.stringify(Object.keys(result.metafile.inputs)) + '\n');
    console.log(`packages/cli/dist-hook: bundled ${Object.keys(result.metafile.inputs).length} files`);
}
