import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BLOCK_HEADINGS } from '../src/facts/index.js';
import { IMPORT_TEMPLATES } from '../src/template/action-plan-template-names.js';
import { normalizeText } from '../src/validation/validation-utils.js';
import { createTestServices } from './test-services.js';

// The shipped templates against the seeds they were written from: what the seed's text
// says is read here straight from the seed, with no help from the importer.
const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const ctapSeed = readFileSync(`${seeds}004_fd8583dd032ba8c1.txt`, 'utf8');
const { services } = createTestServices();
const templates = services.ActionPlan.templates.Templates;

const YEAR_GROUP = /\((\d{4}(?:, \d{4})*)\)/g;

/** The seed's "LEADERS' AND MINISTERS' COMMITMENTS" lists, one per section, as [wording, years]. */
function seedCommitmentLists(text: string): Array<Array<[string, number[]]>> {
    const lists: Array<Array<[string, number[]]>> = [];
    const parts = text.split("LEADERS' AND MINISTERS' COMMITMENTS").slice(1);
    for (const part of parts) {
        const list = part.slice(0, part.indexOf('MEASURES UNDERTAKEN'));
        const bullets = list
            .split('\n')
            .filter((line) => line.startsWith('- '))
            .map((line) => line.slice(2))
            // Japan's own note on a commitment (its ministries, A.4) is no part of the template.
            .map((line) => line.replace(/\s*【[^】]*】\s*$/, ''))
            // Two commitments the source joined on one bullet: split after a year group and a full stop.
            .flatMap((line) => line.split(/(?<=\(\d{4}(?:, \d{4})*\)\.)\s+(?=[A-Z])/));
        lists.push(
            bullets.map((bullet) => [
                normalizeText(bullet.replace(YEAR_GROUP, ' ')),
                [...bullet.matchAll(YEAR_GROUP)].flatMap((m) => m[1]!.split(', ').map(Number)),
            ]),
        );
    }
    return lists;
}

describe('shipped templates', () => {
    const ctap = templates.shippedTemplate('ctap-2013')!;

    it('ships ctap-2013 and progress-report; each is the newest of its form and what the importer names', () => {
        assert.deepEqual(
            templates.shipped().map((t) => [t.name, t.form, t.year]),
            [
                ['ctap-2013', 'ctap', 2013],
                ['progress-report', 'report', 2005],
            ],
        );
        assert.equal(templates.newestShipped('ctap')?.name, IMPORT_TEMPLATES.ctap);
        assert.equal(templates.newestShipped('report')?.name, IMPORT_TEMPLATES['progress-report']);
    });

    it("ctap-2013's commitments are seed 004's commitment lists, section by section, wording and years", () => {
        const lists = seedCommitmentLists(ctapSeed);
        const sections = ctap.allSections.filter((s) => s.commitments.length > 0);
        assert.deepEqual(
            sections.map((s) => s.id),
            ['A.1', 'A.2', 'A.3', 'A.4', 'A.5', 'B', 'C'],
        );
        assert.equal(lists.length, sections.length);
        sections.forEach((section, index) => {
            assert.deepEqual(
                section.commitments.map((c) => [c.wording, c.years]),
                lists[index],
                section.id,
            );
        });
        assert.equal(ctap.commitments.length, 8 + 6 + 8 + 7 + 8 + 4 + 2);
    });

    it("ctap-2013's sections, titles, roles and questions are seed 004's headings", () => {
        const headings = ctap.allSections.map((s) => `${s.id}${s.id.includes('.') ? '' : '.'} ${s.title}`);
        for (const heading of headings) assert.match(ctapSeed, new RegExp(`^${heading.replace(/\./g, '\\.')}:?$`, 'm'));
        assert.deepEqual(
            ctap.allSections.map((s) => [s.id, s.optional, s.roles.length]),
            [
                ['A', false, 0],
                ['A.1', false, 1],
                ['A.2', false, 1],
                ['A.3', false, 2],
                ['A.4', false, 1],
                ['A.5', false, 1],
                ['B', false, 1],
                ['C', false, 1],
            ],
        );
        const roles = [...ctap.allSections.flatMap((s) => s.roles), ...ctap.assistanceRoles];
        for (const role of new Set(roles)) assert.match(ctapSeed, new RegExp(`^${role}: Name:`, 'm'), role);
        for (const [, heading] of ctap.questions) {
            assert.ok(ctapSeed.includes(heading), heading);
        }
        // The exporter prints the block headings from facts/: the template asks the same questions.
        for (const [kind, heading] of Object.entries(BLOCK_HEADINGS))
            assert.equal(ctap.questions.get(kind), heading, kind);
        assert.deepEqual(
            [...ctap.questions.keys()],
            [
                'achievements',
                'forward work',
                'capacity building needs',
                'undertaken',
                'planned',
                'participated',
                'needs',
                'offers',
            ],
        );
        assert.deepEqual(
            ctap.fields.filter((f) => f.required).map((f) => f.field),
            ['economy', 'calendar year', 'last updated'],
        );
        assert.ok(ctapSeed.includes(`Objective: ${ctap.fields.find((f) => f.field === 'objective')!.defaultValue}`));
        assert.ok(ctapSeed.includes(ctap.assistanceItems[0]!));
    });

    it("progress-report asks for the report's month and closes like seed 000", () => {
        const report = templates.shippedTemplate('progress-report')!;
        const seed = readFileSync(`${seeds}000_85b3a39294e53046.txt`, 'latin1');
        assert.deepEqual(
            report.fields.map((f) => [f.field, f.required, f.defaultValue]),
            [
                ['date', true, undefined],
                ['intro', false, undefined],
                ['footer', false, 'Back to Index'],
            ],
        );
        assert.match(seed, /\nBack to Index\s*$/);
        assert.deepEqual(report.sections, []);
    });
});
