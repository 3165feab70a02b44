import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clearDocuments, expectCompletion, expectHover, parseHelper } from 'langium/test';
import { CompletionTriggerKind } from 'vscode-languageserver';
import type { CompletionList } from 'vscode-languageserver';
import type { Document } from '../src/generated/ast.js';
import { createTestServices } from './test-services.js';

// Completion and hover that know the plan's template (ctap-2013 for seed 004).
const japan = readFileSync(
    fileURLToPath(new URL('../../../examples/japan-ctap-2013.actionplan', import.meta.url)),
    'utf8',
);
const { services } = createTestServices();
const completion = expectCompletion(services.ActionPlan);
const hover = expectHover(services.ActionPlan);
const parse = parseHelper<Document>(services.ActionPlan);

/** The text with `<|>` inserted at the first `find`, shifted by `shift` characters. */
function mark(text: string, find: string, shift = 0): string {
    const at = text.indexOf(find);
    assert.ok(at >= 0, find);
    return text.slice(0, at + shift) + '<|>' + text.slice(at + shift);
}

function cut(text: string, from: string, to: string): string {
    const start = text.indexOf(from);
    const end = text.indexOf(to, start);
    assert.ok(start >= 0 && end > start, `${from} … ${to}`);
    return text.slice(0, start) + text.slice(end);
}

const UN_LINE =
    '    commitment un-international-instruments "Relevant economies to implement UN and other international instruments" (2002) "."\n';

