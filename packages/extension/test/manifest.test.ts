import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { formatStylish } from '../../cli/src/format-stylish.js';

const extensionRoot = join(__dirname, '..');
const read = (path: string) => readFileSync(join(extensionRoot, path), 'utf8');
const manifest = JSON.parse(read('package.json'));
const contributes = manifest.contributes;

// This package is CommonJS (VS Code loads dist/extension.js with require);
// the language packages are ESM, so they are imported dynamically.
const language = () => import('@actionplan/language');

describe('extension manifest (packages/extension/package.json)', () => {
    it('installs into VS Code 1.100 and later and activates on the language and its commands only', () => {
        assert.equal(manifest.engines.vscode, '^1.100.0');
        assert.match(manifest.devDependencies['@types/vscode'], /^~1\.100\./);
        const commands: string[] = contributes.commands.map((c: { command: string }) => c.command);
        assert.deepEqual(
            [...manifest.activationEvents].sort(),
            ['onLanguage:actionplan', ...commands.map((c) => `onCommand:${c}`)].sort(),
        );
        assert.equal(manifest.main, './dist/extension.js');
    });

    it('registers a handler for every contributed command, and contributes every registered one', () => {
        const source = read('src/extension.ts');
        const registered = [...source.matchAll(/registerCommand\(\s*'([\w.]+)'/g)].map((m) => m[1]).sort();
        const contributed = contributes.commands.map((c: { command: string }) => c.command).sort();
        assert.deepEqual(registered, contributed);
        for (const title of [
            'Export to Canonical Text',
            'Export to JSON',
            'Export to Markdown',
            'Export to HTML',
            'Export to Word',
            'Import from Word or Text…',
            'Preview Canonical Text',
            'Show Plan Summary',
        ]) {
            assert.ok(
                contributes.commands.some((c: { title: string }) => c.title === title),
                `command "${title}"`,
            );
        }
    });

    it('offers a severity setting for exactly the diagnostic codes the server reports', async () => {
        const { ALL_ISSUE_CODES } = await language();
        const rules = contributes.configuration.properties['actionplan.rules'];
        assert.deepEqual(
            Object.keys(rules.properties).sort(),
            [...ALL_ISSUE_CODES].sort(),
            'run `npm run update-rule-settings -w packages/extension`',
        );
        for (const setting of Object.values(rules.properties) as Array<{ enum: string[] }>) {
            assert.deepEqual(setting.enum, ['off', 'error', 'warning', 'info', 'hint']);
        }
        assert.deepEqual(contributes.configuration.properties['actionplan.trace.server'].enum, [
            'off',
            'messages',
            'verbose',
        ]);
    });

    it('has a $actionplan problem matcher that reads the CLI stylish output', () => {
        const matcher = contributes.problemMatchers.find((m: { name: string }) => m.name === 'actionplan');
        const regex = new RegExp(matcher.pattern.regexp);
        const diagnostics: Diagnostic[] = [
            {
                range: { start: { line: 18, character: 12 }, end: { line: 18, character: 15 } },
                severity: 1,
                message: 'Section A.1 "Protect Cargo" has no contact point',
                code: 'missing-contact',
            },
            {
                range: { start: { line: 99, character: 14 }, end: { line: 99, character: 20 } },
                severity: 2,
                message: 'Planned measure "Japan  will…" has no timeframe',
                code: 'missing-timeframe',
            },
        ];
        const output = formatStylish([{ path: '/work/plans/a b.actionplan', diagnostics }], '/work');
        const lines = output.split('\n').filter((line) => regex.test(line));
        assert.equal(lines.length, 2, output);
        const first = regex.exec(lines[0]!)!;
        const { file, line, column, severity, message, code } = matcher.pattern;
        assert.equal(first[file], 'plans/a b.actionplan');
        assert.equal(first[line], '19');
        assert.equal(first[column], '13');
        assert.equal(first[severity], 'error');
        assert.equal(first[message], 'Section A.1 "Protect Cargo" has no contact point');
        assert.equal(first[code], 'missing-contact');
        const second = regex.exec(lines[1]!)!;
        assert.equal(second[message], 'Planned measure "Japan  will…" has no timeframe');
        assert.equal(second[code], 'missing-timeframe');
        assert.ok(!regex.test('1 error, 1 warning'), 'the summary line is not a problem');
    });

    it('has a word pattern that selects ids such as maeda-2 and A.1 whole', () => {
        const config = JSON.parse(read('language-configuration.json'));
        const word = new RegExp(`^(?:${config.wordPattern})$`);
        for (const id of ['maeda-2', 'A.1', 'A', 'secure_trade', 'trade-recovery', '2013'])
            assert.ok(word.test(id), id);
        assert.deepEqual(config.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
        assert.ok(config.folding.markers.start, 'folding markers');
    });

    it('has snippets that expand to valid plan text', async () => {
        const snippets = JSON.parse(read('snippets/actionplan.json')) as Record<string, { body: string[] }>;
        // Expand as VS Code would with the defaults: ${1:x} → x, ${4} → the value given for 4 earlier.
        const expand = (body: string[]): string => {
            const values = new Map<string, string>();
            return body
                .join('\n')
                .replace(/\$\{(\d+):([^}]*)\}/g, (_m, n: string, value: string) => (values.set(n, value), value))
                .replace(/\$\{(\d+)\}/g, (_m, n: string) => values.get(n) ?? '')
                .replace(/\$0/g, '')
                .replace(/\t/g, '    ');
        };
        const { contact, subsection, header } = {
            contact: expand(snippets['Contact']!.body).replace('contact id', 'contact contact-id'),
            subsection: expand(snippets['CTAP subsection']!.body),
            header: expand(snippets['CTAP header']!.body),
        };
        const text = `${header}\n\n${contact}\n\nsection A "Title" {\n${subsection}\n}\n`;
        const { createActionPlanServices } = await language();
        const { EmptyFileSystem } = await import('langium');
        const { parseHelper } = await import('langium/test');
        const services = createActionPlanServices(EmptyFileSystem);
        const document = await parseHelper(services.ActionPlan)(text, { validation: true });
        const errors = (document.diagnostics ?? []).filter(
            (d) => d.code === 'syntax-error' || d.code === 'unresolved-reference',
        );
        assert.deepEqual(errors, [], text);
    });
});
