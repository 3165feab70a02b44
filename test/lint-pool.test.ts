import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActionPlanServices, diagnoseFiles, NodeFileSystem } from '@actionplan/language/node';
import type { FileDiagnostics } from '@actionplan/language/node';
import { lintInParallel } from '../packages/cli/dist/lint-pool.js';
import { planModel } from '../bench/lib/plan-model.mjs';
import { renderDsl } from '../bench/lib/render-dsl.mjs';
import { repoRoot } from './cli-helpers.js';

const CATALOG = `catalog "Shared contacts"

contact shared-maeda {
    name "Tamaki MAEDA"
    title "Official, APEC Division, Ministry of Foreign Affairs"
    email "apec.japan@mofa.go.jp"
}
`;

/** The form the importing plans follow: a template file, loaded with each plan (in its worker too). */
const TEMPLATE = `template pool-form "A one-section form" {
    form ctap
}

section B "HALTING TERRORIST FINANCING" {
    role "Contact Point"

    commitment fiu "Establish a financial intelligence unit" (2002) "."
}
`;

/** A plan whose only contact comes from the catalog; `missing` refers to nothing. */
function importingPlan(contact: string): string {
    return `import "catalog.actionplan"

ctap {
    template "form.actionplan"
    economy "Japan"
    calendar year 2013
    last updated Nov 2013
}

section B "HALTING TERRORIST FINANCING" {
    contact ${contact}

    commitment fiu "Establish a financial intelligence unit" (2002) "."

    undertaken fiu {
        - "The FIU exchanged information with 40 foreign FIUs."
    }
}

assistance {
    contact ${contact}
}
`;
}

/** Lints in this thread with fresh services, as the CLI did before the pool. */
async function sequential(paths: string[]): Promise<FileDiagnostics[]> {
    const { shared } = createActionPlanServices(NodeFileSystem);
    return diagnoseFiles(shared, paths);
}

describe('lint pool (lintInParallel)', function () {
    this.timeout(120000);
    let folder: string;
    let paths: string[];

    before(() => {
        folder = mkdtempSync(join(tmpdir(), 'actionplan-pool-'));
        const generated: string[] = [];
        for (let i = 0; i < 12; i++) {
            const path = join(folder, `plan-${String(i).padStart(2, '0')}.actionplan`);
            writeFileSync(path, renderDsl(planModel(i)));
            generated.push(path);
        }
        writeFileSync(join(folder, 'catalog.actionplan'), CATALOG);
        writeFileSync(join(folder, 'form.actionplan'), TEMPLATE);
        writeFileSync(join(folder, 'uses-catalog.actionplan'), importingPlan('shared-maeda'));
        writeFileSync(join(folder, 'uses-catalog-wrongly.actionplan'), importingPlan('nobody'));
        writeFileSync(join(folder, 'broken.actionplan'), 'ctap {\n    economy "Japan"\n\nsection A "x" {\n');
        const examples = readdirSync(join(repoRoot, 'examples'))
            .filter((name) => name.endsWith('.actionplan'))
            .sort()
            .map((name) => join(repoRoot, 'examples', name));
        // Interleave so that importers and their catalog are far apart in the list.
        paths = [
            join(folder, 'uses-catalog.actionplan'),
            ...examples,
            ...generated.slice(0, 6),
            join(folder, 'broken.actionplan'),
            join(folder, 'catalog.actionplan'),
            ...generated.slice(6),
            join(folder, 'uses-catalog-wrongly.actionplan'),
        ];
    });

    after(() => rmSync(folder, { recursive: true, force: true }));

    it('returns the same diagnostics as diagnoseFiles, in input order, on two workers', async () => {
        const expected = await sequential(paths);
        const actual = await lintInParallel(paths, { workers: 2 });
        assert.deepEqual(
            actual.map((r) => r.path),
            paths,
        );
        assert.deepEqual(actual, expected);
        // Not vacuous: the inputs produce real diagnostics of several kinds.
        const codes = new Set(actual.flatMap((r) => r.diagnostics.map((d) => d.code)));
        for (const code of ['syntax-error', 'unresolved-reference', 'missing-timeframe', 'unreported-commitment']) {
            assert.ok(codes.has(code), `expected ${code} among ${[...codes].join(', ')}`);
        }
        const byName = (name: string) => actual.find((r) => r.path.endsWith(name))!;
        assert.deepEqual(byName('uses-catalog.actionplan').diagnostics, []);
        const wrong = byName('uses-catalog-wrongly.actionplan').diagnostics;
        assert.ok(wrong.some((d) => d.code === 'unresolved-reference' && /nobody/.test(d.message)));
    });

    it('keeps the order of a reversed list and gives the same result on one worker and on three', async () => {
        const reversed = [...paths].reverse();
        const expected = await sequential(reversed);
        assert.deepEqual(await lintInParallel(reversed, { workers: 1 }), expected);
        assert.deepEqual(await lintInParallel(reversed, { workers: 3 }), expected);
    });

    it('hands the --rule settings to every worker (no process-wide variable)', async () => {
        const rules = { 'missing-timeframe': 'off', 'unreported-commitment': 'error' } as const;
        const codes = (results: FileDiagnostics[]) =>
            results.flatMap((r) => r.diagnostics.map((d) => `${d.code}:${d.severity}`));
        const before = codes(await lintInParallel(paths, { workers: 2 }));
        assert.ok(before.includes('missing-timeframe:2') && before.includes('unreported-commitment:3'), before.join());
        for (const workers of [1, 2]) {
            const after = codes(await lintInParallel(paths, { workers, rules }));
            assert.ok(!after.some((c) => c.startsWith('missing-timeframe:')), `workers ${workers}`);
            assert.ok(after.includes('unreported-commitment:1'), `workers ${workers}`);
            assert.ok(!after.includes('unreported-commitment:3'), `workers ${workers}`);
        }
        // The next run without --rule is not affected by the last one.
        assert.deepEqual(codes(await lintInParallel(paths, { workers: 2 })), before);
        assert.equal(process.env.ACTIONPLAN_RULE_OVERRIDES, undefined);
    });

    it('returns nothing for no files, and rejects like diagnoseFiles for a file that cannot be read', async () => {
        assert.deepEqual(await lintInParallel([]), []);
        const missing = [...paths.slice(0, 3), join(folder, 'gone.actionplan')];
        await assert.rejects(sequential(missing), /ENOENT/);
        await assert.rejects(lintInParallel(missing, { workers: 2 }), /ENOENT/);
    });
});
