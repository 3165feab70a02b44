import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'mocha';
import { buildExportModel } from '../src/render/action-plan-render-model.js';
import type { PlanExport } from '../src/render/action-plan-render-types.js';
import { diffPlans } from '../src/views/action-plan-diff.js';
import { renderDiff } from '../src/views/action-plan-diff-render.js';
import { textSimilarity } from '../src/template/action-plan-text-similarity.js';
import { wordDiff } from '../src/views/action-plan-words.js';
import { createTestServices, disposeAll } from './test-services.js';

const seed = readFileSync(new URL('../../../examples/japan-ctap-2013.actionplan', import.meta.url), 'utf8');
const report = readFileSync(new URL('../../../examples/asean-japan-progress-2005.actionplan', import.meta.url), 'utf8');

describe('plan diff (semantic)', () => {
    const { services, parse } = createTestServices();
    after(() => disposeAll(services));
    const model = async (text: string): Promise<PlanExport> => buildExportModel((await parse(text)).parseResult.value);
    const diff = async (before: string, after: string) => diffPlans(await model(before), await model(after));
    const edit = (text: string, from: string, to: string) => {
        assert.ok(text.includes(from), `the seed contains ${from}`);
        return text.replace(from, to);
    };

    it('finds a plan equivalent to itself, and to a copy with its contacts renumbered', async () => {
        assert.deepEqual(await diff(seed, seed), { equivalent: true, changes: [] });
        // maeda-2 and maeda-3 swap ids: the same person in every section, nothing changed.
        const renumbered = seed
            .replaceAll('maeda-2', 'maeda-x')
            .replaceAll('maeda-3', 'maeda-2')
            .replaceAll('maeda-x', 'maeda-3');
        assert.notEqual(renumbered, seed);
        assert.deepEqual(await diff(seed, renumbered), { equivalent: true, changes: [] });
    });

    it('reports header fields with their old and new values', async () => {
        const next = edit(
            edit(seed, 'calendar year 2013', 'calendar year 2014'),
            'last updated Sep 2012',
            'last updated Mar 2014',
        );
        const result = await diff(seed, next);
        assert.deepEqual(result.changes, [
            { kind: 'changed', what: 'header', field: 'calendar year', old: '2013', new: '2014' },
            { kind: 'changed', what: 'header', field: 'last updated', old: 'Sep 2012', new: 'Mar 2014' },
        ]);
        assert.equal(result.equivalent, false);
    });

    it('reports a corrected e-mail as a changed contact field of the section that uses it, whatever the ids', async () => {
        // A.1 uses `maeda` (apcc.japan: a typo); next year's plan has one contact, spelled right.
        const fixed = seed
            .replace(/contact maeda-2 \{[^}]*\}\s*contact maeda-3 \{[^}]*\}\s*/, '')
            .replace('apcc.japan@mofa.go.jp', 'apec.japan@mofa.go.jp')
            .replaceAll(/contact maeda-[23]\b/g, 'contact maeda');
        const result = await diff(seed, fixed);
        const emails = result.changes.filter((c) => c.field === 'email');
        assert.deepEqual(emails, [
            {
                kind: 'changed',
                what: 'contact',
                section: 'A.1',
                field: 'email',
                text: 'Tamaki MAEDA',
                old: 'apcc.japan@mofa.go.jp',
                new: 'apec.japan@mofa.go.jp',
            },
        ]);
        // maeda-3's title ("APEC Div.") was used in no section: no section-level change for it.
        assert.ok(
            result.changes.every((c) => c.what === 'contact'),
            JSON.stringify(result.changes),
        );
    });

    it('reports an edited measure as changed, with the whole old and new text and a word diff', async () => {
        const before =
            'Japan Customs will introduce the Advance Filing Rules on maritime Container Cargo Information in 2014.';
        const after =
            'Japan Customs will introduce the revised Advance Filing Rules on maritime Container Cargo Information in March 2014.';
        const result = await diff(seed, edit(seed, before, after));
        assert.equal(result.changes.length, 1);
        const [change] = result.changes;
        assert.equal(change!.kind, 'changed');
        assert.equal(change!.what, 'measure');
        assert.equal(change!.section, 'A.1');
        assert.equal(change!.block, 'planned');
        assert.equal(change!.old, before);
        assert.equal(change!.new, after);
        assert.deepEqual(
            change!.words!.filter((w) => w.op !== 'same'),
            [
                { op: 'added', text: 'revised' },
                { op: 'added', text: 'March' },
            ],
        );
    });

    it('reports a planned measure that became undertaken as moved, not removed and added', async () => {
        const measure =
            '            - "Japan Customs will introduce the Advance Filing Rules on maritime Container Cargo Information in 2014."\n';
        let next = edit(seed, `        planned container-security-regime {\n${measure}        }\n`, '');
        next = edit(
            next,
            '        undertaken secure-trade-framework {\n',
            `        undertaken container-security-regime {\n${measure}        }\n        undertaken secure-trade-framework {\n`,
        );
        const result = await diff(seed, next);
        assert.deepEqual(result.changes, [
            {
                kind: 'moved',
                what: 'measure',
                section: 'A.1',
                commitment:
                    'Implement as practicable as possible a container security regime that facilitates the smooth flow of trade while enhancing the integrity of containers (2002).',
                text: 'Japan Customs will introduce the Advance Filing Rules on maritime Container Cargo Information in 2014.',
                from: 'planned',
                to: 'undertaken',
            },
        ]);
    });

    it('matches commitments by wording: drift is a changed wording, new years a years change, a new one added', async () => {
        let next = edit(
            seed,
            'facilitates the smooth flow of trade',
            'facilitates the smooth and secure flow of trade',
        );
        next = edit(
            next,
            '"Implement the APEC Framework for Secure Trade" (2005)',
            '"Implement the APEC Framework for Secure Trade" (2005, 2014)',
        );
        next = edit(
            next,
            '        commitment authorized-economic-operator',
            '        commitment new-one "Share cargo risk data with neighbouring economies" (2014)\n        commitment authorized-economic-operator',
        );
        const result = await diff(seed, next);
        const kinds = result.changes.map((c) => `${c.kind} ${c.what} ${c.field ?? ''}`.trim());
        assert.deepEqual(kinds, ['added commitment', 'changed commitment wording', 'changed commitment years']);
        assert.equal(result.changes[0]!.text, 'Share cargo risk data with neighbouring economies (2014)');
        assert.deepEqual(
            result.changes[1]!.words!.filter((w) => w.op !== 'same'),
            [{ op: 'added', text: 'and secure' }],
        );
        assert.deepEqual([result.changes[2]!.old, result.changes[2]!.new], ['2005', '2005, 2014']);
    });

    it('compares progress reports area by area', async () => {
        const result = await diff(report, edit(report, 'will hold \\"the Seminar', 'held \\"the Seminar'));
        assert.equal(result.changes.length, 1);
        assert.equal(result.changes[0]!.section, 'area 1');
        assert.equal(result.changes[0]!.kind, 'changed');
    });

    it('renders a review grouped by section, and JSON as the model', async () => {
        const next = edit(seed, 'calendar year 2013', 'calendar year 2014');
        const result = await diff(seed, next);
        assert.equal(
            renderDiff(result, 'text', { old: '2013.actionplan', new: '2014.actionplan' }),
            '2013.actionplan → 2014.actionplan\n\nHeader\n  ~ header calendar year: "2013" → "2014"\n\n1 change.\n',
        );
        assert.deepEqual(JSON.parse(renderDiff(result, 'json', { old: 'a', new: 'b' })), result);
    });
});

describe('word similarity', () => {
    it('keeps a few inserted words close and different sentences apart', () => {
        assert.ok(
            textSimilarity(
                'facilitates the smooth flow of trade while enhancing the integrity of containers',
                'facilitates the smooth and secure flow of trade while enhancing the integrity of containers',
            ) > 0.9,
        );
        assert.ok(
            textSimilarity(
                'Implement the APEC Framework for Secure Trade',
                'Promote private-sector adoption of high standards of supply chain security',
            ) < 0.3,
        );
        assert.deepEqual(wordDiff('a b c', 'a x c'), [
            { op: 'same', text: 'a' },
            { op: 'added', text: 'x' },
            { op: 'removed', text: 'b' },
            { op: 'same', text: 'c' },
        ]);
    });
});
