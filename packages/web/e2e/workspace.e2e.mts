// The browser's workspace: a folder of plans with a catalog they import, rule
// settings from .actionplanrc.json, and "go to definition" across files.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseFiles, cli, diagnosticsWhen, openEditor, repoRoot, SEED_PLAN, startSite } from './web-page.mts';
import type { OpenedPage, Site } from './web-page.mts';

describe('web editor: imports and rule settings', function () {
    let site: Site;
    let opened: OpenedPage;
    let scratch: string;

    before(async () => {
        site = await startSite();
        scratch = mkdtempSync(join(tmpdir(), 'actionplan-web-'));
    });
    after(async () => {
        await site?.close();
        rmSync(scratch, { recursive: true, force: true });
    });
    afterEach(async function () {
        if (this.currentTest?.state === 'passed') assert.deepEqual(opened.errors, [], 'the page logged errors');
        await opened?.context.close();
    });

    it('opens a folder: a plan that imports a catalog links to it, and F12 goes to the catalog', async () => {
        opened = await openEditor(site);
        const { page } = opened;
        await chooseFiles(page, join(repoRoot, 'examples'), 'Open folder…');
        const files = page.getByRole('navigation', { name: 'Files' });
        await files.getByRole('button', { name: 'catalog/apec-leaders-commitments.actionplan' }).waitFor();
        await files.getByRole('button', { name: 'catalog-user.actionplan' }).click();
        await page.waitForFunction(() => window.actionPlanWeb.currentName() === 'catalog-user.actionplan');

        // The same verdict as the CLI, which reads the catalog from disk: no unresolved import or reference.
        const lint = JSON.parse(
            cli('lint', join(repoRoot, 'examples/catalog-user.actionplan'), '--format', 'json'),
        ) as {
            diagnostics: { code: string; line: number }[];
        }[];
        const expected = lint[0]!.diagnostics.map((d) => `${d.line} ${d.code}`).sort();
        assert.ok(!expected.some((d) => /unresolved/.test(d)));
        // Wait for the server's answer for this file (an empty list is an answer too).
        await page
            .getByRole('region', { name: 'Outline' })
            .getByRole('button', { name: /^A ENHANCING/ })
            .waitFor();
        const shown = await diagnosticsWhen(page, (d) => d.length === expected.length);
        assert.deepEqual(shown.map((d) => `${d.line} ${d.source}`).sort(), expected);

        // F12 on a commitment id opens the catalog at its declaration.
        await page
            .locator('.cm-line', { hasText: 'undertaken secure-trade-framework {' })
            .getByText('secure-trade-framework')
            .click();
        await page.keyboard.press('F12');
        await page.waitForFunction(
            () => window.actionPlanWeb.currentName() === 'catalog/apec-leaders-commitments.actionplan',
        );
        const at = await page.evaluate(() => window.actionPlanWeb.selection());
        const line = (await page.evaluate(() => window.actionPlanWeb.text())).split('\n')[at.line - 1] ?? '';
        assert.equal(
            line.slice(at.column - 1, at.column - 1 + 'secure-trade-framework'.length),
            'secure-trade-framework',
        );
        assert.match(line, /^commitment secure-trade-framework /);
    });

    it('applies the rule settings of an .actionplanrc.json opened with the plan', async () => {
        const config = join(scratch, '.actionplanrc.json');
        writeFileSync(config, JSON.stringify({ rules: { 'missing-timeframe': 'off', 'stale-last-updated': 'error' } }));
        opened = await openEditor(site);
        const { page } = opened;
        await chooseFiles(page, [SEED_PLAN, config]);
        const lint = JSON.parse(
            cli(
                'lint',
                SEED_PLAN,
                '--format',
                'json',
                '--rule',
                'missing-timeframe=off',
                '--rule',
                'stale-last-updated=error',
            ),
        ) as { diagnostics: { code: string; severity: string; line: number }[] }[];
        const expected = lint[0]!.diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}`).sort();
        const shown = await diagnosticsWhen(
            page,
            (d) => d.length === expected.length && d.some((x) => x.severity === 'error'),
        );
        assert.deepEqual(shown.map((d) => `${d.line} ${d.severity} ${d.source}`).sort(), expected);
        assert.ok(!shown.some((d) => d.source === 'missing-timeframe'));
    });
});
