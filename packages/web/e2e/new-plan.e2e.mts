// "New from template…" in the web editor: the plan `actionplan new` writes, made from a
// dialog that works with the keyboard alone, and nothing unsaved is lost on the way.
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import { chooseFiles, cli, diagnosticsWhen, editorForEachTest, SEED_PLAN } from './web-page.mts';

function newPlanDialog(page: Page) {
    return page.getByRole('dialog', { name: 'New plan from template' });
}

describe('web editor: a new plan from a template', function () {
    const editor = editorForEachTest();
    let page: Page;
    beforeEach(() => (page = editor.page));

    it('makes the plan `actionplan new` writes for Chile, 2026, with the keyboard alone', async () => {
        await page.getByRole('button', { name: 'New from template…', exact: true }).focus();
        await page.keyboard.press('Enter');
        const dialog = newPlanDialog(page);
        await dialog.waitFor();
        const template = dialog.getByLabel('Template');
        assert.equal(await template.evaluate((node) => node === document.activeElement), true);
        // Both shipped templates are offered.
        await template.locator('option[value="progress-report"]').waitFor({ state: 'attached' });
        const values = await template
            .locator('option')
            .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
        assert.deepEqual([...values].sort(), ['ctap-2013', 'progress-report']);
        await template.selectOption('ctap-2013');

        await page.keyboard.press('Tab');
        await page.keyboard.type('Chile');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Control+a');
        await page.keyboard.type('2026');
        await page.keyboard.press('Enter');

        await page.waitForFunction(() => window.actionPlanWeb.currentName() === 'chile-2026.actionplan');
        await dialog.waitFor({ state: 'hidden' });
        const text = await page.evaluate(() => window.actionPlanWeb.text());
        assert.match(text, /economy "Chile"/);
        assert.match(text, /calendar year 2026/);
        assert.equal(text, cli('new', '--template', 'ctap-2013', '--economy', 'Chile', '--year', '2026'));

        // Its warnings (the contact to fill in) and no syntax error, in the editor and in Problems.
        const shown = await diagnosticsWhen(page, (d) => d.length > 0);
        assert.deepEqual(
            shown.filter((d) => d.severity === 'error'),
            [],
        );
        const problems = page.getByRole('region', { name: 'Problems' });
        await problems.getByText(/^0 errors, \d+ warnings?/).waitFor();
        assert.equal(await problems.getByText('syntax-error').count(), 0);
        await page.getByRole('navigation', { name: 'Files' }).getByText('unsaved').waitFor();
        await page
            .getByRole('status')
            .getByText(/^New plan chile-2026\.actionplan for Chile, 2026/)
            .waitFor();
    });

    it('keeps the plan being edited, unsaved changes and all, and names the new one apart', async () => {
        await chooseFiles(page, SEED_PLAN);
        await diagnosticsWhen(page, (d) => d.length > 0);
        await page.evaluate(() => window.actionPlanWeb.type(1, 1, '// a note\n'));
        const edited = await page.evaluate(() => window.actionPlanWeb.text());

        for (const expected of ['japan-2026.actionplan', 'japan-2026-2.actionplan']) {
            await page.getByRole('button', { name: 'New from template…', exact: true }).click();
            const dialog = newPlanDialog(page);
            await dialog.getByLabel('Template').selectOption('progress-report');
            await dialog.getByLabel('Economy').fill('Japan');
            await dialog.getByLabel('Calendar year').fill('2026');
            await dialog.getByRole('button', { name: 'Create plan' }).click();
            await page.waitForFunction((n) => window.actionPlanWeb.currentName() === n, expected);
        }
        const files = page.getByRole('navigation', { name: 'Files' });
        await files.getByRole('button', { name: /^japan-ctap-2013\.actionplan/ }).click();
        assert.equal(await page.evaluate(() => window.actionPlanWeb.text()), edited);
        assert.equal(await files.getByText('unsaved').count(), 3);
    });

    it('says what is missing, and Escape closes the dialog without making a plan', async () => {
        await page.getByRole('button', { name: 'New from template…', exact: true }).click();
        const dialog = newPlanDialog(page);
        await dialog.getByLabel('Template').locator('option').first().waitFor({ state: 'attached' });
        await dialog.getByLabel('Calendar year').fill('26');
        await dialog.getByRole('button', { name: 'Create plan' }).click();
        await dialog.getByRole('alert').getByText('Name the economy the plan is for.').waitFor();
        assert.equal(await dialog.getByLabel('Economy').evaluate((node) => node === document.activeElement), true);
        await page.keyboard.type('Peru');
        await page.keyboard.press('Enter');
        await dialog.getByRole('alert').getByText('Give the calendar year as four digits, 1989 to 2100.').waitFor();
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
        assert.equal(await page.evaluate(() => window.actionPlanWeb.currentName()), undefined);
        await page.getByRole('navigation', { name: 'Files' }).getByText('No files yet.').waitFor();
    });
});
