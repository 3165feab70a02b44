import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { parseHelper } from 'langium/test';
import { createActionPlanServices } from '../src/action-plan-module.js';
import { diagnoseFiles } from '../src/workspace/action-plan-documents.js';
import type { Document } from '../src/generated/ast.js';
import { disposeAll } from './test-services.js';
import { edit, show, smallCtap } from './validation-helpers.js';

const services = createActionPlanServices(NodeFileSystem);
const parse = parseHelper<Document>(services.ActionPlan);

/** Writes the files into a fresh folder; lints the first one from disk, as the CLI does. */
async function lintFiles(files: Record<string, string | Uint8Array>): Promise<string[]> {
    const folder = mkdtempSync(join(tmpdir(), 'actionplan-validation-'));
    for (const [name, content] of Object.entries(files)) {
        mkdirSync(join(folder, name, '..'), { recursive: true });
        writeFileSync(join(folder, name), content);
    }
    const path = join(folder, Object.keys(files)[0]!);
    const document = await services.shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(path));
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return (document.diagnostics ?? []).map(show);
}

const stale = edit(smallCtap, 'last updated Nov 2025', 'last updated Dec 2024');

describe('encoding and empty files', () => {
    afterEach(() => disposeAll(services));

    it('an empty file is a syntax-error at 1:1, not a crash', async () => {
        assert.deepEqual(await lintFiles({ 'empty.actionplan': '' }), [
            `1:1 error syntax-error The file is empty: expected 'ctap {', 'report "…" {' or 'catalog "…"'`,
        ]);
    });

    it('a file with NUL bytes is ONE not-text error, nothing else', async () => {
        const text = edit(smallCtap, 'economy "New Zealand"', 'economy "New\0Zealand"');
        const found = await lintFiles({ 'nul.actionplan': text + '\0' });
        assert.deepEqual(found, ['12:17 error not-text Not a text file (a NUL byte at line 12): a plan must be text']);
    });

    it('a 200 KB binary file is one not-text error (was 19,175 errors)', async () => {
        // A fixed pseudo-random sequence (xorshift), so the test is the same every run.
        const bytes = new Uint8Array(200_000);
        let x = 2463534242;
        for (let i = 0; i < bytes.length; i++) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            bytes[i] = x & 0xff;
        }
        const found = await lintFiles({ 'image.actionplan': bytes });
        assert.equal(found.length, 1, found.slice(0, 3).join('\n'));
        assert.match(
            found[0]!,
            /^\d+:\d+ error not-text Not a text file \(a NUL byte at line \d+\): a plan must be text$/,
        );
    });

    it('a UTF-16 file without a byte order mark is named as such', async () => {
        const found = await lintFiles({ 'utf16.actionplan': Buffer.from(smallCtap, 'utf16le') });
        assert.deepEqual(found, [
            '1:2 error not-text Not a text file (a NUL byte at line 1): it looks like UTF-16 without a byte order mark; save it as UTF-8',
        ]);
    });

    it('invalid UTF-8 is ONE syntax-error at the first bad byte, naming the byte and the likely encoding', async () => {
        const bytes = Buffer.concat([
            Buffer.from('ctap {\n    economy "Ja'),
            Buffer.from([0xff, 0xc3]),
            Buffer.from('pan"\n}\n'),
        ]);
        assert.deepEqual(await lintFiles({ 'latin1.actionplan': bytes }), [
            '2:16 error syntax-error Not valid UTF-8 at line 2 (byte 0xFF): the file looks like windows-1252; reopen it with that encoding and save it as UTF-8',
            '1:1 error missing-contact The plan has no assistance part with a contact point for assistance and expertise',
            // The decoding problems are not syntax errors of the parser: the template rules run too.
            '1:1 error missing-header-field The header has no calendar year (template ctap-2013 requires it)',
            '1:1 error missing-header-field The header has no last updated (template ctap-2013 requires it)',
            '1:1 error missing-section Section A "ENHANCING THE SECURE FLOW OF TRADE AND PEOPLE IN THE APEC REGION" of template ctap-2013 is missing',
            '1:1 error missing-section Section B "HALTING TERRORIST FINANCING" of template ctap-2013 is missing',
            '1:1 error missing-section Section C "PROMOTING CYBER SECURITY" of template ctap-2013 is missing',
        ]);
    });

    it('reads UTF-8 with a BOM and CRLF, and UTF-16 LE/BE with a BOM, from disk: no diagnostic', async () => {
        const crlf = smallCtap.replace(/\n/g, '\r\n');
        const files = {
            'bom.actionplan': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]),
            'le.actionplan': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(smallCtap, 'utf16le')]),
            'be.actionplan': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(smallCtap, 'utf16le').swap16()]),
        };
        for (const [name, bytes] of Object.entries(files)) {
            assert.deepEqual(await lintFiles({ [name]: bytes }), [], name);
        }
    });

    it('a plan importing a UTF-16 catalog from disk resolves its contacts and commitments', async () => {
        const catalog = 'catalog "Shared"\ncontact maeda { name "Tamaki MAEDA" }\ncommitment k "K" (2005) "."\n';
        const plan =
            'import "catalog.actionplan"\nctap { economy "Japan" }\nsection A "A" {\n    contact maeda\n    undertaken k\n}\n';
        const folder = mkdtempSync(join(tmpdir(), 'actionplan-validation-'));
        writeFileSync(join(folder, 'plan.actionplan'), plan);
        writeFileSync(
            join(folder, 'catalog.actionplan'),
            Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(catalog, 'utf16le').swap16()]),
        );
        const [result] = await diagnoseFiles(services.shared, [join(folder, 'plan.actionplan')]);
        assert.deepEqual(
            result!.diagnostics.map(show).filter((d) => /unresolved|syntax|not-text/.test(d)),
            [],
        );
    });

    it('leaves a U+FFFD the author wrote in valid UTF-8 alone', async () => {
        const text = edit(smallCtap, 'economy "New Zealand"', 'economy "New Zealand \uFFFD"');
        assert.deepEqual(await lintFiles({ 'ok.actionplan': text }), []);
    });
});

