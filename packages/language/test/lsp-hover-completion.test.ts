import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clearDocuments, expectCompletion, expectHover } from 'langium/test';
import { CompletionItemKind } from 'vscode-languageserver';
import type { CompletionItem } from 'vscode-languageserver';
import { createTestServices } from './test-services.js';

const smallCtap = readFileSync(
    fileURLToPath(new URL('../../../examples/small-ctap.actionplan', import.meta.url)),
    'utf8',
);
const { services } = createTestServices();
const hover = expectHover(services.ActionPlan);
const completion = expectCompletion(services.ActionPlan);

/** The example with `<|>` inserted before the n-th occurrence of `find`. */
function mark(find: string, occurrence = 1, text = smallCtap, shift = 0): string {
    let at = -1;
    for (let i = 0; i < occurrence; i++) at = text.indexOf(find, at + 1);
    assert.ok(at >= 0, `${find} #${occurrence}`);
    return text.slice(0, at + shift) + '<|>' + text.slice(at + shift);
}

describe('hover', () => {
    afterEach(() => clearDocuments(services.shared));

    it('shows a commitment reference with its full text, years and the blocks that report it', async () => {
        await hover({
            text: mark('secure-trade {', 1, smallCtap, 3),
            index: 0,
            hover:
                '**Commitment `secure-trade`** · A.1 Protect Cargo\n\n' +
                'Implement the APEC Framework for Secure Trade (2005).\n\n' +
                '*Years:* 2005\n\n' +
                '*Reported in* 2 blocks · 2 measures: measures undertaken (A.1, 1 measure); further measures planned (A.1, 1 measure)\n\n' +
                '*Template ctap-2013:* `secure-trade-framework` (section A.1) · Implement the APEC Framework for Secure Trade (2005).\n\n' +
                'Worded as the template words it.',
        });
    });

    it('shows a contact card on a contact reference', async () => {
        await hover({
            text: mark('contact chen role', 1, smallCtap, 9),
            index: 0,
            hover:
                '**Daniel CHEN** (`chen`)  \nManager, Aviation Security Operations, Civil Aviation Authority  \n' +
                'Phone: +64-4-560-9400  \nFax: +64-4-569-2024  \nEmail: avsec.contact@caa.govt.nz',
        });
    });

    it('shows the phone extension on the card and works on the declaration too', async () => {
        await hover({ text: mark('walker {'), index: 0, hover: /Phone: \+64-4-439-8000 ext 8123/ });
    });

    it('shows the commitment a year dates', async () => {
        await hover({
            text: mark('2007, 2011'),
            index: 0,
            hover:
                '**2007** dates commitment `trade-recovery`: Continue cooperation between APEC member economies to ' +
                'facilitate trade recovery after a terrorist attack (2006, 2007, 2011).',
        });
    });

    it('shows a section with its title and size on its id', async () => {
        await hover({
            text: mark('A.3 "Protect', 1, smallCtap, 2),
            index: 0,
            hover: '**Section A.3 Protect International Aviation**\n\n0 subsections · 1 commitment · 2 blocks',
        });
    });

    it('shows nothing on a keyword or a string', async () => {
        await hover({ text: mark('undertaken secure-trade'), index: 0, hover: undefined });
        await hover({ text: mark('"New Zealand Customs operates'), index: 0, hover: undefined });
    });
});

describe('completion', () => {
    afterEach(() => clearDocuments(services.shared));

    it('offers the commitments at a block reference, with their text as detail and documentation', async () => {
        await completion({
            text: mark('trade-recovery {', 1, smallCtap, 0),
            index: 0,
            assert: (list) => {
                const items = list.items.filter((i) => i.kind === CompletionItemKind.Event);
                assert.deepEqual(items.map((i) => i.label).sort(), [
                    'baggage-screening',
                    'financial-intelligence',
                    'secure-trade',
                    'trade-recovery',
                ]);
                const secure = items.find((i) => i.label === 'secure-trade') as CompletionItem;
                assert.equal(secure.detail, 'Implement the APEC Framework for Secure Trade (2005).');
                assert.deepEqual(secure.documentation, {
                    kind: 'markdown',
                    value: 'Implement the APEC Framework for Secure Trade (2005).\n\n*Years:* 2005',
                });
            },
        });
    });

    it('offers the contacts at a contact point, with the person as detail', async () => {
        await completion({
            text: mark('walker\n\n        commitment secure-trade'),
            index: 0,
            assert: (list) => {
                const contacts = list.items.filter((i) => i.label === 'walker' || i.label === 'chen');
                assert.deepEqual(
                    contacts.map((i) => [i.label, i.detail]),
                    [
                        ['walker', 'Aroha WALKER'],
                        ['chen', 'Daniel CHEN'],
                    ],
                );
            },
        });
    });

    it('offers the next section id without a template: A.4 after A.3, C after B, A.3.1 in an empty section', async () => {
        // A template that cannot be found: no template sections to offer (see lsp-template-completion.test.ts).
        const plan =
            'ctap { template "none.actionplan" calendar year 2013 }\nsection A "A" {\n    section A.1 "x" {\n    }\n    section A.3 "y" {\n    }\n    section <|>\n}\nsection B "B" {\n}\nsection <|>';
        await completion({ text: plan, index: 0, expectedItems: ['A.4'] });
        await completion({ text: plan, index: 1, expectedItems: ['C'] });
        await completion({
            text: 'ctap { template "none.actionplan" }\nsection A.3 "x" {\n    section <|>\n}\n',
            index: 0,
            expectedItems: ['A.3.1'],
        });
    });

    it('offers the calendar year and the four years before it inside a year group', async () => {
        await completion({
            text: 'ctap { calendar year 2013 }\nsection A "A" {\n    commitment c "Text" (<|>\n}\n',
            index: 0,
            expectedItems: ['2013', '2012', '2011', '2010', '2009'],
        });
    });

    it('offers keywords in context and snippets for a subsection and a contact', async () => {
        await completion({
            text: 'ctap { }\nsection A "A" {\n    <|>\n}\n<|>',
            index: 0,
            assert: (list) => {
                const labels = list.items.map((i) => i.label);
                for (const keyword of ['contact', 'commitment', 'section', 'undertaken', 'planned', 'offers']) {
                    assert.ok(labels.includes(keyword), keyword);
                }
                assert.ok(!labels.includes('forum'), 'header keywords are not offered in a section');
                const snippet = list.items.find((i) => i.label.startsWith('section …'))!;
                assert.equal(snippet.insertTextFormat, 2);
                assert.match(snippet.textEdit!.newText, /^section \$\{1:A\.1\} "\$\{2:Title\}" \{\n {4}contact/);
                for (const kind of ['undertaken', 'planned', 'participated', 'needs', 'offers']) {
                    assert.match(snippet.textEdit!.newText, new RegExp(`\\n {4}${kind} \\$\\{4:id\\}`));
                }
            },
        });
        await completion({
            text: 'ctap { }\nsection A "A" {\n}\n<|>',
            index: 0,
            assert: (list) => {
                const snippet = list.items.find((i) => i.label.startsWith('contact …'))!;
                assert.match(snippet.textEdit!.newText, /^contact \$\{1:id\} \{\n {4}name "/);
                assert.ok(list.items.some((i) => i.label === 'summary'));
            },
        });
    });
});
