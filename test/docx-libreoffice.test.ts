// The `docx` export opened by another word processor: LibreOffice converts the
// export of seed 004 to PDF without complaint (a proxy for Word opening it
// without a repair prompt), on A4, with the footer and the template's text.
// Needs `soffice` and poppler's `pdfinfo`/`pdftotext` (.ci/run installs
// libreoffice-writer-nogui and poppler-utils). Without them the test is not
// defined, except under CI, where it fails.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli-helpers.js';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const tools = ['soffice', 'pdfinfo', 'pdftotext'];
const available = tools.every(has);

describe('docx export through LibreOffice', function () {
    this.timeout(180_000);

    if (!available && !process.env.CI) {
        console.log(`    (LibreOffice test not run: ${tools.filter((t) => !has(t)).join(', ')} not installed)`);
        return;
    }

    it('converts the export of seed 004 to an A4 PDF with the footer and every heading', () => {
        assert.ok(available, `CI must install ${tools.join(', ')} (see .ci/run)`);
        const folder = mkdtempSync(join(tmpdir(), 'actionplan-lo-'));
        const docx = join(folder, 'japan.docx');
        const exported = runCli(['export', 'examples/japan-ctap-2013.actionplan', '-f', 'docx', '-o', docx]);
        assert.equal(exported.status, 0, exported.stderr);
        // LibreOffice writes its profile to HOME: give it one of its own.
        const converted = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', folder, docx], {
            env: { ...process.env, HOME: join(folder, 'home') },
            encoding: 'utf8',
            timeout: 150_000,
        });
        const pdf = join(folder, 'japan.pdf');
        assert.ok(existsSync(pdf), `no PDF: ${converted.stdout}${converted.stderr}`);
        const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
        assert.match(info, /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
        const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
        assert.ok(pages > 10, info);
        const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
        const firstPage = text.split('\f')[0]!;
        assert.match(firstPage, /2013 APEC COUNTER-TERRORISM ACTION PLAN/);
        assert.match(firstPage, /2014\/SOM1\/CTWG\/010\s+Page 1 of \d+/);
        assert.match(text.split('\f').at(-2)!, new RegExp(`Page ${pages} of ${pages}`));
        for (const heading of ['EXECUTIVE SUMMARY', 'A.1 Protect Cargo:', 'C. PROMOTING CYBER SECURITY:']) {
            assert.ok(text.includes(heading), heading);
        }
        // A numbered list starts from 1 in each list: the first summary list and the second.
        assert.match(text, /\n\s*1\.\s+Japan is accelerating the work/);
    });
});
