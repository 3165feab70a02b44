// Word in the web editor: "Export Word" downloads the .docx `actionplan export --format
// docx` writes, and "Open…" imports a Word document as `actionplan import` does.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { chooseFiles, cli, diagnosticsWhen, editorForEachTest, repoRoot, SEED_PLAN } from './web-page.mts';

const DOCX_FIXTURES = join(repoRoot, 'test/fixtures/docx');
const TYPED_IN_WORD = join(DOCX_FIXTURES, 'typed-in-word.docx');
const NOT_A_ZIP = join(DOCX_FIXTURES, 'not-a-zip.docx');

async function downloadedBytes(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button, exact: true }).click();
    const file = await download;
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** The text of word/document.xml in a .docx (a zip archive), or a failed assertion. */
async function documentXml(bytes: Buffer): Promise<string> {
    const zip = await JSZip.loadAsync(bytes);
    const entry = zip.file('word/document.xml');
    assert.ok(entry, `no word/document.xml in the .docx: ${Object.keys(zip.files).join(', ')}`);
    return entry.async('string');
}

describe('web editor: Word documents', function () {
    const editor = editorForEachTest();
    let page: Page;
    beforeEach(() => (page = editor.page));

    it('"Export Word" downloads a .docx of the plan: a zip with word/document.xml holding its text', async () => {
        await chooseFiles(page, SEED_PLAN);
        await diagnosticsWhen(page, (d) => d.length > 0);
        const { name, bytes } = await downloadedBytes(page, 'Export Word');
        assert.equal(name, 'japan-ctap-2013.docx');
        assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'not a zip archive');
        const xml = await documentXml(bytes);
        assert.match(xml, /Counter-Terrorism Action Plan – Japan/);
        assert.match(xml, />Japan</, "the economy's own text run");
        await page.getByRole('status').getByText('Exported japan-ctap-2013.actionplan as a Word document.').waitFor();
    });

    it('asks before exporting a plan with errors to Word, as the other exports do', async () => {
        await chooseFiles(page, SEED_PLAN);
        await diagnosticsWhen(page, (d) => d.length > 0 && d.every((x) => x.severity !== 'error'));
        // The first `contact maeda` of a block: made a reference to nobody.
        const lines = (await page.evaluate(() => window.actionPlanWeb.text())).split('\n');
        const line = lines.indexOf('        contact maeda') + 1;
        assert.ok(line > 0);
        await page.evaluate((at) => window.actionPlanWeb.type(at, 22, '-nobody'), line);
        await diagnosticsWhen(page, (d) => d.some((x) => x.source === 'unresolved-reference'));

        const question = page.waitForEvent('dialog');
        await page.getByRole('button', { name: 'Export Word', exact: true }).click({ noWaitAfter: true });
        const dialog = await question;
        assert.match(dialog.message(), /has 1 error \(first: line \d+:\d+: .*maeda-nobody.*\)[\s\S]*Export anyway\?/);
        await dialog.dismiss();
        await page
            .getByRole('status')
            .getByText(/^Not exported: japan-ctap-2013\.actionplan has 1 error/)
            .waitFor();

        page.once('dialog', (d) => void d.accept());
        const forced = await downloadedBytes(page, 'Export Word');
        assert.equal(forced.name, 'japan-ctap-2013.docx');
        assert.match(await documentXml(forced.bytes), />Japan</);
    });

    it('imports a Word document chosen with "Open…" into the plan `actionplan import` makes', async () => {
        await chooseFiles(page, TYPED_IN_WORD);
        await page.waitForFunction(() => window.actionPlanWeb.currentName() === 'typed-in-word.actionplan');
        const text = await page.evaluate(() => window.actionPlanWeb.text());
        assert.equal(text, cli('import', TYPED_IN_WORD));
        assert.match(text, /economy "New Zealand"/);
        await page
            .getByRole('status')
            .getByText(/^Imported typed-in-word\.docx \(CTAP\) as typed-in-word\.actionplan\./)
            .waitFor();
        // Imported, not yet saved as a plan: unsaved until "Download plan".
        await page.getByRole('navigation', { name: 'Files' }).getByText('unsaved').waitFor();
        // The fixture types in part of the template only: its missing sections are reported, and it parses.
        const shown = await diagnosticsWhen(page, (d) => d.some((x) => x.source === 'missing-section'));
        assert.deepEqual(
            shown.filter((d) => d.source === 'syntax-error'),
            [],
        );
    });

    it('says so when a .docx is no Word document, and changes nothing', async () => {
        await chooseFiles(page, SEED_PLAN);
        await diagnosticsWhen(page, (d) => d.length > 0);
        const before = await page.evaluate(() => window.actionPlanWeb.text());
        await chooseFiles(page, NOT_A_ZIP);
        await page
            .getByRole('status')
            .getByText(
                'not-a-zip.docx could not be imported: not a Word document (.docx is a zip archive). Nothing was changed.',
            )
            .waitFor();
        assert.equal(await page.evaluate(() => window.actionPlanWeb.currentName()), 'japan-ctap-2013.actionplan');
        assert.equal(await page.evaluate(() => window.actionPlanWeb.text()), before);
        const files = page.getByRole('navigation', { name: 'Files' }).getByRole('button');
        assert.deepEqual(await files.allTextContents(), ['japan-ctap-2013.actionplan']);
    });
});