describe('template-aware completion and hover', () => {
    afterEach(() => clearDocuments(services.shared));

    it("after `commitment ` in a section: the template's commitments of that section the plan lacks, inserted whole", async () => {
        const text = mark(japan.replace(UN_LINE, ''), '    commitment fatf-special-recommendations', 15);
        await completion({
            text,
            index: 0,
            assert: (list: CompletionList) => {
                assert.deepEqual(
                    list.items.map((i) => i.label),
                    ['un-international-instruments'],
                );
                const item = list.items[0]!;
                assert.equal(
                    item.textEdit?.newText,
                    'un-international-instruments "Relevant economies to implement UN and other international instruments" (2002) "."',
                );
                assert.match(item.detail ?? '', /^ctap-2013: Relevant economies/);
            },
        });
    });

    it("after `undertaken ` the section's own commitments come first", async () => {
        const text = mark(japan, '        undertaken ship-port-facility {', 19);
        await completion({
            text,
            index: 0,
            assert: (list: CompletionList) => {
                const sorted = [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
                const first = sorted.slice(0, 6).map((i) => i.label);
                assert.deepEqual(first.sort(), [
                    'ability-identify-assess',
                    'international-fight-piracy',
                    'international-maritime-organisation',
                    'international-ship-port',
                    'ship-port-facility',
                    'training-ship-port',
                ]);
                assert.ok(sorted.length > 40, 'the other sections follow');
            },
        });
    });

    it('in a header, multi-word keywords complete whole', async () => {
        await completion({
            text: 'ctap {\n    template ctap-2013\n    <|>\n}\n',
            index: 0,
            assert: (list: CompletionList) => {
                const labels = list.items.map((i) => i.label);
                for (const phrase of ['calendar year', 'last updated', 'agenda item', 'submitted by', 'economy']) {
                    assert.ok(labels.includes(phrase), phrase);
                }
                for (const word of ['calendar', 'last', 'agenda', 'submitted']) assert.ok(!labels.includes(word), word);
            },
        });
        await completion({
            text: 'ctap {\n}\n\nsummary {\n    <|>\n}\n',
            index: 0,
            assert: (list: CompletionList) => {
                const labels = list.items.map((i) => i.label);
                assert.ok(labels.includes('forward work') && labels.includes('capacity building needs'), labels.join());
            },
        });
    });

    it("after `section `: the template's missing sections at that level, never an existing id", async () => {
        const withoutC = cut(japan, 'section C "', 'assistance {');
        await completion({
            text: mark(withoutC, 'assistance {').replace('<|>', 'section <|>\n\n'),
            index: 0,
            assert: (list: CompletionList) => {
                assert.deepEqual(
                    list.items.map((i) => [i.label, i.detail]),
                    [['C', 'PROMOTING CYBER SECURITY']],
                );
                assert.equal(list.items[0]!.textEdit?.newText, 'C "PROMOTING CYBER SECURITY" {\n    $0\n}');
            },
        });
        // Inside A, with A.2 and A.4 gone: those two, in the template's order.
        let text = cut(japan, '    section A.2 "', '    section A.3 "');
        text = cut(text, '    section A.4 "', '    section A.5 "');
        await completion({
            text: mark(text, '    section A.5 "').replace('<|>', '    section <|>\n'),
            index: 0,
            expectedItems: ['A.2', 'A.4'],
        });
        // Every section there: nothing, not the next id.
        await completion({
            text: mark(japan, 'assistance {').replace('<|>', 'section <|>\n\n'),
            index: 0,
            expectedItems: [],
        });
        // Without a usable template: the next section id.
        await completion({
            text: 'ctap {\n    template "none.actionplan"\n}\nsection A "A" {\n    section A.3 "y" {\n    }\n    section <|>\n}\n',
            index: 0,
            expectedItems: ['A.4'],
        });
    });

    it('opens the list on a space after `commitment`, `undertaken` …, and on `(`, never in a string', async () => {
        const provider = services.ActionPlan.lsp.CompletionProvider!;
        assert.deepEqual(provider.completionOptions?.triggerCharacters, [' ', '(']);
        const at = (text: string, find: string, shift: number) => {
            const offset = text.indexOf(find) + shift;
            const before = text.slice(0, offset).split('\n');
            return { line: before.length - 1, character: before.at(-1)!.length };
        };
        const text = japan.replace(UN_LINE, '    commitment \n');
        const document = await parse(text);
        const ask = (position: { line: number; character: number }, character: string) =>
            provider.getCompletion(document, {
                textDocument: { uri: document.uri.toString() },
                position,
                context: { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: character },
            });
        const afterCommitment = await ask(at(text, '    commitment \n', 15), ' ');
        assert.deepEqual(
            afterCommitment?.items.map((i) => i.label),
            ['un-international-instruments'],
        );
        const inString = await ask(at(text, 'Relevant economies to implement UN', 9), ' ');
        assert.deepEqual(inString?.items, []);
        const afterProse = await ask(at(text, 'section B "HALTING', 8), ' ');
        assert.deepEqual(afterProse?.items, [], 'after `section B` the id is typed');
    });

    it('hover on a commitment shows its template wording and years, and where the plan differs', async () => {
        const drifted = japan.replace('the smooth flow of trade', 'the smooth and secure flow of trade');
        await hover({
            text: mark(drifted, 'container-security-regime "Implement', 3),
            index: 0,
            hover: /\*Template ctap-2013:\* `container-security-regime` \(section A\.1\) · Implement as practicable as possible a container security regime that facilitates the smooth flow of trade[^]*\*Differs:\* the wording \(96% the same\)\./,
        });
        const years = japan.replace('fight piracy" (2002, 2008)', 'fight piracy" (2008)');
        await hover({
            text: mark(years, 'international-fight-piracy "Support', 3),
            index: 0,
            hover: /\*Differs:\* the years \(here 2008, template 2002, 2008\)\./,
        });
        await hover({
            text: mark(japan, 'secure-trade-framework "Implement', 3),
            index: 0,
            hover: /\*Template ctap-2013:\* `secure-trade-framework` \(section A\.1\)[^]*Worded as the template words it\./,
        });
    });
});

describe('a template file in the editor', () => {
    afterEach(() => clearDocuments(services.shared));

    it('has an outline: the template with its sections and assistance part', async () => {
        const text = readFileSync(fileURLToPath(new URL('../templates/ctap-2013.actionplan', import.meta.url)), 'utf8');
        const document = await parse(text);
        const symbols = await services.ActionPlan.lsp.DocumentSymbolProvider!.getSymbols(document, {
            textDocument: { uri: document.uri.toString() },
        });
        assert.deepEqual(
            symbols.map((s) => [s.name, s.detail]),
            [['ctap-2013 2013 APEC Counter-Terrorism Action Plan', 'ctap 2013']],
        );
        assert.deepEqual(
            symbols[0]!.children!.map((s) => s.name),
            [
                'A ENHANCING THE SECURE FLOW OF TRADE AND PEOPLE IN THE APEC REGION',
                'B HALTING TERRORIST FINANCING',
                'C PROMOTING CYBER SECURITY',
                'Assistance and expertise',
            ],
        );
        assert.equal(symbols[0]!.children![0]!.children!.length, 5);
    });
});
