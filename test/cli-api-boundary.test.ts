import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './cli-helpers.js';

const cliRoot = join(repoRoot, 'packages/cli');

function sources(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
            ? sources(join(folder, entry.name))
            : entry.name.endsWith('.ts')
              ? [join(folder, entry.name)]
              : [],
    );
}

/**
 * The CLI is a thin shell over the language package's public API
 * (docs/architecture.md): it reaches no Langium or LSP internals, so it cannot
 * manage documents, index entries or services behind the engine's back.
 */
describe('CLI uses only the public API of @actionplan/language', () => {
    it('imports nothing from langium or vscode-languageserver, and does not depend on them', () => {
        const files = sources(join(cliRoot, 'src'));
        assert.ok(files.length > 10);
        for (const file of files) {
            const imports = [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
            const internal = imports.filter((name) =>
                /^(langium|vscode-languageserver|vscode-jsonrpc|chevrotain)/.test(name),
            );
            assert.deepEqual(internal, [], file);
            const language = imports.filter((name) => name.startsWith('@actionplan/language'));
            for (const name of language)
                assert.ok(
                    ['@actionplan/language/node', '@actionplan/language/polyfills'].includes(name),
                    `${file}: ${name}`,
                );
        }
        const manifest = JSON.parse(readFileSync(join(cliRoot, 'package.json'), 'utf8')) as {
            dependencies: Record<string, string>;
        };
        assert.deepEqual(Object.keys(manifest.dependencies).sort(), ['@actionplan/language', 'commander', 'ignore']);
    });
});
