import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clearDocuments, expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import { SymbolKind } from 'vscode-languageserver';
import type { DocumentSymbol } from 'vscode-languageserver';
import { createTestServices } from './test-services.js';

const example = (name: string) =>
    readFileSync(fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url)), 'utf8');
const { services, parse } = createTestServices();
const symbols = expectSymbols(services.ActionPlan);

/** `name [detail]` with children indented, one line each. */
function outline(list: DocumentSymbol[] | undefined, depth = 0): string[] {
    return (list ?? []).flatMap((s) => [
        `${'  '.repeat(depth)}${s.name}${s.detail ? ` [${s.detail}]` : ''}`,
        ...outline(s.children, depth + 1),
    ]);
}

describe('document and workspace symbols', () => {
    // clearDocuments also drops the documents from the index (workspace symbols, references).
    afterEach(() => clearDocuments(services.shared));

    it('outlines a CTAP plan: header, contacts, executive summary, sections, commitments, assistance', async () => {
        await symbols({
            text: example('small-ctap.actionplan'),
            assert: (result) => {
                assert.deepEqual(outline(result), [
                    'Counter-Terrorism Action Plan – New Zealand [New Zealand 2025]',
                    'walker [Aroha WALKER]',
                    'chen [Daniel CHEN]',
                    'Executive summary',
                    '  Main achievements [2 items]',
                    '  Forward work program [1 items]',
                    '  Capacity building needs [1 items]',
                    'A ENHANCING THE SECURE FLOW OF TRADE AND PEOPLE IN THE APEC REGION',
                    '  A.1 Protect Cargo',
                    '    secure-trade [Implement the APEC Framework for Secure Trade (2005).]',
                    '    trade-recovery [Continue cooperation between APEC member economies to…]',
                    '  A.3 Protect International Aviation',
                    '    baggage-screening [Introduce highly effective baggage screening procedures and…]',
                    'B HALTING TERRORIST FINANCING',
                    '  financial-intelligence [Enhance law enforcement and regulatory capabilities by…]',
                    'Assistance and expertise',
                ]);
                const section = result.find((s) => s.name.startsWith('A '))!;
                assert.equal(section.kind, SymbolKind.Namespace);
                assert.equal(section.children![0]!.children![0]!.kind, SymbolKind.Event);
                // Every selection range lies inside its symbol's range (editors reject the outline otherwise).
                const check = (s: DocumentSymbol): void => {
                    const inside =
                        (s.selectionRange.start.line > s.range.start.line ||
                            (s.selectionRange.start.line === s.range.start.line &&
                                s.selectionRange.start.character >= s.range.start.character)) &&
                        s.selectionRange.end.line <= s.range.end.line;
                    assert.ok(inside, s.name);
                    s.children?.forEach(check);
                };
                result.forEach(check);
            },
        });
    });

    it('selects the section id as the section symbol name range', async () => {
        const text = 'ctap { economy "Japan" }\nsection A.5 "Combat Threats" {\n}\n';
        await symbols({
            text,
            assert: (result) => {
                const section = result[1]!;
                assert.equal(section.name, 'A.5 Combat Threats');
                assert.deepEqual(section.selectionRange, {
                    start: { line: 1, character: 8 },
                    end: { line: 1, character: 11 },
                });
            },
        });
    });

    it('outlines a progress report by numbered area', async () => {
        await symbols({
            text: example('small-progress-report.actionplan'),
            assert: (result) => {
                assert.deepEqual(outline(result), [
                    'Progress Report on the Pacific Maritime Security Cooperation Arrangement [March 2026]',
                    '  1. Strengthening exchange of information [2 items]',
                    '  2. Maritime security [1 items]',
                ]);
            },
        });
    });

    it('outlines a catalog with its contacts and commitments', async () => {
        await symbols({
            text: 'catalog "APEC" contact maeda { name "Tamaki MAEDA" } commitment fight-piracy "Support international efforts to fight piracy" (2002, 2008) "."',
            assert: (result) => {
                assert.deepEqual(outline(result), [
                    'APEC',
                    '  maeda [Tamaki MAEDA]',
                    '  fight-piracy [Support international efforts to fight piracy (2002, 2008).]',
                ]);
            },
        });
    });

    it('finds contacts, commitments and sections of all open files as workspace symbols', async () => {
        await parse(example('small-ctap.actionplan'));
        await parse('catalog "APEC" commitment fight-piracy "Support international efforts to fight piracy"');
        await expectWorkspaceSymbols(services.shared)({
            query: 'fight',
            expectedSymbols: ['fight-piracy'],
        });
        await expectWorkspaceSymbols(services.shared)({
            query: 'A.',
            assert: (result) => assert.deepEqual(result.map((s) => s.name).sort(), ['A.1', 'A.3']),
        });
        await expectWorkspaceSymbols(services.shared)({
            query: 'walker',
            assert: (result) =>
                assert.deepEqual(
                    result.map((s) => s.name),
                    ['walker'],
                ),
        });
    });
});
