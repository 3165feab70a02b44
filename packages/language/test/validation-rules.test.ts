import { strict as assert } from 'node:assert';
import { createTestServices, disposeAll } from './test-services.js';
import { diagnose, edit, show, smallCtap, smallReport, withCode } from './validation-helpers.js';

const { services, parse } = createTestServices();
const check = (text: string) => diagnose(parse, text);

describe('validation rules', () => {
    afterEach(() => disposeAll(services));

    it('the two examples are clean: no diagnostic of any code or severity', async () => {
        assert.deepEqual((await check(smallCtap)).map(show), []);
        assert.deepEqual((await check(smallReport)).map(show), []);
    });

    describe('missing-contact', () => {
        it('reports a section with commitments and no contact point, on its id', async () => {
            const text = edit(
                smallCtap,
                'section B "HALTING TERRORIST FINANCING" {\n    contact walker\n',
                'section B "HALTING TERRORIST FINANCING" {\n',
            );
            assert.deepEqual(withCode(await check(text), 'missing-contact'), [
                '89:9 error missing-contact Section B "HALTING TERRORIST FINANCING" has no contact point',
            ]);
        });

        it('accepts a contact point inherited from the enclosing section', async () => {
            let text = edit(
                smallCtap,
                '    section A.1 "Protect Cargo" {\n        contact walker\n',
                '    section A.1 "Protect Cargo" {\n',
            );
            assert.equal(withCode(await check(text), 'missing-contact').length, 1, 'A.1 alone');
            text = edit(text, 'IN THE APEC REGION" {\n', 'IN THE APEC REGION" {\n    contact walker\n');
            assert.deepEqual(withCode(await check(text), 'missing-contact'), []);
        });

        it('reports a plan without the closing assistance contact, and an assistance part without one', async () => {
            const without = edit(smallCtap, 'assistance {\n    contact walker\n}\n', '');
            assert.deepEqual(withCode(await check(without), 'missing-contact'), [
                '4:1 error missing-contact The plan has no assistance part with a contact point for assistance and expertise',
            ]);
            const empty = edit(
                smallCtap,
                'assistance {\n    contact walker\n}\n',
                'assistance {\n    - "Port security training."\n}\n',
            );
            assert.deepEqual(withCode(await check(empty), 'missing-contact'), [
                '102:1 error missing-contact The assistance part has no contact point for assistance and expertise',
            ]);
        });

        it('never reports a progress report', async () => {
            assert.deepEqual(withCode(await check(smallReport), 'missing-contact'), []);
        });
    });

    describe('duplicate-commitment', () => {
        it('reports the same text once case, whitespace, markup and trailing punctuation are ignored', async () => {
            const text = edit(
                smallCtap,
                '    commitment financial-intelligence',
                '    commitment secure-trade-again "implement the  APEC framework for **secure** trade" (2005)\n    commitment financial-intelligence',
            );
            assert.deepEqual(withCode(await check(text), 'duplicate-commitment'), [
                '92:16 error duplicate-commitment Commitment secure-trade-again has the same text as commitment secure-trade (line 54)',
            ]);
        });

        it('reports a duplicate id', async () => {
            const text = edit(
                smallCtap,
                'commitment financial-intelligence "Enhance',
                'commitment secure-trade "Enhance',
            );
            const found = withCode(await check(text), 'duplicate-commitment');
            assert.deepEqual(found, [
                '92:16 error duplicate-commitment Commitment secure-trade is declared twice (first on line 54)',
            ]);
        });

        it('accepts commitments that differ in their years', async () => {
            const text = edit(
                smallCtap,
                '    commitment financial-intelligence',
                '    commitment secure-trade-2006 "Implement the APEC Framework for Secure Trade" (2006) "."\n    commitment financial-intelligence',
            );
            assert.deepEqual(withCode(await check(text), 'duplicate-commitment'), []);
        });
    });

    describe('duplicate-measure', () => {
        it('reports the same measure twice for one commitment, across blocks of one kind', async () => {
            const text = edit(
                smallCtap,
                '        offers trade-recovery {',
                '        undertaken trade-recovery {\n            - "New Zealand took part in the APEC  trade recovery programme pilot"\n        }\n        offers trade-recovery {',
            );
            assert.deepEqual(withCode(await check(text), 'duplicate-measure'), [
                '67:15 warning duplicate-measure Measure "New Zealand took part in the APEC trade recovery programme…" is listed twice under undertaken trade-recovery (first on line 61)',
            ]);
        });

        it('accepts the same text under another commitment or another kind of block', async () => {
            const text = edit(
                smallCtap,
                '        offers trade-recovery {\n',
                '        offers trade-recovery {\n            - "New Zealand took part in the APEC Trade Recovery Programme pilot."\n',
            );
            assert.deepEqual(withCode(await check(text), 'duplicate-measure'), []);
        });
    });

    describe('conflicting-contact', () => {
        it('reports each field that differs between two contacts of the same person (seed 004: apcc/apec)', async () => {
            const text = edit(
                smallCtap,
                'contact chen {',
                'contact walker-2 {\n    name "Aroha WALKER"\n    title "Senior Policy Adviser, APEC Unit, Ministry of Foreign Affairs and Trade"\n    phone "+64-4-439-8000" ext "8124"\n    email "apcc@mfat.govt.nz"\n}\n\ncontact chen {',
            );
            assert.deepEqual(withCode(await check(text), 'conflicting-contact'), [
                '29:32 warning conflicting-contact Contact walker-2 (Aroha WALKER) has phone extension "8124" but contact walker (line 18) has "8123"',
                '30:11 warning conflicting-contact Contact walker-2 (Aroha WALKER) has e-mail "apcc@mfat.govt.nz" but contact walker (line 18) has "apec@mfat.govt.nz"',
            ]);
        });

        it('accepts a repeat with identical or missing fields, and different people', async () => {
            const text = edit(
                smallCtap,
                'contact chen {',
                'contact walker-2 {\n    name "Aroha WALKER"\n    email "apec@mfat.govt.nz"\n}\n\ncontact chen {',
            );
            assert.deepEqual(withCode(await check(text), 'conflicting-contact'), []);
        });
    });

    describe('invalid-year', () => {
        it('reports a year before 1989, after the calendar year, or not four digits, on the year itself', async () => {
            const text = edit(smallCtap, '(2006, 2007, 2011)', '(1985, 2007, 2026, 0211)');
            assert.deepEqual(withCode(await check(text), 'invalid-year'), [
                '55:143 error invalid-year Year 1985 is before APEC was founded (1989)',
                "55:155 error invalid-year Year 2026 is after the plan's calendar year 2025",
                '55:161 error invalid-year Year 0211 is not a four-digit year',
            ]);
        });

        it('accepts 1989 and the calendar year itself', async () => {
            const text = edit(smallCtap, '(2006, 2007, 2011)', '(1989, 2007, 2025)');
            assert.deepEqual(withCode(await check(text), 'invalid-year'), []);
        });
    });

    describe('unsorted-years', () => {
        it('reports a group out of order or with repeats, with the sorted form', async () => {
            const text = edit(smallCtap, '(2006, 2007, 2011)', '(2011, 2006, 2006)');
            assert.deepEqual(withCode(await check(text), 'unsorted-years'), [
                '55:142 hint unsorted-years Year group (2011, 2006, 2006) repeats a year; write (2006, 2011)',
            ]);
            const unordered = edit(smallCtap, '(2006, 2007, 2011)', '(2007, 2006)');
            assert.deepEqual(withCode(await check(unordered), 'unsorted-years'), [
                '55:142 hint unsorted-years Year group (2007, 2006) is not in ascending order; write (2006, 2007)',
            ]);
        });
    });

    describe('missing-timeframe', () => {
        it('reports a planned measure with no timeframe, on its text', async () => {
            const text = edit(
                smallCtap,
                '"Extend the Secure Exports Scheme to air cargo consolidators." by 2026',
                '"Extend the Secure Exports Scheme to air cargo consolidators."',
            );
            assert.deepEqual(withCode(await check(text), 'missing-timeframe'), [
                '64:15 warning missing-timeframe Planned measure "Extend the Secure Exports Scheme to air cargo consolidators." has no timeframe',
            ]);
        });

        it('counts a year or month in the text or a sub-item as a timeframe, but not "may"', async () => {
            const planned = (items: string) =>
                edit(
                    smallCtap,
                    '            - "Extend the Secure Exports Scheme to air cargo consolidators." by 2026\n',
                    items,
                );
            const fine = planned(
                '            - "Extend it in 2026."\n            - "Review it every December."\n            - "Extend it." {\n                - "first to Auckland, by 2027"\n            }\n',
            );
            assert.deepEqual(withCode(await check(fine), 'missing-timeframe'), []);
            const vague = planned('            - "New Zealand may extend the scheme."\n');
            assert.equal(withCode(await check(vague), 'missing-timeframe').length, 1);
        });

        it('does not ask undertaken measures for a timeframe', async () => {
            assert.deepEqual(withCode(await check(smallCtap), 'missing-timeframe'), []);
        });
    });

    describe('duplicate-field', () => {
        it('reports a header, contact or summary field given twice, on each repeat', async () => {
            let text = edit(smallCtap, '    economy "New Zealand"\n', '    economy "New Zealand"\n    forum "APEC"\n');
            text = edit(
                text,
                '    email "apec@mfat.govt.nz"\n',
                '    email "apec@mfat.govt.nz"\n    email "walker@mfat.govt.nz"\n',
            );
            text = edit(text, 'summary {\n', 'summary {\n    achievements { }\n');
            assert.deepEqual(withCode(await check(text), 'duplicate-field'), [
                "13:5 error duplicate-field 'forum' is given again (first on line 5); only one value is kept, the last",
                "25:5 error duplicate-field 'email' is given again (first on line 24); only one value is kept, the last",
                "38:5 error duplicate-field 'achievements' is given again (first on line 37); only one value is kept, the last",
            ]);
        });

        it('accepts the same word in different fields (a contact title and a header title)', async () => {
            assert.deepEqual(withCode(await check(smallCtap), 'duplicate-field'), []);
        });
    });

    describe('stale-last-updated and invalid-month', () => {
        it('reports "last updated" before the calendar year began (seed 004: Sep 2012 for 2013)', async () => {
            const text = edit(smallCtap, 'last updated Nov 2025', 'last updated Dec 2024');
            assert.deepEqual(withCode(await check(text), 'stale-last-updated'), [
                '14:18 warning stale-last-updated Last updated Dec 2024 is before the start of calendar year 2025',
            ]);
            const january = edit(smallCtap, 'last updated Nov 2025', 'last updated Jan 2025');
            assert.deepEqual(withCode(await check(january), 'stale-last-updated'), []);
        });

        it('reports a month that is no month', async () => {
            const text = edit(smallCtap, 'last updated Nov 2025', 'last updated Nvember 2025');
            assert.deepEqual(withCode(await check(text), 'invalid-month'), [
                '14:18 error invalid-month "Nvember" is not a month (write e.g. Sep or September)',
            ]);
        });
    });

    describe('invalid-email and invalid-phone', () => {
        it('reports malformed e-mail addresses, phone and fax numbers and extensions', async () => {
            let text = edit(smallCtap, '"apec@mfat.govt.nz"', '"apec@mfat"');
            text = edit(text, '"+64-4-439-8000" ext "8123"', '"+64 4 439 8000 ext 8123" ext "x8123"');
            text = edit(text, '"+64-4-569-2024"', '"fax me"');
            const found = (await check(text)).filter((d) => d.code === 'invalid-email' || d.code === 'invalid-phone');
            assert.deepEqual(found.map(show), [
                '23:11 warning invalid-email Contact walker has an invalid e-mail address "apec@mfat"',
                '21:11 warning invalid-phone Contact walker has an invalid phone number "+64 4 439 8000 ext 8123"',
                '21:41 warning invalid-phone Contact walker has an invalid phone extension "x8123"',
                '30:9 warning invalid-phone Contact chen has an invalid fax number "fax me"',
            ]);
        });

        it('accepts the formats of the seeds: +81-3-5501-8000, (03) 5501 8000, apec.japan@mofa.go.jp', async () => {
            let text = edit(smallCtap, '"apec@mfat.govt.nz"', '"apec.japan@mofa.go.jp"');
            text = edit(text, '"+64-4-439-8000"', '"(03) 5501 8000"');
            const found = (await check(text)).filter((d) => d.code === 'invalid-email' || d.code === 'invalid-phone');
            assert.deepEqual(found.map(show), []);
        });
    });

    describe('empty-section', () => {
        it('reports a section with neither commitments nor subsections', async () => {
            const text = edit(
                smallCtap,
                'assistance {',
                'section C "PROMOTING CYBER SECURITY" {\n    contact walker\n}\n\nassistance {',
            );
            assert.deepEqual(withCode(await check(text), 'empty-section'), [
                '102:9 warning empty-section Section C "PROMOTING CYBER SECURITY" has neither commitments nor subsections',
            ]);
        });

        it('counts blocks, which report on commitments a catalog declares', async () => {
            const section = 'ctap { economy "Japan" }\nsection B "Finance" {\n    undertaken fiu\n}\n';
            assert.deepEqual(withCode(await check(section), 'empty-section'), []);
            assert.equal(withCode(await check(section.replace('    undertaken fiu\n', '')), 'empty-section').length, 1);
        });
    });

    describe('unreported-commitment', () => {
        it('reports a commitment with no measure undertaken and none planned', async () => {
            let text = edit(
                smallCtap,
                '    undertaken financial-intelligence {\n        - "The New Zealand Financial Intelligence Unit exchanged information with 40 foreign FIUs."\n    }\n',
                '',
            );
            text = edit(
                text,
                '- "Join two more statements of cooperation with regional FIUs." by "December 2026"\n',
                '',
            );
            assert.deepEqual(withCode(await check(text), 'unreported-commitment'), [
                '92:16 info unreported-commitment Commitment financial-intelligence has no measure undertaken and none planned',
            ]);
        });
    });

    describe('syntax-error and unresolved-reference', () => {
        it("give Langium's parse and linking errors stable codes and documentation links", async () => {
            const diagnostics = await check(
                'ctap {\n    calendar year "2013"\n}\nsection B "Finance" {\n    contact nobody\n    commitment x "X" (2002)\n}\n',
            );
            const syntax = diagnostics.find((d) => d.code === 'syntax-error');
            const unresolved = diagnostics.find((d) => d.code === 'unresolved-reference');
            assert.equal(syntax?.range.start.line, 1);
            assert.equal(unresolved?.range.start.line, 4);
            assert.match(unresolved!.message, /nobody/);
            assert.equal(unresolved?.codeDescription?.href.endsWith('docs/diagnostics.md#unresolved-reference'), true);
        });

        it('every diagnostic has a code and a codeDescription link to its anchor', async () => {
            const text = edit(smallCtap, 'last updated Nov 2025', 'last updated Dec 2024');
            const diagnostics = await check(text + 'section Z "" { contact nobody }\n');
            // Not a loop over nothing: the four diagnostics this text must give, each once
            // (section Z is no section of the plan's template, ctap-2013).
            assert.deepEqual(diagnostics.map((d) => String(d.code)).sort(), [
                'empty-section',
                'stale-last-updated',
                'unexpected-section',
                'unresolved-reference',
            ]);
            for (const diagnostic of diagnostics) {
                assert.equal(typeof diagnostic.code, 'string', show(diagnostic));
                assert.equal(diagnostic.codeDescription?.href.endsWith(`#${String(diagnostic.code)}`), true);
            }
        });
    });
});
