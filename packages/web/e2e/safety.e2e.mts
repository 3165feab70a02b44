// Plan text is text everywhere, the page runs only its own scripts, and it works
// with the keyboard alone, at 200 % zoom and in both themes.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chooseFiles, diagnosticsWhen, openEditor, SEED_PLAN, startSite, webRoot } from './web-page.mts';
import type { OpenedPage, Site } from './web-page.mts';

const HOSTILE = join(webRoot, 'e2e/fixtures/hostile.actionplan');

/** Records CSP violations and dialogs from the start of the page. */
async function watch(page: Page): Promise<{ violations: () => Promise<string[]>; dialogs: string[] }> {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
    });
    await page.evaluate(() => {
        const list: string[] = [];
        (window as unknown as { __violations: string[] }).__violations = list;
        document.addEventListener('securitypolicyviolation', (e) =>
            list.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
    });
    return {
        violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
        dialogs,
    };
}

describe('web editor: safety and access', function () {
    let site: Site;
    let opened: OpenedPage;

    before(async () => {
        site = await startSite();
    });
    after(async () => {
        await site?.close();
    });
    afterEach(async () => {
        await opened?.context.close();
    });

    it('shows a plan full of <script> and <img onerror> as text and runs none of it', async () => {
        opened = await openEditor(site);
        const { page } = opened;
        const watched = await watch(page);
        await chooseFiles(page, HOSTILE);
        await diagnosticsWhen(page, (d) => d.some((x) => x.source === 'conflicting-contact'));

        const problems = page.getByRole('region', { name: 'Problems' });
        await problems.getByText(`has e-mail "<svg onload="window.__pwned = 'email-b'"></svg>"`).waitFor();
        const outline = page.getByRole('region', { name: 'Outline' });
        await outline.getByText(`<img src=x onerror="window.__pwned = 'title'">`).waitFor();
        const preview = page.getByLabel('Canonical text preview');
        await preview.getByText(`Purpose: <script>window.__pwned = 'purpose'</script>`).waitFor();
        // The hover over a contact quotes its name and e-mail: as text too.
        await page
            .locator('.cm-line', { hasText: /^contact a \{$/ })
            .locator('span', { hasText: /^a$/ })
            .hover();
        const hover = page.locator('.cm-tooltip-hover');
        await hover.getByText(`<script>window.__pwned = 'name'</script>`).waitFor();
        assert.match((await hover.textContent()) ?? '', /Email: <img src=x onerror="window.__pwned = 'email-a'">/);

        // Nothing from the plan became an element, ran, or even tried to run.
        for (const region of [problems, outline, preview, hover, page.locator('.cm-content')]) {
            assert.equal(await region.locator('img, script, svg:not(.cm-gutter svg), iframe, b').count(), 0);
        }
        assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined);
        assert.deepEqual(await watched.violations(), []);
        assert.deepEqual(watched.dialogs, []);
        assert.deepEqual(opened.errors, []);
    });

    it('has a Content-Security-Policy that blocks inline scripts and remote loads', async () => {
        opened = await openEditor(site);
        const { page } = opened;
        const watched = await watch(page);
        const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
        assert.match(policy ?? '', /default-src 'none'/);
        assert.match(policy ?? '', /script-src 'self'(;|$)/);
        await page.evaluate(() => {
            const script = document.createElement('script');
            script.textContent = 'window.__inline = true';
            document.body.append(script);
            const img = document.createElement('img');
            img.src = 'https://example.org/pixel.png';
            document.body.append(img);
            void fetch('https://example.org/').catch(() => undefined);
        });
        await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length >= 3);
        assert.equal(await page.evaluate(() => (window as unknown as { __inline?: boolean }).__inline), undefined);
        const violations = (await watched.violations()).map((v) => v.split(' ')[0]).sort();
        assert.deepEqual(violations, ['connect-src', 'img-src', 'script-src-elem']);
    });

    it('works with the keyboard alone: every control in reach, a problem opened with Enter, Tab leaves the editor', async () => {
        opened = await openEditor(site);
        const { page } = opened;
        await chooseFiles(page, SEED_PLAN);
        await diagnosticsWhen(page, (d) => d.length > 20);
        // From the top of a freshly loaded page (the plan comes back from localStorage).
        await page.reload();
        await diagnosticsWhen(page, (d) => d.length > 20);
        const reached: string[] = [];
        for (let i = 0; i < 14; i++) {
            await page.keyboard.press('Tab');
            reached.push(
                await page.evaluate(() => {
                    const el = document.activeElement as HTMLElement | null;
                    if (!el) return '';
                    if (el.classList.contains('cm-content')) return 'editor';
                    return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
                }),
            );
        }
        for (const name of [
            'New from template…',
            'Open…',
            'Open folder…',
            'Download plan',
            'Export text',
            'Export JSON',
            'Export HTML',
            'Export Word',
            'editor',
        ]) {
            assert.ok(reached.includes(name), `Tab never reached ${name}: ${reached.join(' | ')}`);
        }
        // From the editor, Tab moves on (the editor does not trap the focus).
        await page.locator('.cm-content').focus();
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('cm-content')), false);

        // A problem, reached by Tab and opened with Enter, selects its text in the editor.
        const problem = page
            .getByRole('region', { name: 'Problems' })
            .getByRole('button', { name: /Last updated Sep 2012/ });
        await problem.focus();
        await page.keyboard.press('Enter');
        assert.equal((await page.evaluate(() => window.actionPlanWeb.selection())).text, 'Sep 2012');
        assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('cm-content')), true);
    });

    it('stays readable at 200 % zoom: one column, nothing cut off sideways', async () => {
        // 200 % zoom of a 1280 x 900 window is a 640 x 450 CSS-pixel viewport.
        opened = await openEditor(site, { viewport: { width: 640, height: 450 } });
        const { page } = opened;
        await chooseFiles(page, SEED_PLAN);
        await diagnosticsWhen(page, (d) => d.length > 20);
        const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
        for (const name of ['New from template…', 'Open…', 'Download plan', 'Export text', 'Export Word']) {
            const box = await page.getByRole('button', { name, exact: true }).boundingBox();
            assert.ok(box && box.x >= 0 && box.x + box.width <= 640, `${name} is outside the window`);
        }
        const editor = await page.locator('.cm-editor').boundingBox();
        const problems = await page.getByRole('region', { name: 'Problems' }).boundingBox();
        assert.ok(editor && problems && editor.width > 500 && problems.y >= editor.y + editor.height - 1);
    });

    it('follows the system theme: light and dark', async () => {
        const colours: Record<string, { page: string; editor: string; keyword: string }> = {};
        for (const colorScheme of ['light', 'dark'] as const) {
            opened = await openEditor(site, { colorScheme });
            const { page } = opened;
            await chooseFiles(page, SEED_PLAN);
            await page.locator('.cm-line').first().waitFor();
            colours[colorScheme] = await page.evaluate(() => ({
                page: getComputedStyle(document.body).backgroundColor,
                editor: getComputedStyle(document.querySelector('.cm-editor')!).backgroundColor,
                keyword: getComputedStyle(
                    [...document.querySelectorAll('.cm-line span')].find((s) => s.textContent === 'ctap')!,
                ).color,
            }));
            await opened.context.close();
        }
        assert.equal(colours.light!.page, 'rgb(255, 255, 255)');
        assert.equal(colours.dark!.page, 'rgb(13, 17, 23)');
        assert.equal(colours.dark!.editor, 'rgb(13, 17, 23)');
        assert.notEqual(colours.light!.keyword, colours.dark!.keyword);
    });
});
