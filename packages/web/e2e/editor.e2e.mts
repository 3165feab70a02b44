// The web editor in Debian's chromium: what an official does with the seed plan.
// Run: npm run test:web (builds the site first).
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { chooseFiles, cli, diagnosticsWhen, editorForEachTest, SEED_PLAN, SEED_TEXT } from './web-page.mts';

/** Moves the cursor with CodeMirror's "go to line" (Ctrl+Alt+G), as a keyboard user would. */
async function goToLine(page: Page, line: number): Promise<void> {
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+Alt+g');
    const input = page.locator('.cm-panel input[name="line"]');
    await input.fill(String(line));
    await input.press('Enter');
}

async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button, exact: true }).click();
    const file = await download;
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('web editor: a plan in the browser', function () {
    const editor = editorForEachTest();
    let page: Page;
    beforeEach(() => (page = editor.page));

    it('opens the seed plan with "Open…": its lint warnings in Problems and as squiggles, as the CLI reports them', async () => {
        await chooseFiles(page, SEED_PLAN);
        const lint = JSON.parse(cli('lint', SEED_PLAN, '--format', 'json')) as {
            diagnostics: { code: string; severity: string; line: number }[];
        }[];
        const expected = lint[0]!.diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}`).sort();
        assert.ok(expected.length > 20, 'the seed has its known warnings and infos');
        const shown = await diagnosticsWhen(page, (d) => d.length === expected.length);
        assert.deepEqual(shown.map((d) => `${d.line} ${d.severity} ${d.source}`).sort(), expected);

        const problems = page.getByRole('region', { name: 'Problems' });
        await problems.getByText('0 errors, 16 warnings, 15 infos').waitFor();
        await problems.getByText('Last updated Sep 2012 is before the start of calendar year 2013').waitFor();
        // The first lines are on screen: their warning is drawn as a squiggle.
        assert.ok((await page.locator('.cm-lintRange-warning').count()) > 0, 'no squiggle in the editor');

        // Clicking a problem selects its text in the editor.
        await problems.getByRole('button', { name: /Last updated Sep 2012/ }).click();
        assert.deepEqual(await page.evaluate(() => window.actionPlanWeb.selection()), {
            line: 12,
            column: 18,
            text: 'Sep 2012',
        });
        assert.ok(await page.locator('.cm-content').evaluate((node) => node.contains(document.activeElement)));

        // Outline and preview follow the plan.
        const outline = page.getByRole('region', { name: 'Outline' });
        await outline.getByRole('button', { name: /Executive summary/ }).waitFor();
        const preview = page.getByLabel('Canonical text preview');
        assert.equal(await preview.textContent(), cli('export', SEED_PLAN, '--format', 'text'));
    });

    it('"Export text" downloads exactly what `actionplan export --format text` prints', async () => {
        await chooseFiles(page, SEED_PLAN);
        await diagnosticsWhen(page, (d) => d.length > 0);
        const text = await downloaded(page, 'Export text');
        assert.equal(text.name, 'japan-ctap-2013.txt');
        assert.equal(text.text, cli('export', SEED_PLAN, '--format', 'text'));
        const json = await downloaded(page, 'Export JSON');
        assert.equal(json.name, 'japan-ctap-2013.json');
        assert.equal(json.text, cli('export', SEED_PLAN, '--format', 'json'));
        const html = await downloaded(page, 'Export HTML');
        assert.equal(html.text, cli('export', SEED_PLAN, '--format', 'html'));
    });

    it('asks before exporting a plan with errors, as `actionplan export` refuses it without --force', async () => {
        await chooseFiles(page, SEED_PLAN);
        await diagnosticsWhen(page, (d) => d.length > 0 && d.every((x) => x.severity !== 'error'));
        await goToLine(page, 69);
        await page.keyboard.press('End');
        await page.keyboard.type('-nobody');
        await diagnosticsWhen(page, (d) => d.some((x) => x.source === 'unresolved-reference'));
        const broken = await page.evaluate(() => window.actionPlanWeb.text());
        // The preview still shows the text, and says why it may be wrong.
        await page.getByText(/The plan has 1 error \(first: line 69: /).waitFor();

        const question = page.waitForEvent('dialog');
        // The question comes while the click is still being handled: do not wait on it.
        await page.getByRole('button', { name: 'Export text', exact: true }).click({ noWaitAfter: true });
        const dialog = await question;
        assert.match(dialog.message(), /has 1 error \(first: line 69:\d+: .*maeda-nobody.*\)[\s\S]*Export anyway\?/);
        await dialog.dismiss();
        await page
            .getByRole('status')
            .getByText(/^Not exported: japan-ctap-2013\.actionplan has 1 error/)
            .waitFor();

        page.once('dialog', (d) => void d.accept());
        const forced = await downloaded(page, 'Export text');
        const scratch = join(mkdtempSync(join(tmpdir(), 'actionplan-web-')), 'plan.actionplan');
        writeFileSync(scratch, broken);
        assert.equal(forced.text, cli('export', scratch, '--format', 'text', '--force'));
    });

    it('imports the seed canonical text (.txt) into the plan `actionplan import` makes', async () => {
        await chooseFiles(page, SEED_TEXT);
        const name = basename(SEED_TEXT).replace(/\.txt$/, '.actionplan');
        await page.waitForFunction((n) => window.actionPlanWeb.currentName() === n, name);
        assert.equal(await page.evaluate(() => window.actionPlanWeb.text()), cli('import', SEED_TEXT));
        await page
            .getByRole('status')
            .getByText(/Imported 004_fd8583dd032ba8c1\.txt \(CTAP\)/)
            .waitFor();
        // Imported but not yet saved as a plan: flagged as unsaved until "Download plan".
        const files = page.getByRole('navigation', { name: 'Files' });
        await files.getByText('unsaved').waitFor();
        const plan = await downloaded(page, 'Download plan');
        assert.equal(plan.name, name);
        assert.equal(plan.text, cli('import', SEED_TEXT));
        assert.equal(await files.getByText('unsaved').count(), 0);
    });

    it('shows an error for a broken line as it is typed', async () => {
        await chooseFiles(page, SEED_PLAN);
        await diagnosticsWhen(page, (d) => d.length > 0 && d.every((x) => x.severity !== 'error'));
        await goToLine(page, 14);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('this line is not ActionPlan');
        const errors = (await diagnosticsWhen(page, (d) => d.some((x) => x.severity === 'error'))).filter(
            (d) => d.severity === 'error',
        );
        assert.ok(
            errors.some((d) => d.line === 15 && d.source === 'syntax-error'),
            JSON.stringify(errors),
        );
        const problems = page.getByRole('region', { name: 'Problems' });
        await problems.locator('.problem-error', { hasText: 'syntax-error' }).first().waitFor();
    });

    it('applies a quick fix from Problems', async () => {
        await chooseFiles(page, SEED_PLAN);
        await diagnosticsWhen(page, (d) => d.some((x) => x.line === 29 && x.source === 'conflicting-contact'));
        const fix = page.getByRole('button', {
            name: 'Fix: Use email "apcc.japan@mofa.go.jp" from contact maeda (line 29)',
        });
        await fix.click();
        await diagnosticsWhen(page, (d) => d.length > 0 && !d.some((x) => x.line === 29));
        const line29 = (await page.evaluate(() => window.actionPlanWeb.text())).split('\n')[28];
        assert.equal(line29?.trim(), 'email "apcc.japan@mofa.go.jp"');
        await page
            .getByRole('status')
            .getByText('Applied: Use email "apcc.japan@mofa.go.jp" from contact maeda')
            .waitFor();
    });

    it('completes a contact reference (Ctrl+Space)', async () => {
        await chooseFiles(page, SEED_PLAN);
        await diagnosticsWhen(page, (d) => d.length > 0);
        await goToLine(page, 69);
        await page.keyboard.press('End');
        for (let i = 0; i < 'maeda'.length; i++) await page.keyboard.press('Backspace');
        await page.keyboard.press('Control+Space');
        const options = page.locator('.cm-tooltip-autocomplete li');
        await options.first().waitFor();
        const labels = await options.allTextContents();
        for (const id of ['maeda', 'maeda-2', 'maeda-3'])
            assert.ok(
                labels.some((l) => l.startsWith(id)),
                labels.join(),
            );
        await page.keyboard.press('Enter');
        const line69 = (await page.evaluate(() => window.actionPlanWeb.text())).split('\n')[68];
        assert.match(line69 ?? '', /^ {8}contact maeda(-2|-3)?$/);
    });

    it('keeps the plan through a reload, and warns before leaving unsaved changes', async () => {
        await chooseFiles(page, SEED_PLAN);
        await diagnosticsWhen(page, (d) => d.length > 0);
        await goToLine(page, 14);
        await page.keyboard.press('End');
        await page.keyboard.type('\n// checked by the desk officer');
        await page.getByRole('navigation', { name: 'Files' }).getByText('unsaved').waitFor();
        assert.match(await page.title(), /^• japan-ctap-2013\.actionplan/);

        // Leaving asks first ("you have unsaved changes"); dismissing keeps the page.
        const dialog = page.waitForEvent('dialog');
        void page.close({ runBeforeUnload: true });
        const prompt = await dialog;
        assert.equal(prompt.type(), 'beforeunload');
        await prompt.dismiss();
        assert.equal(page.isClosed(), false);

        // A reload (the prompt accepted) brings the edited plan back, still unsaved.
        page.once('dialog', (d) => void d.accept());
        await page.reload();
        await page.evaluate(() => window.actionPlanWeb.ready());
        assert.equal(await page.evaluate(() => window.actionPlanWeb.currentName()), 'japan-ctap-2013.actionplan');
        const lines = (await page.evaluate(() => window.actionPlanWeb.text())).split('\n');
        assert.equal(lines[14], '// checked by the desk officer');
        await page.getByRole('navigation', { name: 'Files' }).getByText('unsaved').waitFor();
        await diagnosticsWhen(page, (d) => d.length > 0);
    });
});
