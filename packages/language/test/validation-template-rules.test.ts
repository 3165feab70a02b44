import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { createTestServices, disposeAll } from './test-services.js';
import { diagnose, edit, examplesFolder, show, withCode } from './validation-helpers.js';

// The template rules, each with a passing example (seed 004 as imported, which follows
// ctap-2013) and failing ones made from it by one edit.
const japan = readFileSync(`${examplesFolder}japan-ctap-2013.actionplan`, 'utf8');
const { services, parse } = createTestServices();
const check = (text: string, uri?: string) => diagnose(parse, text, uri);

const TEMPLATE_CODES = [
    'unresolved-template',
    'missing-section',
    'unexpected-section',
    'section-order',
    'section-title',
    'missing-header-field',
    'missing-role-contact',
    'missing-template-commitment',
    'commitment-wording',
    'commitment-years',
    'unknown-commitment',
    'past-timeframe',
    'future-last-updated',
];

/** Validates the text and returns the actions the CodeActionProvider offers for the diagnostics with this code. */
async function actionsFor(text: string, code: string): Promise<CodeAction[]> {
    const document = await parse(text, { validation: true });
    const diagnostics = (document.diagnostics ?? []).filter((d: Diagnostic) => d.code === code);
    assert.ok(diagnostics.length > 0, `a ${code} diagnostic`);
    const actions = (await services.ActionPlan.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostics[0]!.range,
        context: { diagnostics: [diagnostics[0]!] },
    })) as CodeAction[];
    return actions ?? [];
}

function apply(text: string, action: CodeAction): string {
    const edits: TextEdit[] = Object.values(action.edit?.changes ?? {})[0] ?? [];
    return TextDocument.applyEdits(TextDocument.create('file:///x.actionplan', 'actionplan', 1, text), edits);
}

/** Cuts the text from `from` (included) to `to` (excluded), each found exactly once. */
function cut(text: string, from: string, to: string): string {
    const start = text.indexOf(from);
    const end = text.indexOf(to, start);
    assert.ok(start >= 0 && end > start && text.indexOf(from, start + 1) < 0, `${from} … ${to}`);
    return text.slice(0, start) + text.slice(end);
}