describe('.actionplanrc.json and rule overrides', () => {
    afterEach(() => {
        services.ActionPlan.workspace.RuleSettings.setOverrides({});
        return disposeAll(services);
    });

    it('the nearest config upward from the file changes a severity or turns a rule off', async () => {
        const found = await lintFiles({
            'plans/2025/plan.actionplan': stale,
            '.actionplanrc.json': JSON.stringify({ rules: { 'stale-last-updated': 'error' } }),
            'plans/.actionplanrc.json': JSON.stringify({
                $schema: '../docs/actionplanrc.schema.json',
                rules: { 'stale-last-updated': 'info' },
            }),
        });
        assert.deepEqual(found, [
            '14:18 info stale-last-updated Last updated Dec 2024 is before the start of calendar year 2025',
        ]);
        const off = await lintFiles({
            'plan.actionplan': stale,
            '.actionplanrc.json': JSON.stringify({ rules: { 'stale-last-updated': 'off' } }),
        });
        assert.deepEqual(off, []);
    });

    it('a bad config is one invalid-config error naming the file and the problem, not a crash', async () => {
        const unknown = await lintFiles({
            'plan.actionplan': smallCtap,
            '.actionplanrc.json': '{"rules": {"no-such-rule": "off"}}',
        });
        assert.equal(unknown.length, 1);
        assert.match(
            unknown[0]!,
            /^1:1 error invalid-config Invalid configuration .*\.actionplanrc\.json: unknown rule "no-such-rule"$/,
        );
        const broken = await lintFiles({ 'plan.actionplan': smallCtap, '.actionplanrc.json': '{"rules": ' });
        assert.match(broken[0]!, /invalid-config .*\.actionplanrc\.json: not valid JSON/);
        const badValue = await lintFiles({
            'plan.actionplan': smallCtap,
            '.actionplanrc.json': '{"rules": {"missing-timeframe": "warn"}}',
        });
        assert.match(
            badValue[0]!,
            /rule "missing-timeframe": expected one of off, error, warning, info, hint, got "warn"/,
        );
    });

    it('the CLI overrides (--rule) win over the config file', async () => {
        services.ActionPlan.workspace.RuleSettings.setOverrides({ 'stale-last-updated': 'hint' });
        const found = await lintFiles({
            'plan.actionplan': stale,
            '.actionplanrc.json': JSON.stringify({ rules: { 'stale-last-updated': 'off' } }),
        });
        assert.deepEqual(found, [
            '14:18 hint stale-last-updated Last updated Dec 2024 is before the start of calendar year 2025',
        ]);
    });

    it('the editor setting actionplan.rules applies, below the config file', async () => {
        const configuration = services.shared.workspace.ConfigurationProvider;
        configuration.updateConfiguration({ settings: { actionplan: { rules: { 'stale-last-updated': 'hint' } } } });
        try {
            assert.deepEqual(await lintFiles({ 'plan.actionplan': stale }), [
                '14:18 hint stale-last-updated Last updated Dec 2024 is before the start of calendar year 2025',
            ]);
            const withFile = await lintFiles({
                'plan.actionplan': stale,
                '.actionplanrc.json': JSON.stringify({ rules: { 'stale-last-updated': 'error' } }),
            });
            assert.deepEqual(withFile, [
                '14:18 error stale-last-updated Last updated Dec 2024 is before the start of calendar year 2025',
            ]);
        } finally {
            configuration.updateConfiguration({ settings: { actionplan: {} } });
        }
    });

    it('parses with a file URI from pathToFileURL as the language server sends it', async () => {
        const document = await parse(smallCtap, {
            validation: true,
            documentUri: pathToFileURL(join(tmpdir(), 'x.actionplan')).toString(),
        });
        assert.deepEqual((document.diagnostics ?? []).map(show), []);
    });
});
