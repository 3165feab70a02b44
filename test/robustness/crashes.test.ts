import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { createActionPlanServices } from '../../packages/language/src/action-plan-module.js';
import { MAX_TOKENS } from '../../packages/language/src/parse/action-plan-lexer.js';
import { MAX_SYNTAX_ERRORS } from '../../packages/language/src/parse/action-plan-parser.js';
import { repoRoot } from './corpus.js';
import { FuzzHarness } from './fuzz-harness.js';
import type { Finding } from './fuzz-harness.js';

const crashes = join(repoRoot, 'test/fixtures/crashes');
const slow = join(repoRoot, 'test/fixtures/slow');

function describeFindings(findings: Finding[]): string {
    return findings.map((f) => `${f.target} ${f.kind}: ${f.message}\n${f.stack ?? ''}`).join('\n');
}

/** Every input a fuzzer ever crashed on stays here; see test/fixtures/crashes/README.md. */
describe('robustness: inputs that once crashed', () => {
    let harness: FuzzHarness;
    let timelyHarness: FuzzHarness;
    before(async () => {
        harness = await FuzzHarness.create({ timeBoundMs: 20000 });
        timelyHarness = await FuzzHarness.create({ timeBoundMs: 5000 });
    });
    after(() => {
        harness.dispose();
        timelyHarness.dispose();
    });

    for (const name of readdirSync(crashes).filter((n) => n.endsWith('.actionplan') || n.endsWith('.txt'))) {
        it(`${name}: parsed, validated, imported and exported without an exception`, async () => {
            const bytes = readFileSync(join(crashes, name));
            const findings = name.endsWith('.txt')
                ? await harness.runImport(bytes.toString('utf8'))
                : (await harness.runPlan(bytes)).findings;
            assert.equal(findings.length, 0, describeFindings(findings));
        });
    }

    // Completion is asked everywhere while typing: at every offset of the small fixtures.
    for (const name of readdirSync(crashes).filter((n) => n.endsWith('.actionplan'))) {
        it(`${name}: completion at every offset without an exception`, async () => {
            const services = createActionPlanServices(EmptyFileSystem);
            const text = readFileSync(join(crashes, name), 'utf8');
            const uri = URI.parse(`memory:///${name}`);
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
            services.shared.workspace.LangiumDocuments.addDocument(document);
            await services.shared.workspace.DocumentBuilder.build([document]);
            const failures = new Map<string, string>();
            for (let offset = 0; offset <= Math.min(text.length, 2000); offset++) {
                const position = document.textDocument.positionAt(offset);
                await Promise.resolve(
                    services.ActionPlan.lsp.CompletionProvider!.getCompletion(document, {
                        textDocument: { uri: uri.toString() },
                        position,
                    }),
                ).catch((error: Error) => {
                    if (!failures.has(error.message))
                        failures.set(error.message, `${position.line + 1}:${position.character + 1}`);
                });
            }
            assert.deepEqual(
                [...failures].map(([message, at]) => `${message} (first at ${at})`),
                [],
            );
        });
    }

    // Inputs `npm run fuzz` found slow (not crashing): up to 11 s to parse and 40 s to complete, before
    // parsing stopped after 1,000 syntax errors and the completion parser stopped capturing stack traces.
    // The harness's bound: 5 s plus 3 ms a kB a stage.
    for (const name of readdirSync(slow)) {
        it(`${name}: parsed, validated, edited and exported within the time bound`, async () => {
            const findings = (await timelyHarness.runPlan(readFileSync(join(slow, name)))).findings;
            assert.equal(findings.length, 0, describeFindings(findings));
        });
    }

    /**
     * Times a commitment followed by `count` copies of `unit` (no finding allowed), after a warm-up,
     * at `small` and 4x `small`: 4x the input must cost under 6x the time. A ratio measured side
     * by side, so a busy machine does not fail it.
     */
    const assertLinear = async (unit: string, small: number): Promise<number> => {
        const timed = async (count: number): Promise<number> => {
            const text = 'ctap {\n}\nsection A "t" {\n    commitment c ' + unit.repeat(count) + '\n}\n';
            const start = performance.now();
            const findings = (await harness.runPlan(Buffer.from(text), false)).findings;
            assert.equal(findings.length, 0, describeFindings(findings));
            return performance.now() - start;
        };
        await timed(1_000); // warm-up
        const smallMs = await timed(small);
        const largeMs = await timed(4 * small);
        assert.ok(
            largeMs < 6 * smallMs,
            `${small}: ${Math.round(smallMs)} ms, ${4 * small}: ${Math.round(largeMs)} ms`,
        );
        return largeMs;
    };

    // Parser error recovery once grew faster than the input: one error per `(` (158,634 for 160 kB took
    // 17 s, and with completion over 120 s, in `npm run fuzz`). Now linear, and parsing stops after
    // 1,000 errors (see below).
    it('a commitment followed by 40,000 `(`: diagnosed in time linear in the input', async () => {
        const largeMs = await assertLinear('(', 10_000);
        assert.ok(largeMs < 15_000, `took ${Math.round(largeMs)} ms`);
    });

    // Langium placed comments in the syntax tree by searching each new node among its siblings from the
    // front: a list of n strings cost O(n²) (1 MB of `"`, half a million empty strings, took 69 s).
    it('a run of 400,000 empty strings `""`: parsed in time linear in the input', async () => {
        await assertLinear('""', 100_000);
    });

    it('5,000 stray `(`: parsing stops after 1,000 syntax errors, with one error saying so', () => {
        const { ActionPlan } = createActionPlanServices(EmptyFileSystem);
        const text = 'ctap {\n}\nsection A "t" {\n    commitment c ' + '('.repeat(5_000) + '\n}\n';
        const errors = ActionPlan.parser.LangiumParser.parse(text).parserErrors;
        // One error a line is reported (the others on it follow from the first), then the one saying so.
        assert.equal(errors.length, 2);
        const last = errors.at(-1)!;
        assert.equal(MAX_SYNTAX_ERRORS, 1_000);
        assert.equal(last.message, 'More than 1,000 syntax errors: the rest of the file is not read');
        assert.equal(text[last.token.startOffset], '(');
        // The completion parser stops the same way (it parses the text before the cursor).
        assert.ok(ActionPlan.parser.CompletionParser.parse(text).tokens.length > 5_000);
    });

    it('a file of more than 1,000,000 tokens: a syntax error at the first token past the limit', () => {
        const { ActionPlan } = createActionPlanServices(EmptyFileSystem);
        const head = 'ctap {\n}\n';
        const result = ActionPlan.parser.Lexer.tokenize(head + '"" '.repeat(MAX_TOKENS + 5));
        assert.equal(result.tokens.length, MAX_TOKENS);
        const [error] = result.errors;
        assert.ok(error);
        assert.match(error.message, /more than 1,000,000 words, numbers and signs/);
        // ctap { } are 3 tokens, so the string at index MAX_TOKENS - 3 is the first one cut.
        assert.equal(error.offset, head.length + 3 * (MAX_TOKENS - 3));
    });

    // Too big to keep as a file: the STRING terminal /"(\\.|[^"\\])*"/ overflows V8's regexp stack
    // somewhere between 3 and 5 million characters inside one string.
    for (const [label, text] of [
        ['a 5 MB string', 'ctap {\n    title "' + 'x'.repeat(5_000_000) + '"\n}\n'],
        ['a 5 MB unterminated string', 'ctap {\n    title "' + 'x'.repeat(5_000_000) + '\n}\n'],
    ] as const) {
        it(`${label}: a diagnostic, not a RangeError from the lexer`, async () => {
            const findings = (await harness.runPlan(Buffer.from(text))).findings;
            assert.equal(findings.length, 0, describeFindings(findings));
        });
    }
});
