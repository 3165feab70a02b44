// The extension in a real VS Code workbench: code-server 4.100.3 (VS Code
// 1.100.3) driven by playwright-core through Debian's chromium. Installs the
// freshly packaged .vsix, opens a copy of examples/ (plus a plan with
// mistakes) and checks what a person sees. Screenshots: test-results/e2e/.
// Run: npm run package && npm run test:e2e (the setup script runs first).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { EXPECTATIONS as E } from '../src/test/expectations.ts';
import { extensionRoot, languageServerPids, startCodeServer } from './code-server.mts';
import type { CodeServer } from './code-server.mts';

const repoRoot = resolve(extensionRoot, '../..');
const shots = join(repoRoot, 'test-results', 'e2e');
const version = (JSON.parse(readFileSync(join(extensionRoot, 'package.json'), 'utf8')) as { version: string }).version;
const vsix = join(extensionRoot, `actionplan-${version}.vsix`);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Monaco draws spaces as U+00A0. */
const text = (value: string | null | undefined): string => (value ?? '').replace(/\u00a0/g, ' ');

describe('ActionPlan extension in a VS Code workbench (code-server)', function () {
    this.timeout(90_000);
    let workspaceHome: string;
    let workspace: string;
    let server: CodeServer | undefined;
    let browser: Browser | undefined;
    let page: Page;
    let shot = 0;

    const screenshot = async (name: string): Promise<void> => {
        shot += 1;
        await page.screenshot({ path: join(shots, `${String(shot).padStart(2, '0')}-${name}.png`) });
    };

    /** Runs a command from the Command Palette by its title. */
    const runCommand = async (title: string): Promise<void> => {
        await page.keyboard.press('F1');
        await page.waitForSelector('.quick-input-widget input');
        await page.keyboard.type(title);
        const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
        await row.waitFor();
        await row.click();
    };

    /** Opens a file of the workspace with Quick Open (Ctrl+P) and waits for its editor. */
    const openFile = async (name: string): Promise<void> => {
        await page.keyboard.press('Control+P');
        await page.waitForSelector('.quick-input-widget input');
        await page.keyboard.type(name);
        const row = page.locator(`.quick-input-widget .monaco-list-row[aria-label*="${name}"]`).first();
        await row.waitFor();
        await page.keyboard.press('Enter');
        await page.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor();
        await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor();
    };

    /** Brings the sample plan's tab to the front and puts the focus in its text. */
    const focusSamplePlan = async (): Promise<void> => {
        await page.locator(`.tabs-container .tab[aria-label*="${E.samplePlan}"]`).first().click();
        const group = page.locator('.editor-group-container', {
            has: page.locator(`.tab.active[aria-label*="${E.samplePlan}"]`),
        });
        await group.locator('.monaco-editor .view-lines').first().click();
    };

    /** Moves the cursor of the active editor to a 1-based line (and column) with Ctrl+G. */
    const goToLine = async (line: number, column?: number): Promise<void> => {
        await page.keyboard.press('Control+G');
        await page.waitForSelector('.quick-input-widget input');
        await page.keyboard.type(column ? `${line}:${column}` : String(line));
        await page.keyboard.press('Enter');
    };

    before(async function () {
        this.timeout(180_000);
        assert.ok(existsSync(vsix), `${vsix} is missing: run \`npm run package\` first`);
        assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run packages/extension/e2e/setup-code-server.sh`);
        rmSync(shots, { recursive: true, force: true });
        mkdirSync(shots, { recursive: true });
        workspaceHome = mkdtempSync(join(tmpdir(), 'apws-'));
        workspace = join(workspaceHome, 'examples');
        cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
        cpSync(join(extensionRoot, 'e2e/fixtures', E.brokenPlan), join(workspace, E.brokenPlan));
        server = await startCodeServer({ workspace, vsix });
        browser = await chromium.launch({
            executablePath: CHROMIUM,
            headless: true,
            args: [
                '--no-sandbox',
                '--disable-gpu',
                '--disable-background-networking',
                '--disable-component-update',
                '--no-first-run',
                '--disable-sync',
            ],
        });
        page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
        await page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 60_000 });
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: E.samplePlan }).waitFor();
    });

    afterEach(async function () {
        if (this.currentTest?.state === 'failed' && page) {
            const toasts = await page
                .locator('.notifications-toasts')
                .allTextContents()
                .catch(() => []);
            if (toasts.join('').trim()) console.log('notifications:', toasts.join(' | '));
            await screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => {});
        }
    });

    after(async function () {
        this.timeout(30_000);
        await browser?.close().catch(() => {});
        await server?.stop();
        if (workspaceHome) rmSync(workspaceHome, { recursive: true, force: true });
    });

    it('shows a missing contact and an unresolved reference as squiggles and Problems entries with their codes', async () => {
        await openFile(E.brokenPlan);
        await page
            .locator('.editor-group-container.active .monaco-editor .squiggly-error')
            .first()
            .waitFor({ timeout: 60_000 });
        await page.click('.editor-group-container.active .monaco-editor .view-lines');
        await page.keyboard.press('Control+Shift+M');
        // The examples' own warnings fill the panel too, and its list only draws
        // the rows in view: filter to the broken plan (a file name filters by file).
        const filter = page.locator('.viewpane-filter input').first();
        await filter.waitFor();
        await filter.fill(E.brokenPlan);
        const rows = page.locator('.markers-panel .monaco-list-row');
        for (const problem of E.brokenProblems) {
            const row = rows.filter({ hasText: problem.message });
            await row.first().waitFor();
            const shown = text(await row.first().textContent());
            assert.ok(shown.includes(problem.code), `Problems row: ${shown}`);
            assert.ok(shown.includes(`[Ln ${problem.line},`), `Problems row: ${shown}`);
        }
        await screenshot('problems');
    });

    it('completes a contact reference with the declared contacts, and the missing-contact problem goes', async () => {
        await page.click('.editor-group-container.active .monaco-editor .view-lines');
        await goToLine(E.completion.afterLine);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type(E.completion.typed);
        // Ask as a person would: Ctrl+Space, and once more if the first list came
        // while the server was still reading the edit.
        const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: E.completion.offered }).first();
        for (let attempt = 1; ; attempt++) {
            await page.waitForTimeout(500);
            await page.keyboard.press('Control+Space');
            try {
                await suggestion.waitFor({ timeout: 5_000 });
                break;
            } catch (error) {
                if (attempt === 3) throw error;
                await page.keyboard.press('Escape');
            }
        }
        await screenshot('completion');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Escape');
        const [missingContact, unresolved] = E.brokenProblems;
        await page
            .locator('.markers-panel .monaco-list-row', { hasText: missingContact.message })
            .waitFor({ state: 'detached', timeout: 30_000 });
        const still = page.locator('.markers-panel .monaco-list-row', { hasText: unresolved.message });
        assert.equal(await still.count(), 1, 'the unresolved reference is still reported');
    });

    it('shows the economy and year in the status bar and the sections in the Outline view', async () => {
        await openFile(E.samplePlan);
        const status = page.locator('.statusbar-item', { hasText: E.sampleStatus });
        await status.first().waitFor({ timeout: 30_000 });
        // Room for the whole outline: no panel, the folder tree collapsed.
        await runCommand('View: Hide Panel');
        await runCommand('Explorer: Focus on Outline View');
        const folders = page.locator('.pane-header[aria-label*="Explorer Section"][aria-expanded="true"]').first();
        if (await folders.count()) await folders.click();
        const outlinePane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Outline' }) });
        const outline = outlinePane.locator('.monaco-list-row');
        // The seed's outline is longer than the view, whose list draws only the rows in view: it
        // starts collapsed (outline.collapseItems), and section A is opened for its subsections.
        for (const section of E.outlineSections) {
            await outline.filter({ hasText: section }).first().waitFor({ timeout: 30_000 });
        }
        await outline.filter({ hasText: E.outlineSections[0] }).first().locator('.monaco-tl-twistie').click();
        for (const section of E.outlineSubsections) {
            await outline.filter({ hasText: section }).first().waitFor({ timeout: 30_000 });
        }
        await screenshot('outline-status-bar');
    });

    it('shows the plan summary with the counts per section', async () => {
        await runCommand('ActionPlan: Show Plan Summary');
        const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Plan Summary' }) });
        const row = pane.locator('.monaco-list-row', { hasText: E.summaryRow.label }).first();
        await row.waitFor({ timeout: 30_000 });
        const shown = text(await row.textContent());
        assert.ok(shown.includes(E.summaryRow.description), `Plan Summary row: ${shown}`);
        await screenshot('plan-summary');
    });

    it('previews the canonical text beside the editor and updates it as you type', async () => {
        await page.click('.editor-group-container.active .monaco-editor .view-lines');
        await runCommand('ActionPlan: Preview Canonical Text');
        const preview = page.locator('.tabs-container .tab', { hasText: `Preview ${E.exportFile}` });
        await preview.waitFor({ timeout: 30_000 });
        const original = E.edit.firstExportLineBefore;
        await page.waitForFunction(
            (first) =>
                [...document.querySelectorAll('.view-line')].some(
                    (l) => l.textContent?.replace(/\u00a0/g, ' ') === first,
                ),
            original,
        );
        // Edit the plan (focus stayed in it) and watch the preview follow.
        await focusSamplePlan();
        await goToLine(E.edit.line, E.edit.column);
        await page.keyboard.type(E.edit.typed);
        await page.waitForFunction(
            (first) =>
                [...document.querySelectorAll('.view-line')].some(
                    (l) => l.textContent?.replace(/\u00a0/g, ' ') === first,
                ),
            E.edit.firstExportLine,
            { timeout: 30_000 },
        );
        await page.keyboard.press('Control+Home');
        await page.waitForTimeout(300);
        await screenshot('preview');
    });

    it('writes the canonical text with "Export to Canonical Text", the same as the CLI', async () => {
        await focusSamplePlan();
        await runCommand('ActionPlan: Export to Canonical Text');
        const target = join(workspace, E.exportFile);
        await page.waitForFunction(
            (name) =>
                [...document.querySelectorAll('.tabs-container .tab .label-name')].some((l) => l.textContent === name),
            E.exportFile,
            { timeout: 30_000 },
        );
        assert.ok(existsSync(target), `${target} was written`);
        const written = readFileSync(target, 'utf8');
        assert.equal(written.split('\n')[0], E.edit.firstExportLine);
        // The CLI, given the same (unsaved) text, prints the same canonical text.
        const edited = readFileSync(join(workspace, E.samplePlan), 'utf8').replace(E.edit.before, E.edit.after);
        const copy = join(workspaceHome, 'edited.actionplan');
        writeFileSync(copy, edited);
        const cli = spawnSync(process.execPath, [join(repoRoot, 'packages/cli/bin/actionplan.js'), 'export', copy], {
            encoding: 'utf8',
        });
        assert.equal(cli.status, 0, cli.stderr);
        assert.equal(written, cli.stdout);
        await screenshot('export');
    });

    it('writes a Word document beside the plan with "Export to Word", as the CLI does', async () => {
        await focusSamplePlan();
        await runCommand('ActionPlan: Export to Word');
        const name = E.samplePlan.replace(/\.actionplan$/, '.docx');
        await page
            .locator('.notifications-toasts', { hasText: `Exported a Word document to ${name}` })
            .waitFor({ timeout: 30_000 });
        await screenshot('export-word');
        const written = readFileSync(join(workspace, name));
        assert.equal(written.subarray(0, 4).toString('latin1'), 'PK\x03\x04');
        // The same plan comes back from it through the CLI (the editor's unsaved edit included).
        const edited = readFileSync(join(workspace, E.samplePlan), 'utf8').replace(E.edit.before, E.edit.after);
        const cli = spawnSync(
            process.execPath,
            [join(repoRoot, 'packages/cli/bin/actionplan.js'), 'import', join(workspace, name)],
            { encoding: 'utf8' },
        );
        assert.equal(cli.status, 0, cli.stderr);
        assert.equal(cli.stdout, edited);
        await page.keyboard.press('Escape');
    });

    it('tells the user when the language server crashes, and restarts it', async () => {
        const [pid, ...others] = languageServerPids(server!.pid);
        assert.ok(pid && others.length === 0, `one language server runs: ${[pid, ...others].join(', ')}`);
        process.kill(pid, 'SIGKILL');
        await page.locator('.notifications-toasts', { hasText: 'stopped unexpectedly' }).waitFor({ timeout: 30_000 });
        await screenshot('server-restarted');
        const deadline = Date.now() + 30_000;
        while (!languageServerPids(server!.pid).some((p) => p !== pid)) {
            assert.ok(Date.now() < deadline, 'a new language server was started');
            await page.waitForTimeout(250);
        }
        // The new server answers: another edit reaches the preview.
        await focusSamplePlan();
        await goToLine(E.edit.line, E.edit.column);
        await page.keyboard.type('Again ');
        await page.waitForFunction(
            (first) =>
                [...document.querySelectorAll('.view-line')].some(
                    (l) => l.textContent?.replace(/\u00a0/g, ' ') === first,
                ),
            `Again ${E.edit.firstExportLine}`,
            { timeout: 30_000 },
        );
    });
});
