/* global window -- code run in the page by page.evaluate */
// Screenshots of the web editor with the seed plan (examples/japan-ctap-2013.actionplan)
// in the light and the dark theme, for docs/: docs/web-editor-light.png, docs/web-editor-dark.png.
//   npm run build:web && node packages/web/scripts/screenshots.mjs
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveSite } from '../serve.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const server = await serveSite({ root: join(root, 'packages/web/dist'), port: 0 });
const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
});
try {
    for (const colorScheme of ['light', 'dark']) {
        const context = await browser.newContext({ colorScheme, viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        await page.goto(server.url);
        await page.evaluate(() => window.actionPlanWeb.ready());
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Open…', exact: true }).click();
        await (await chooser).setFiles(join(root, 'examples/japan-ctap-2013.actionplan'));
        await page.waitForFunction(() => window.actionPlanWeb.diagnostics().length > 20);
        await page.getByRole('region', { name: 'Outline' }).getByRole('button').first().waitFor();
        // The header with its stale "last updated" warning, and a hover on it.
        await page
            .getByRole('region', { name: 'Problems' })
            .getByRole('button', { name: /Last updated/ })
            .click();
        await page.locator('.cm-lintRange-warning').first().hover();
        await page.locator('.cm-tooltip-lint').waitFor();
        await page.waitForTimeout(300);
        const path = join(root, `docs/web-editor-${colorScheme}.png`);
        await page.screenshot({ path });
        console.log(`wrote ${path}`);
        await context.close();
    }
} finally {
    await browser.close();
    await server.close();
}
