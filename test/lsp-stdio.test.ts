import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './cli-helpers.js';
import { LspClient } from './lsp-client.js';

/** Diagnostics counted by code. */
function histogram(diagnostics: Array<{ code?: unknown }>): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const d of diagnostics) counts[String(d.code)] = (counts[String(d.code)] ?? 0) + 1;
    return counts;
}

/** What `actionplan lint examples/japan-ctap-2013.actionplan` reports (seed 004 as imported). */
const JAPAN_DIAGNOSTICS = {
    'stale-last-updated': 1,
    'conflicting-contact': 3,
    'missing-timeframe': 12,
    'unreported-commitment': 15,
};

describe('language server over stdio', () => {
    let client: LspClient;

    beforeEach(() => {
        // The examples folder as workspace: the repo root would also index bench/workloads.
        client = new LspClient(pathToFileURL(join(repoRoot, 'examples')).toString());
    });
    afterEach(() => client.stop());

    it('answers initialize with its capabilities', async () => {
        const result = await client.initialize();
        assert.ok(result.capabilities.textDocumentSync, 'text document sync');
    });

    it('publishes no errors for a clean example and parse/link errors with codes after an edit', async () => {
        await client.initialize();
        const path = join(repoRoot, 'examples/small-ctap.actionplan');
        const uri = pathToFileURL(path).toString();
        const text = readFileSync(path, 'utf8');
        await client.open(uri, text);
        const clean = await client.waitForDiagnostics(uri);
        // The example is clean: no diagnostic of any code or severity.
        assert.deepEqual(histogram(clean.diagnostics), {});

        const broken = text.replace('contact walker\n', 'contact nobody\n').replace('(2005) "."', '(2005 "."');
        await client.change(uri, broken, 2);
        const after = await client.waitForDiagnostics(uri, (p) => p.version === 2 || p.diagnostics.length > 0);
        // One syntax error for the unclosed year group, one unresolved reference; nothing else.
        assert.deepEqual(histogram(after.diagnostics), { 'syntax-error': 1, 'unresolved-reference': 1 });
        const unresolved = after.diagnostics.find((d) => d.code === 'unresolved-reference')!;
        assert.match(unresolved.message, /nobody/);
        assert.equal(broken.split('\n')[unresolved.range.start.line], '        contact nobody');
    });

    it('checks open plans again when the actionplan.rules setting changes', async () => {
        await client.initialize();
        const path = join(repoRoot, 'examples/japan-ctap-2013.actionplan');
        const uri = pathToFileURL(path).toString();
        await client.open(uri, readFileSync(path, 'utf8'));
        const hasTimeframeWarnings = (p: { diagnostics: Array<{ code?: unknown }> }) =>
            p.diagnostics.some((d) => d.code === 'missing-timeframe');
        const before = await client.waitForDiagnostics(uri, hasTimeframeWarnings);
        assert.deepEqual(histogram(before.diagnostics), JAPAN_DIAGNOSTICS);
        await client.connection.sendNotification('workspace/didChangeConfiguration', {
            settings: { actionplan: { rules: { 'missing-timeframe': 'off' } } },
        });
        const after = await client.waitForDiagnostics(uri, (p) => !hasTimeframeWarnings(p));
        // Exactly the timeframe warnings are gone; every other rule still reports as before.
        const others = Object.entries(JAPAN_DIAGNOSTICS).filter(([code]) => code !== 'missing-timeframe');
        assert.deepEqual(histogram(after.diagnostics), Object.fromEntries(others));
    });

    it('keeps references linked and diagnostics single when settings arrive while the workspace is built', async () => {
        // VS Code sends the settings right after startup, while the first build runs.
        await client.initialize();
        const path = join(repoRoot, 'examples/catalog-user.actionplan');
        const uri = pathToFileURL(path).toString();
        await client.open(uri, readFileSync(path, 'utf8'));
        for (let burst = 0; burst < 20; burst++) {
            await client.connection.sendNotification('workspace/didChangeConfiguration', {
                settings: { actionplan: { rules: {} } },
            });
            await new Promise((resolve) => setTimeout(resolve, burst % 4));
        }
        const published = await client.settledDiagnostics();
        assert.ok(published.length >= 5, `diagnostics for ${published.length} files`);
        for (const { uri: file, diagnostics } of published) {
            // The examples lint without errors (see the lint CLI tests).
            const errors = diagnostics.filter((d) => d.severity === 1).map((d) => d.message);
            assert.deepEqual(errors, [], file);
            const keys = diagnostics.map(
                (d) => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`,
            );
            assert.equal(new Set(keys).size, keys.length, `${file} has a diagnostic twice`);
        }
    });

    it('publishes diagnostics for every plan when many are opened at once', async function () {
        this.timeout(120000);
        // A plan validated just before the next open cancelled the build once never got its
        // diagnostics (Langium skips phase listeners after a cancellation): 1 run in 3 with 100.
        const folder = mkdtempSync(join(tmpdir(), 'actionplan-many-'));
        const text = readFileSync(join(repoRoot, 'examples/japan-ctap-2013.actionplan'), 'utf8');
        const uris = Array.from({ length: 60 }, (_, index) => {
            const path = join(folder, `plan-${index}.actionplan`);
            writeFileSync(path, text);
            return pathToFileURL(path).toString();
        });
        const many = new LspClient(pathToFileURL(folder).toString());
        try {
            await many.initialize();
            for (const uri of uris) await many.open(uri, text);
            for (const uri of uris) {
                // Every copy gets the example's own diagnostics, each once.
                const published = await many.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, 60000);
                assert.deepEqual(histogram(published.diagnostics), JAPAN_DIAGNOSTICS, uri);
            }
        } finally {
            await many.stop();
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
