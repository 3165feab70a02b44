// The extension in a real VS Code workbench: code-server 4.100.3 (VS Code
// 1.100.3) driven by playwright-core through Debian's chromium. Installs the
// freshly packaged .vsix, opens a copy of examples/ (plus a plan with
// mistakes) and checks what a person sees. Screenshots: test-results/e2e/.
// The commands that ask (New Plan from Template, Roll Forward, Import, Compare
// with…) are answered as a person would: quick picks, input boxes, and
// code-server's file dialog (a quick input holding a path). What they write is
// compared with what the CLI writes for the same answers.
// Run: npm run package && npm run test:e2e (the setup script runs first).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { EXPECTATIONS as E } from '../src/test/expectations.ts';
import { extensionRoot, languageServerPids, startCodeServer } from './code-server.mts';
import type { CodeServer } from './code-server.mts';

const repoRoot = resolve(extensionRoot, '../..');
const shots = join(repoRoot, 'test-results', 'e2e');
const version = (JSON.parse(readFileSync(join(extensionRoot, 'package.json'), 'utf8')) as { version: string }).version;
const vsix = join(extensionRoot, `actionplan-${version}.vsix`);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const squeeze = (value: string): string => value.replace(/\s+/g, ' ');

/** The CLI, for what the commands should write. */
const runCli = (...args: string[]): SpawnSyncReturns<string> =>
    spawnSync(process.execPath, [join(repoRoot, 'packages/cli/bin/actionplan.js'), ...args], { encoding: 'utf8' });

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

    /**
     * Runs a command from the Command Palette by its title. Until the extension host
     * has read the installed extensions their commands are not listed: then the
     * palette is closed and opened again.
     */
    const runCommand = async (title: string): Promise<void> => {
        const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
        for (let attempt = 1; ; attempt++) {
            // Keys pressed in a webview (an iframe) do not always reach the workbench:
            // the focus goes back to it first.
            await page.evaluate(() => {
                if (document.activeElement instanceof HTMLIFrameElement) document.activeElement.blur();
            });
            await page.keyboard.press('F1');
            await page.waitForSelector('.quick-input-widget input');
            await page.keyboard.type(title);
            try {
                await row.waitFor({ timeout: 5_000 });
                break;
            } catch (error) {
                if (attempt === 6) throw error;
                await page.keyboard.press('Escape');
            }
        }
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

    /** The rows the active editor draws, top to bottom (a wrapped line gives several rows). */
    const editorRows = (): Promise<string[]> =>
        page
            .locator('.editor-group-container.active .monaco-editor .view-lines')
            .first()
            .evaluate((lines) =>
                [...lines.querySelectorAll<HTMLElement>('.view-line')]
                    .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
                    .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ')),
            );

    /** Waits until the active editor shows every one of `expected` (each within a line, wrapping undone). */
    const waitForEditorText = async (expected: readonly string[], timeout = 30_000): Promise<string> => {
        const deadline = Date.now() + timeout;
        for (;;) {
            // A wrapped row goes on indented: compare with the white space collapsed.
            const shown = squeeze((await editorRows().catch(() => [])).join(''));
            if (expected.every((part) => shown.includes(squeeze(part)))) return shown;
            assert.ok(Date.now() < deadline, `the editor shows ${JSON.stringify(expected)}; it shows:\n${shown}`);
            await page.waitForTimeout(250);
        }
    };

    /** Polls `check` (every 100 ms, up to `timeout`) until it holds. */
    const until = async (check: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> => {
        const deadline = Date.now() + timeout;
        while (!(await check())) {
            assert.ok(Date.now() < deadline, `timed out: ${what}`);
            await page.waitForTimeout(100);
        }
    };

    /** Waits for the tab of `name` to be the active one. */
    const waitForActiveTab = async (name: string): Promise<void> => {
        await page
            .locator(`.editor-group-container.active .tabs-container .tab.active[aria-label*="${name}"]`)
            .waitFor({ timeout: 30_000 });
        await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor();
    };

    /** Answers the input box (or quick pick) whose title or prompt says `prompt`: its text replaced by `value`, Enter. */
    const answerInput = async (prompt: string, value: string, expectedValue?: string): Promise<void> => {
        const widget = page.locator('.quick-input-widget', { hasText: prompt });
        await widget.waitFor();
        const input = widget.locator('.quick-input-box input');
        if (expectedValue !== undefined) assert.equal(await input.inputValue(), expectedValue, `${prompt}: offered`);
        await input.fill(value);
        await page.keyboard.press('Enter');
    };

    /**
     * Answers code-server's file dialog (VS Code's "simple" dialog: a quick input
     * holding a path) with a file's full path.
     */
    const answerFileDialog = async (title: string, path: string): Promise<void> => {
        const widget = page.locator('.quick-input-widget', {
            has: page.locator('.quick-input-title', { hasText: title }),
        });
        await widget.waitFor();
        const input = widget.locator('.quick-input-box input');
        // It opens on the workspace folder; typing before it has listed it is overwritten.
        await widget.locator('.monaco-list-row', { hasText: '..' }).first().waitFor();
        await until(async () => (await input.inputValue()).endsWith('/'), 'the dialog shows the folder');
        await input.fill(path);
        await until(async () => (await input.inputValue()) === path, `the dialog holds ${path}`);
        await page.keyboard.press('Enter');
        await widget.waitFor({ state: 'hidden' });
    };

    /** The Problems panel, filtered to `filter` (a file name filters by file). */
    const problemsFor = async (filter: string): Promise<Locator> => {
        await runCommand('Problems: Focus on Problems View');
        const input = page.locator('.part.panel .viewpane-filter input').first();
        await input.waitFor();
        // The list follows the filter a moment later, shown by the badge ("Showing 3 of 80"):
        // cleared, the badge goes; set, it comes back.
        const badge = page.locator('.part.panel .viewpane-filter-badge', { hasText: 'Showing' });
        await input.fill('');
        await badge.waitFor({ state: 'hidden' });
        await input.fill(filter);
        await badge.waitFor();
        return page.locator('.markers-panel .monaco-list-row');
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

    it('writes a plan on a template with "New Plan from Template" and opens it, with no errors', async () => {
        const name = 'chile-2026.actionplan';
        const target = join(workspace, name);
        assert.ok(!existsSync(target), `${name} is not there yet`);
        // One editor group: the new plan gets the width (for the screenshot in docs/).
        await runCommand('View: Join All Editor Groups');
        await runCommand('ActionPlan: New Plan from Template');
        const template = page.locator('.quick-input-widget .monaco-list-row', {
            has: page.locator('.label-name', { hasText: /^ctap-2013$/ }),
        });
        await template.first().waitFor({ timeout: 30_000 });
        await template.first().click();
        await answerInput('The economy the plan is for', 'Chile');
        await answerInput('The calendar year the plan reports on', '2026', String(new Date().getFullYear()));
        await waitForActiveTab(name);
        await waitForEditorText([
            'economy "Chile"',
            'calendar year 2026',
            'title "Counter-Terrorism Action Plan – Chile"',
        ]);
        // Saved in the workspace folder: what the CLI writes for the same answers.
        const written = readFileSync(target, 'utf8');
        const cli = runCli('new', '--template', 'ctap-2013', '--economy', 'Chile', '--year', '2026');
        assert.equal(cli.status, 0, cli.stderr);
        assert.equal(written, cli.stdout);
        // The server has checked it: the empty contact fields are warned about, nothing is an error.
        await page.locator('.statusbar-item', { hasText: 'Chile 2026' }).first().waitFor({ timeout: 30_000 });
        const editor = page.locator('.editor-group-container.active .monaco-editor');
        await editor.locator('.squiggly-warning').first().waitFor({ timeout: 30_000 });
        assert.equal(await editor.locator('.squiggly-error').count(), 0, 'no error squiggles');
        const rows = await problemsFor(name);
        await rows.filter({ hasText: 'invalid-phone' }).first().waitFor({ timeout: 30_000 });
        // Problems lists a file's errors first: the top row is a warning.
        const first = text(await rows.nth(1).textContent());
        assert.ok(first.includes('invalid-phone'), `the first problem of ${name}: ${first}`);
        // The rows' icons name their severity (a warning is drawn, so an error would be too).
        assert.ok((await rows.locator('.codicon-warning').count()) > 0, 'warning icons in Problems');
        assert.equal(await rows.locator('.codicon-error').count(), 0, 'no error in Problems');
        await runCommand('Notifications: Clear All Notifications');
        await page.mouse.move(700, 300);
        await screenshot('new-plan-from-template');
    });

    it('writes next year\'s plan with "Roll Forward to Next Year", and Problems shows the measures now past', async () => {
        const source = 'japan-copy-2013.actionplan';
        const rolled = 'japan-copy-2014.actionplan';
        cpSync(join(repoRoot, 'examples', E.samplePlan), join(workspace, source));
        await openFile(source);
        await runCommand('ActionPlan: Roll Forward to Next Year');
        await answerInput('The new calendar year', '2014', '2014');
        await waitForActiveTab(rolled);
        await waitForEditorText(['economy "Japan"', 'calendar year 2014']);
        const written = readFileSync(join(workspace, rolled), 'utf8');
        const cli = runCli('roll-forward', join(workspace, source), '--year', '2014');
        assert.equal(cli.status, 0, cli.stderr);
        assert.equal(written, cli.stdout);
        // The measure planned "by 2013" is now overdue; in the 2013 plan it was not.
        const rows = await problemsFor('past-timeframe');
        const past = rows.filter({ hasText: 'was due in 2013, before calendar year 2014' });
        await past.first().waitFor({ timeout: 30_000 });
        const shown = text(await past.first().textContent());
        assert.ok(shown.includes('[Ln 147,'), `Problems row: ${shown}`);
        assert.equal(await rows.filter({ hasText: rolled }).count(), 1, `${rolled} has past timeframes`);
        assert.equal(await rows.filter({ hasText: source }).count(), 0, `${source} has none`);
        await screenshot('roll-forward');
    });

    it('imports a Word document with "Import from Word or Text" as an .actionplan beside it', async () => {
        const docx = join(workspace, 'typed-in-word.docx');
        cpSync(join(repoRoot, 'test/fixtures/docx/typed-in-word.docx'), docx);
        const name = 'typed-in-word.actionplan';
        assert.ok(!existsSync(join(workspace, name)), `${name} is not there yet`);
        await runCommand('ActionPlan: Import from Word or Text');
        await answerFileDialog('Import from Word or Text', docx);
        await waitForActiveTab(name);
        await waitForEditorText([
            'title "Counter-Terrorism Action Plan – New Zealand"',
            'economy "New Zealand"',
            'calendar year 2025',
        ]);
        await page
            .locator('.notifications-toasts', { hasText: 'Imported typed-in-word.docx as a CTAP with 1 notice(s).' })
            .waitFor({ timeout: 30_000 });
        await screenshot('import-word');
        const cli = runCli('import', docx);
        assert.equal(cli.status, 0, cli.stderr);
        assert.equal(readFileSync(join(workspace, name), 'utf8'), cli.stdout);
        // What the importer decided, as the CLI says it on stderr, in the ActionPlan Import output.
        await page.locator('.notifications-toasts .monaco-button', { hasText: 'Show Notices' }).first().click();
        await page
            .locator('.part.panel .monaco-editor .view-line', {
                hasText: 'typed-in-word.docx: paragraph 1: joined the lines of the heading',
            })
            .first()
            .waitFor({ timeout: 30_000 });
        assert.ok(cli.stderr.includes('paragraph 1: joined the lines of the heading'), cli.stderr);
    });

    it('shows the semantic diff of the open plan against another with "Compare with…"', async () => {
        const old = 'small-ctap-old.actionplan';
        const plan = readFileSync(join(repoRoot, 'examples/small-ctap.actionplan'), 'utf8');
        const changed = plan.replace(
            'mutually recognised with five economies',
            'mutually recognised with three economies',
        );
        assert.notEqual(changed, plan);
        writeFileSync(join(workspace, old), changed);
        await openFile('small-ctap.actionplan');
        await runCommand('ActionPlan: Compare with');
        await answerFileDialog('Compare small-ctap.actionplan with', join(workspace, old));
        await waitForEditorText([
            `# ${old} → small-ctap.actionplan`,
            '## Section A.1',
            'New Zealand Customs operates the Secure Exports Scheme, mutually recognised with **five** ~~three~~ economies.',
            '1 change.',
        ]);
        await screenshot('compare-with');
    });

    it('summarizes the workspace\'s plans in a webview with "Summarize Workspace Plans"', async () => {
        await runCommand('ActionPlan: Summarize Workspace Plans');
        await page
            .locator('.tabs-container .tab.active', { hasText: 'Action Plans Summary' })
            .waitFor({ timeout: 30_000 });
        const view = page.frameLocator('iframe.webview').last().frameLocator('#active-frame');
        await view.locator('h1', { hasText: 'Action plans summary' }).waitFor({ timeout: 30_000 });
        const plans = view.locator('table').first().locator('tbody tr');
        for (const [plan, file] of [
            ['Japan 2013', E.samplePlan],
            ['New Zealand 2025', 'small-ctap.actionplan'],
            ['Example Economy 2013', 'catalog-user.actionplan'],
        ] as const) {
            const row = plans.filter({
                has: view.locator('td', { hasText: new RegExp(`^${file.replace(/\./g, '\\.')}$`) }),
            });
            assert.equal(await row.count(), 1, `one row for ${file}`);
            const cells = (await row.locator('td').allTextContents()).map(text);
            assert.equal(cells[0], plan, `${file}: ${cells.join(' | ')}`);
        }
        await view.locator('h2', { hasText: 'Commitments' }).waitFor();
        // The page alone, for the screenshot in docs/; the side bar comes back after.
        await runCommand('View: Join All Editor Groups');
        await runCommand('View: Hide Panel');
        await runCommand('View: Close Primary Side Bar');
        await runCommand('Notifications: Clear All Notifications');
        await view.locator('h1', { hasText: 'Action plans summary' }).waitFor();
        await screenshot('summarize-workspace');
        await runCommand('View: Toggle Primary Side Bar Visibility');
    });
});
