import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { createTestServices, disposeAll } from './test-services.js';
import { diagnose } from './validation-helpers.js';
import { quickFixesFor } from '../src/lsp/action-plan-quick-fixes.js';
import { isCtapPlan } from '../src/generated/ast.js';

/**
 * The corpus of realistic mistakes (test/fixtures/mistakes): each file starts with a
 * comment saying what went wrong, then one `// expect LINE:COL MESSAGE` line per
 * syntax error the file must get, in order: the message an official reads, at the
 * place to fix.
 */
const folder = fileURLToPath(new URL('../../../test/fixtures/mistakes/', import.meta.url));
const fixtures = readdirSync(folder)
    .filter((name) => name.endsWith('.actionplan'))
    .sort();

/** Words of parser jargon no message may contain. */
const JARGON = [/token/i, /offset/i, /expecting/i, /\bINT\b/, /\bID\b/, /\bSTRING\b/, /\bEOF\b/, /chevrotain/i];

function syntaxErrors(diagnostics: Diagnostic[]): Diagnostic[] {
    return diagnostics.filter((d) => d.code === 'syntax-error');
}

function show(d: Diagnostic): string {
    return `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`;
}

describe('syntax errors in plain words: the corpus of mistakes', () => {
    const { services, parse } = createTestServices();
    afterEach(() => disposeAll(services));

    it('has at least 30 realistic mistakes, each expecting its errors', () => {
        assert.ok(fixtures.length >= 30, `${fixtures.length} fixtures`);
        for (const name of fixtures) {
            const text = readFileSync(folder + name, 'utf8');
            assert.match(text, /^\/\/ \S.*\n\/\/ expect \d+:\d+ \S/, name);
        }
    });

    for (const name of fixtures) {
        it(`${name}: the expected message at the expected place, and no other syntax error`, async () => {
            const text = readFileSync(folder + name, 'utf8');
            const expected = [...text.matchAll(/^\/\/ expect (.*)$/gm)].map((m) => m[1]);
            const errors = syntaxErrors(await diagnose(parse, text, `file:///mistakes/${name}`));
            assert.deepEqual(errors.map(show), expected);
            for (const error of errors) {
                for (const word of JARGON) assert.doesNotMatch(error.message, word, `${name}: ${error.message}`);
            }
        });
    }

    it('each offered fix repairs its mistake and adds none', async () => {
        let fixed = 0;
        for (const name of fixtures) {
            const text = readFileSync(folder + name, 'utf8');
            const uri = `file:///mistakes/${name}`;
            const document = await parse(text, { validation: true, documentUri: uri });
            const errors = syntaxErrors(document.diagnostics ?? []);
            for (const error of errors) {
                const [fix] = quickFixesFor(document, error);
                if (!fix) continue;
                const after = TextDocument.applyEdits(TextDocument.create(uri, 'actionplan', 1, text), fix.edits);
                const remaining = syntaxErrors(
                    await diagnose(parse, after, `file:///mistakes/fixed-${fixed++}-${name}`),
                );
                assert.equal(
                    remaining.length,
                    errors.length - 1,
                    `${name}: ${fix.title}\n${remaining.map(show).join('\n')}`,
                );
            }
        }
        assert.ok(fixed >= 20, `${fixed} fixes checked`);
    });
});

describe('syntax errors in plain words: quick fixes', () => {
    const { services, parse } = createTestServices();
    afterEach(() => disposeAll(services));

    async function fixOf(text: string): Promise<{ title: string; text: string }> {
        const document = await parse(text, { validation: true });
        const [error] = syntaxErrors(document.diagnostics ?? []);
        assert.ok(error, 'a syntax error');
        const actions = await services.ActionPlan.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: error.range,
            context: { diagnostics: [error] },
        });
        const [action] = (actions ?? []).filter((a) => 'edit' in a);
        assert.ok(action && 'edit' in action && action.edit?.changes);
        const edits = action.edit.changes[document.uri.toString()]!;
        const doc = TextDocument.create(document.uri.toString(), 'actionplan', 1, text);
        return { title: action.title, text: TextDocument.applyEdits(doc, edits) };
    }

    it('replaces curly quotes with straight ones, leaving curly quotes inside the text', async () => {
        const fix = await fixOf('ctap {\n    title “The “Secure Trade” plan”\n}\n');
        assert.equal(fix.title, 'Replace with straight quotes');
        assert.equal(fix.text, 'ctap {\n    title "The “Secure Trade” plan"\n}\n');
    });

    it('quotes a timeframe in words', async () => {
        const text =
            'ctap {\n}\nsummary {\n    forward work {\n        - "Ratify the convention." by end of June 2026\n    }\n}\n';
        const fix = await fixOf(text);
        assert.equal(fix.title, 'Put the timeframe in quotes');
        assert.equal(fix.text, text.replace('by end of June 2026', 'by "end of June 2026"'));
    });

    it('removes the quotes around a year', async () => {
        const fix = await fixOf('ctap {\n    calendar year "2013"\n}\n');
        assert.equal(fix.text, 'ctap {\n    calendar year 2013\n}\n');
    });

    it('offers nothing where the fix is not certain (a typo, a missing brace)', async () => {
        for (const text of ['ctap {\n    ecnomy "Japan"\n}\n', 'ctap {\n    economy "Japan"\n']) {
            const document = await parse(text, { validation: true });
            const [error] = syntaxErrors(document.diagnostics ?? []);
            assert.ok(error);
            assert.deepEqual(quickFixesFor(document, error), []);
        }
    });
});

describe('syntax errors in plain words: what they do not change', () => {
    const { services, parse } = createTestServices();
    afterEach(() => disposeAll(services));

    it('the examples and their multi-line strings still parse without any error', async () => {
        const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
        for (const name of readdirSync(examples).filter((n) => n.endsWith('.actionplan'))) {
            const text = readFileSync(examples + name, 'utf8');
            assert.deepEqual(syntaxErrors(await diagnose(parse, text, `file:///examples/${name}`)).map(show), [], name);
        }
        const multiLine =
            'ctap {\n    objective "Where appropriate, to self-assess\n        progress against the commitments"\n}\n';
        assert.deepEqual(syntaxErrors(await diagnose(parse, multiLine)).map(show), []);
    });

    it('the text read through a repair keeps its value (curly quotes, unquoted text, keyword ids)', async () => {
        const text = [
            'ctap {',
            '    economy “New Zealand”',
            '    title Counter-Terrorism Action Plan',
            '}',
            'section A "T" {',
            '    commitment section "Implement the framework" (2005) "."',
            '    planned section {',
            '        - "Extend the scheme." by June 2026',
            '    }',
            '}',
        ].join('\n');
        const document = await parse(text, { validation: true });
        const root = document.parseResult.value;
        const plan = root.body;
        assert.ok(isCtapPlan(plan));
        assert.equal(plan.header.economy, 'New Zealand');
        assert.equal(plan.header.title, 'Counter-Terrorism Action Plan');
        const section = plan.sections[0]!;
        assert.equal(section.commitments[0]!.name, 'section');
        assert.equal(section.blocks[0]!.commitment.ref?.name, 'section');
        assert.equal(section.blocks[0]!.items[0]!.timeframe?.text, 'June 2026');
        const unresolved = (document.diagnostics ?? []).filter((d) => d.code === 'unresolved-reference');
        assert.deepEqual(unresolved, [], 'planned section { resolves to the commitment named section');
    });
});
