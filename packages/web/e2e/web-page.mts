// Shared by the web editor's browser tests and its bench: the built site served on
// 127.0.0.1, Debian's chromium driven by playwright-core, and helpers that act as a
// person would (the "Open…" button, the editor, the Problems region).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
// @ts-expect-error -- plain ESM script without types
import { serveSite } from '../serve.mjs';

export const webRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(webRoot, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SEED_PLAN = join(repoRoot, 'examples/japan-ctap-2013.actionplan');
export const SEED_TEXT = join(repoRoot, 'seeds/004_fd8583dd032ba8c1.txt');

export interface Site {
    url: string;
    browser: Browser;
    close(): Promise<void>;
}

/** Serves packages/web/dist on a free port and starts chromium. */
export async function startSite(): Promise<Site> {
    assert.ok(existsSync(join(webRoot, 'dist/index.html')), 'packages/web/dist is not built: run `npm run build:web`');
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
    const server = (await serveSite({ port: 0 })) as { url: string; close(): Promise<void> };
    const browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    return {
        url: server.url,
        browser,
        close: async () => {
            await browser.close().catch(() => {});
            await server.close();
        },
    };
}

export interface OpenedPage {
    context: BrowserContext;
    page: Page;
    /** Errors the page threw and messages it logged as errors. */
    errors: string[];
}

/** A fresh browser profile (empty localStorage) with the editor loaded. */
export async function openEditor(
    site: Site,
    options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
): Promise<OpenedPage> {
    const context = await site.browser.newContext({
        acceptDownloads: true,
        colorScheme: options.colorScheme ?? 'light',
        viewport: options.viewport ?? { width: 1400, height: 900 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    await page.goto(site.url);
    await page.evaluate(() => window.actionPlanWeb.ready());
    return { context, page, errors };
}

/**
 * The mocha hooks of a suite whose every test starts on a fresh editor page: the site is
 * served for the suite, a browser profile made for each test and closed after it; a test
 * that passed must leave no page error behind. `page` is the current test's page.
 */
export function editorForEachTest(): { readonly page: Page } {
    let site: Site | undefined;
    let opened: OpenedPage | undefined;
    before(async () => {
        site = await startSite();
    });
    after(async () => {
        await site?.close();
    });
    beforeEach(async () => {
        opened = await openEditor(site!);
    });
    afterEach(async function () {
        if (this.currentTest?.state === 'passed') assert.deepEqual(opened?.errors, [], 'the page logged errors');
        await opened?.context.close();
    });
    return {
        get page() {
            return opened!.page;
        },
    };
}

/** Chooses files with the "Open…" button (or "Open folder…" for a folder). */
export async function chooseFiles(page: Page, paths: string | string[], button = 'Open…'): Promise<void> {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: button, exact: true }).click();
    await (await chooser).setFiles(paths);
}

export interface EditorDiagnostic {
    from: number;
    to: number;
    line: number;
    severity: string;
    message: string;
    source?: string;
}

/** The editor's diagnostics once `predicate` holds for them. */
export async function diagnosticsWhen(
    page: Page,
    predicate: (diagnostics: EditorDiagnostic[]) => boolean,
    timeout = 20_000,
): Promise<EditorDiagnostic[]> {
    const deadline = Date.now() + timeout;
    let last: EditorDiagnostic[] = [];
    while (Date.now() < deadline) {
        last = await page.evaluate(() => window.actionPlanWeb.diagnostics());
        if (predicate(last)) return last;
        await page.waitForTimeout(50);
    }
    assert.fail(`The editor's diagnostics never matched; last: ${JSON.stringify(last, null, 1).slice(0, 2000)}`);
}

/** Runs the actionplan CLI of this repository; returns its stdout (exit 1, lint errors, is an answer too). */
export function cli(...args: string[]): string {
    const result = spawnSync(process.execPath, [join(repoRoot, 'packages/cli/bin/actionplan.js'), ...args], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
    });
    assert.ok(result.status === 0 || result.status === 1, `actionplan ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout;
}

declare global {
    interface Window {
        actionPlanWeb: {
            diagnostics(): EditorDiagnostic[];
            text(): string;
            selection(): { line: number; column: number; text: string };
            currentName(): string | undefined;
            ready(): Promise<void>;
            nextPublish(): Promise<number>;
            type(line: number, column: number, text: string): void;
            erase(line: number, column: number, length: number): void;
            complete(line: number, column: number): Promise<number>;
        };
    }
}