describe('template rules', () => {
    afterEach(() => disposeAll(services));

    it('seed 004 (and the plan naming no template) gets none of them: no false findings', async () => {
        for (const text of [japan, edit(japan, '    template ctap-2013\n', '')]) {
            const found = (await check(text)).filter((d) => TEMPLATE_CODES.includes(String(d.code)));
            assert.deepEqual(found.map(show), []);
        }
    });

    describe('unresolved-template', () => {
        it('reports an unknown template name, a missing file and a template of the other form', async () => {
            const unknown = edit(japan, 'template ctap-2013', 'template ctap-2031');
            assert.match(
                withCode(await check(unknown), 'unresolved-template')[0] ?? '',
                /^2:14 error .*ctap-2031 .*ctap-2013, progress-report/,
            );
            const missing = edit(japan, 'template ctap-2013', 'template "forms/none.actionplan"');
            assert.deepEqual(withCode(await check(missing), 'unresolved-template'), [
                '2:14 error unresolved-template Template file "forms/none.actionplan" not found',
            ]);
            const report = edit(japan, 'template ctap-2013', 'template progress-report');
            assert.deepEqual(withCode(await check(report), 'unresolved-template'), [
                '2:14 error unresolved-template Template progress-report is for progress reports, not for a CTAP',
            ]);
            // No template: the template rules stay quiet rather than guess.
            const noSections = cut(unknown, 'section A "', 'section B "');
            assert.deepEqual(withCode(await check(noSections), 'missing-section'), []);
        });
    });

    describe('missing-section', () => {
        it('reports a missing subsection on its parent and a missing top-level section on the header', async () => {
            let text = cut(japan, '    section A.2 "', '    section A.3 "');
            assert.deepEqual(withCode(await check(text), 'missing-section'), [
                '67:9 error missing-section Section A.2 "Protect Port Facilities and Ships Engaged in International Voyages" of template ctap-2013 is missing',
            ]);
            text = cut(japan, 'section C "', 'assistance {');
            assert.deepEqual(withCode(await check(text), 'missing-section'), [
                '1:1 error missing-section Section C "PROMOTING CYBER SECURITY" of template ctap-2013 is missing',
            ]);
        });
    });

    describe('unexpected-section', () => {
        it('reports a section D and a subsection outside its parent', async () => {
            const text = edit(
                japan,
                'assistance {',
                'section D "PROMOTING MARITIME SECURITY" {\n    contact maeda\n}\n\nassistance {',
            );
            assert.deepEqual(withCode(await check(text), 'unexpected-section'), [
                '372:9 warning unexpected-section Section D "PROMOTING MARITIME SECURITY" is not a section of template ctap-2013 (A, A.1, A.2, A.3, A.4, A.5, B, C)',
            ]);
            const moved = edit(japan, 'section B "HALTING', 'section A.6 "HALTING');
            assert.equal(withCode(await check(moved), 'unexpected-section').length, 1);
        });
    });

    describe('section-order', () => {
        it('reports a section that comes after one the template puts behind it', async () => {
            const b = japan.slice(japan.indexOf('section B "'), japan.indexOf('section C "'));
            const text = edit(cut(japan, 'section B "', 'section C "'), 'assistance {', `${b}assistance {`);
            assert.deepEqual(withCode(await check(text), 'section-order'), [
                '338:9 warning section-order Section B comes after section C; template ctap-2013 puts it before',
            ]);
        });
    });

    describe('section-title', () => {
        it("reports a title that differs from the template's; the quick fix writes the template's", async () => {
            const text = edit(japan, 'section A.1 "Protect Cargo"', 'section A.1 "Cargo security"');
            assert.deepEqual(withCode(await check(text), 'section-title'), [
                '68:17 info section-title Section A.1 is titled "Protect Cargo" in template ctap-2013',
            ]);
            const actions = await actionsFor(text, 'section-title');
            assert.deepEqual(
                actions.map((a) => a.title),
                ['Use the template\'s title "Protect Cargo"'],
            );
            assert.equal(apply(text, actions[0]!), japan);
        });
    });

    describe('missing-header-field', () => {
        it('reports a CTAP without economy or calendar year, and a progress report without its date', async () => {
            let text = edit(japan, '    economy "Japan"\n', '');
            text = edit(text, '    calendar year 2013\n', '');
            assert.deepEqual(withCode(await check(text), 'missing-header-field'), [
                '1:1 error missing-header-field The header has no economy (template ctap-2013 requires it)',
                '1:1 error missing-header-field The header has no calendar year (template ctap-2013 requires it)',
            ]);
            const blank = edit(japan, 'economy "Japan"', 'economy " "');
            assert.equal(withCode(await check(blank), 'missing-header-field').length, 1);
            const report = 'report "Progress" {\n    template progress-report\n}\n\narea "One" {\n    - "Done."\n}\n';
            assert.deepEqual(withCode(await check(report), 'missing-header-field'), [
                '1:1 error missing-header-field The header has no date (template progress-report requires it)',
            ]);
            const dated = edit(
                report,
                '    template progress-report\n',
                '    template progress-report\n    date June 2005\n',
            );
            assert.deepEqual(withCode(await check(dated), 'missing-header-field'), []);
        });
    });

    describe('missing-role-contact', () => {
        it("reports A.3 without its emergency contact, and not the main contact point (missing-contact's)", async () => {
            const text = edit(
                japan,
                '        contact maeda-2 role "Emergency Aviation Security Point of Contact"\n',
                '',
            );
            assert.deepEqual(withCode(await check(text), 'missing-role-contact'), [
                '161:13 error missing-role-contact Section A.3 "Protect International Aviation" has no Emergency Aviation Security Point of Contact (template ctap-2013 asks for one)',
            ]);
            const noMain = edit(
                japan,
                '        contact maeda-2\n        contact maeda-2 role',
                '        contact maeda-2 role',
            );
            assert.deepEqual(withCode(await check(noMain), 'missing-role-contact'), []);
        });
    });

    describe('missing-template-commitment', () => {
        it('reports a template commitment the section does not list; the quick fix inserts it in order', async () => {
            const line =
                '    commitment un-international-instruments "Relevant economies to implement UN and other international instruments" (2002) "."\n';
            const text = edit(japan, line, '');
            assert.deepEqual(withCode(await check(text), 'missing-template-commitment'), [
                '312:9 warning missing-template-commitment Section B "HALTING TERRORIST FINANCING" does not list commitment un-international-instruments of template ctap-2013: "Relevant economies to implement UN and other international…"',
            ]);
            const actions = await actionsFor(text, 'missing-template-commitment');
            assert.deepEqual(
                actions.map((a) => a.title),
                ['Insert commitment un-international-instruments from the template'],
            );
            assert.equal(apply(text, actions[0]!), japan);
        });

        it('counts a commitment reported on by a block (from a catalog) as listed', async () => {
            const catalog = readFileSync(`${examplesFolder}catalog/apec-leaders-commitments.actionplan`, 'utf8');
            await parse(catalog, { documentUri: 'file:///plans/catalog/apec-leaders-commitments.actionplan' });
            const user = readFileSync(`${examplesFolder}catalog-user.actionplan`, 'utf8').replace(
                /^\/\/ actionplan-disable .*$/m,
                '//',
            );
            const found = withCode(await check(user, 'file:///plans/user.actionplan'), 'missing-template-commitment');
            const a1 = found.filter((d) => d.includes('Section A.1 '));
            assert.equal(a1.length, 6, 'eight commitments in A.1, two reported on');
            assert.ok(!a1.some((d) => /secure-trade-framework|facilitate-trade-recovery/.test(d)));
        });
    });

    describe('commitment-wording', () => {
        it('"the smooth flow" written "the smooth and secure flow" is the same commitment, drifted; the fix restores it', async () => {
            const text = edit(japan, 'the smooth flow of trade', 'the smooth and secure flow of trade');
            assert.deepEqual(withCode(await check(text), 'commitment-wording'), [
                '73:20 info commitment-wording Commitment container-security-regime is worded otherwise than container-security-regime of template ctap-2013 (96% the same): "Implement as practicable as possible a container security regime that facilitates the smooth flow o…"',
            ]);
            assert.deepEqual(withCode(await check(text), 'unknown-commitment'), []);
            assert.deepEqual(withCode(await check(text), 'missing-template-commitment'), []);
            const actions = await actionsFor(text, 'commitment-wording');
            assert.deepEqual(
                actions.map((a) => a.title),
                ["Use the template's wording"],
            );
            assert.equal(apply(text, actions[0]!), japan);
        });
    });

    describe('commitment-years', () => {
        it("reports years that differ from the template commitment's, not their order", async () => {
            const text = edit(japan, 'fight piracy" (2002, 2008)', 'fight piracy" (2002)');
            assert.deepEqual(withCode(await check(text), 'commitment-years'), [
                '119:47 warning commitment-years Commitment international-fight-piracy gives (2002); international-fight-piracy of template ctap-2013 gives (2002, 2008)',
            ]);
            const reordered = edit(japan, 'fight piracy" (2002, 2008)', 'fight piracy" (2008, 2002)');
            assert.deepEqual(withCode(await check(reordered), 'commitment-years'), []);
        });
    });

    describe('unknown-commitment', () => {
        it('reports a commitment that matches none of the template, not even in drifted wording', async () => {
            const text = edit(
                japan,
                '    commitment mutual-countering-malicious',
                '    commitment maritime-drills "Hold joint maritime security drills" (2013) "."\n    commitment mutual-countering-malicious',
            );
            assert.deepEqual(withCode(await check(text), 'unknown-commitment'), [
                '350:16 info unknown-commitment Commitment maritime-drills matches no commitment of template ctap-2013',
            ]);
        });
    });

    describe('past-timeframe', () => {
        const rolled = edit(japan, 'calendar year 2013', 'calendar year 2015');

        it('reports planned measures due before the calendar year, by `by` or by a year in their text', async () => {
            const found = withCode(await check(rolled), 'past-timeframe');
            assert.deepEqual(found, [
                '107:15 warning past-timeframe Planned measure "Japan Customs will introduce the Advance Filing Rules on ma…" was due in 2014, before calendar year 2015: move it to measures undertaken or give it a new timeframe',
                '147:15 warning past-timeframe Planned measure "The Japan Self-Defence Forces\' unit will participate in the…" was due in 2013, before calendar year 2015: move it to measures undertaken or give it a new timeframe',
                '368:11 warning past-timeframe Planned measure "Cabinet Secretariat will hold a drill for Critical Cyber At…" was due in 2014, before calendar year 2015: move it to measures undertaken or give it a new timeframe',
            ]);
            const byLater = edit(rolled, 'Information in 2014."', 'Information in 2014." by 2016');
            assert.equal(withCode(await check(byLater), 'past-timeframe').length, 2, 'a `by` wins over the text');
        });

        it('quick fixes: move the measure to undertaken (a new block), or set `by <calendar year + 1>`', async () => {
            const actions = await actionsFor(rolled, 'past-timeframe');
            assert.deepEqual(
                actions.map((a) => a.title),
                [
                    'Move the measure to measures undertaken (undertaken container-security-regime)',
                    'Set a new timeframe: by 2016',
                ],
            );
            const moved = apply(rolled, actions[0]!);
            assert.ok(
                moved.includes(
                    '            - "Japan Customs has introduced pre-arrival submission of manifest information since February 2007."\n            - "Japan Customs will introduce the Advance Filing Rules on maritime Container Cargo Information in 2014."\n        }',
                ),
                'appended to the undertaken block of the same commitment',
            );
            assert.ok(moved.includes('        planned container-security-regime {\n        }\n'));
            assert.equal(withCode(await check(moved), 'past-timeframe').length, 2);
            const retimed = apply(rolled, actions[1]!);
            assert.ok(retimed.includes('Container Cargo Information in 2014." by 2016\n'));
            assert.equal(withCode(await check(retimed), 'past-timeframe').length, 2);
        });

        it('creates the undertaken block when the commitment has none', async () => {
            // C's countering-terrorism-critical has one; mutual-countering-malicious gets a planned measure only.
            let text = cut(
                rolled,
                '    undertaken mutual-countering-malicious {',
                '    planned countering-terrorism-critical {',
            );
            text = edit(
                text,
                '    planned countering-terrorism-critical {',
                '    planned mutual-countering-malicious {\n        - "Hold the awareness month." by 2012\n    }\n    planned countering-terrorism-critical {',
            );
            const found = (await check(text)).filter(
                (d) => d.code === 'past-timeframe' && d.message.includes('awareness'),
            );
            assert.equal(found.length, 1);
            const document = await parse(text, { validation: true });
            const actions = (await services.ActionPlan.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() },
                range: found[0]!.range,
                context: { diagnostics: [document.diagnostics!.find((d) => d.message === found[0]!.message)!] },
            })) as CodeAction[];
            const moved = apply(text, actions[0]!);
            assert.ok(
                moved.includes(
                    '    undertaken mutual-countering-malicious {\n        - "Hold the awareness month." by 2012\n    }\n    planned mutual-countering-malicious {\n    }\n',
                ),
                moved.slice(moved.indexOf('section C')),
            );
        });

        it('never reports measures undertaken, nor a plan without a calendar year', async () => {
            assert.deepEqual(withCode(await check(japan), 'past-timeframe'), []);
            const noYear = edit(rolled, '    calendar year 2015\n', '');
            assert.deepEqual(withCode(await check(noYear), 'past-timeframe'), []);
        });
    });

    describe('future-last-updated', () => {
        it('reports a last update after the meeting, or after today', async () => {
            const late = edit(japan, 'last updated Sep 2012', 'last updated Dec 2017');
            assert.deepEqual(withCode(await check(late), 'future-last-updated'), [
                '12:18 warning future-last-updated Last updated Dec 2017 is after the meeting (22-23 February 2014)',
            ]);
            const onTime = edit(japan, 'last updated Sep 2012', 'last updated Feb 2014');
            assert.deepEqual(withCode(await check(onTime), 'future-last-updated'), []);
            const noMeeting = edit(late, 'last updated Dec 2017', 'last updated Dec 2099');
            const future = edit(
                noMeeting,
                japan.slice(japan.indexOf('    meeting '), japan.indexOf('    economy ')),
                '',
            );
            assert.deepEqual(withCode(await check(future), 'future-last-updated'), [
                '11:18 warning future-last-updated Last updated Dec 2099 is in the future',
            ]);
        });
    });

    describe('a template file named by path', () => {
        it('follows a user template loaded with the plan, relative to the plan', async () => {
            const template = [
                'template maritime-2015 "Maritime Security Plan" {',
                '    form ctap',
                '    year 2015',
                '    required economy',
                '}',
                '',
                'section M "MARITIME SECURITY" {',
                '    role "Contact Point"',
                '    role "Port Security Officer"',
                '',
                '    commitment port-security "Implement the International Ship and Port Facility Security Code" (2004) "."',
                '}',
                '',
            ].join('\n');
            await parse(template, { documentUri: 'file:///plans/forms/maritime.actionplan' });
            const plan = [
                'ctap {',
                '    template "forms/maritime.actionplan"',
                '    economy "Peru"',
                '    calendar year 2015',
                '    last updated Nov 2015',
                '}',
                '',
                'contact rojas {',
                '    name "Ana ROJAS"',
                '}',
                '',
                'section M "Maritime security" {',
                '    contact rojas',
                '',
                '    commitment isps "Implement the International Ship and Port Facility Security Code" (2004) "."',
                '}',
                '',
                'assistance {',
                '    contact rojas',
                '}',
                '',
            ].join('\n');
            const found = (await check(plan, 'file:///plans/peru.actionplan')).filter((d) =>
                TEMPLATE_CODES.includes(String(d.code)),
            );
            assert.deepEqual(found.map(show), [
                '12:11 info section-title Section M is titled "MARITIME SECURITY" in template maritime-2015',
                '12:9 error missing-role-contact Section M "Maritime security" has no Port Security Officer (template maritime-2015 asks for one)',
            ]);
        });
    });
});
