import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AstUtils, GrammarAST } from 'langium';
import { isCommitment, isContact, isSection } from '../src/generated/ast.js';
import type { Catalog, Commitment, Contact, Document, Section } from '../src/generated/ast.js';
import {
    BLOCK_HEADINGS,
    BLOCK_KINDS,
    BLOCK_SHORT_TITLES,
    BLOCK_TITLES,
    blockShortTitle,
    contactDisplayName,
    dslString,
    isPlanPath,
    phoneText,
    quoteForMessage,
    reportsMeasures,
    sectionHeading,
    sectionLabel,
    sectionReference,
    templateSectionHeading,
    wordingText,
    wordingYears,
} from '../src/facts/index.js';
import { createTestServices, disposeAll } from './test-services.js';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');
/** Seed 004 is Japan's 2013 CTAP as the APEC template prints it; examples/japan-ctap-2013 is its import. */
const seedLines = new Set(read('seeds/004_fd8583dd032ba8c1.txt').split('\n'));
const { services, parse } = createTestServices();

async function japan(): Promise<Document> {
    return (await parse(read('examples/japan-ctap-2013.actionplan'))).parseResult.value;
}

function section(root: Document, id: string): Section {
    const found = AstUtils.streamAllContents(root).find((n) => isSection(n) && n.name === id);
    assert.ok(found, `section ${id}`);
    return found as Section;
}

function named<T extends Commitment | Contact>(root: Document, is: (n: unknown) => n is T, name: string): T {
    const found = AstUtils.streamAllContents(root).find((n) => is(n) && n.name === name);
    assert.ok(found, name);
    return found as T;
}

describe('plan facts (facts/)', () => {
    afterEach(() => disposeAll(services.ActionPlan));

    describe('block kinds', () => {
        it('are exactly the grammar’s BlockKind keywords, in the template’s order', () => {
            const rule = services.ActionPlan.Grammar.rules.find((r) => r.name === 'BlockKind');
            assert.ok(rule);
            const keywords = AstUtils.streamAllContents(rule)
                .filter(GrammarAST.isKeyword)
                .map((k) => k.value)
                .toArray();
            assert.deepEqual([...BLOCK_KINDS].sort(), keywords.sort());
            assert.deepEqual(BLOCK_KINDS, ['undertaken', 'planned', 'participated', 'needs', 'offers']);
        });

        it('have the headings seed 004 prints, each a line of its own', () => {
            for (const kind of BLOCK_KINDS) assert.ok(seedLines.has(BLOCK_HEADINGS[kind]), BLOCK_HEADINGS[kind]);
        });

        it('have one reading-copy title and one short title each, all distinct', () => {
            for (const titles of [BLOCK_TITLES, BLOCK_SHORT_TITLES]) {
                assert.deepEqual(Object.keys(titles).sort(), [...BLOCK_KINDS].sort());
                assert.equal(new Set(Object.values(titles)).size, BLOCK_KINDS.length);
            }
            assert.equal(blockShortTitle('planned'), 'further measures planned');
            assert.equal(blockShortTitle('plann'), 'plann', 'a half-typed kind shows as written');
        });

        it('count undertaken and planned measures as reporting a commitment, not the capacity questions', () => {
            assert.deepEqual(
                BLOCK_KINDS.filter((kind) => reportsMeasures(kind)),
                ['undertaken', 'planned'],
            );
            assert.equal(reportsMeasures(undefined), false);
        });
    });

    describe('section labels', () => {
        it('name an area and a subsection of the Japan plan for each audience', async () => {
            const root = await japan();
            const area = section(root, 'A');
            const cargo = section(root, 'A.1');
            assert.equal(sectionLabel(cargo), 'A.1 Protect Cargo');
            assert.equal(sectionLabel(area), 'A ENHANCING THE SECURE FLOW OF TRADE AND PEOPLE IN THE APEC REGION');
            assert.equal(sectionReference(section(root, 'A.3')), 'Section A.3 "Protect International Aviation"');
            assert.equal(sectionHeading(cargo), 'A.1 Protect Cargo');
            assert.equal(sectionHeading(area), 'A. ENHANCING THE SECURE FLOW OF TRADE AND PEOPLE IN THE APEC REGION');
            // The template's own headings, as seed 004 prints them.
            const areaHeading = templateSectionHeading(area, true, false);
            const cargoHeading = templateSectionHeading(cargo, false, true);
            assert.equal(cargoHeading, 'A.1 Protect Cargo:');
            assert.ok(seedLines.has(areaHeading), areaHeading);
            assert.ok(seedLines.has(cargoHeading), cargoHeading);
        });

        it('read the export model’s sections (id, title) the same as the AST’s (name, title)', async () => {
            const cargo = section(await japan(), 'A.1');
            const exported = { id: 'A.1', title: 'Protect Cargo' };
            assert.equal(sectionLabel(exported), sectionLabel(cargo));
            assert.equal(sectionHeading(exported), sectionHeading(cargo));
            assert.equal(sectionReference(exported), sectionReference(cargo));
        });

        it('survive half-typed sections', () => {
            assert.equal(sectionLabel({ name: 'B' } as Section), 'B');
            assert.equal(sectionReference({} as Section), 'Section ? ""');
            assert.equal(templateSectionHeading({ id: '', title: 'Annex' }, true, false), 'Annex');
            assert.equal(sectionReference({ id: 'C', title: 'x'.repeat(200) }).length, 'Section C '.length + 82);
        });
    });

    describe('commitment wording', () => {
        it('joins every commitment of the Japan plan as seed 004 prints its bullet', async () => {
            const root = await japan();
            const commitments = AstUtils.streamAllContents(root).filter(isCommitment).toArray();
            assert.ok(commitments.length > 40);
            const missing = commitments
                .map((c) => `- ${wordingText(c.text)}${c.note ? ` ${c.note}` : ''}`)
                .filter((bullet) => ![...seedLines].some((line) => line.replace(/\*\*/g, '').startsWith(bullet)));
            // The seed marks some words bold (`**`), which the importer drops.
            assert.deepEqual(missing, []);
        });

        it('lists the years in order of appearance', async () => {
            const recovery = named(await japan(), isCommitment, 'facilitate-trade-recovery');
            assert.equal(
                wordingText(recovery.text),
                'Continue cooperation between APEC member economies to facilitate trade recovery after a terrorist attack (2006, 2007, 2011).',
            );
            assert.deepEqual(wordingYears(recovery.text), [2006, 2007, 2011]);
        });

        it('adds nothing for empty prose (editor and rules added a second space)', async () => {
            const root = (await parse('catalog "C"\ncommitment x "Implement" "" "the plan" (2002) "."\n')).parseResult
                .value;
            const commitment = named(root, isCommitment, 'x');
            assert.equal(wordingText(commitment.text), 'Implement the plan (2002).');
            assert.equal(wordingText(undefined), '');
        });
    });

    describe('contacts', () => {
        it('show the person and the telephone as the template prints them', async () => {
            const maeda = named(await japan(), isContact, 'maeda');
            assert.equal(contactDisplayName(maeda), 'Tamaki MAEDA');
            assert.equal(phoneText(maeda), '+81-3-5501-8000(Ex5276)');
            assert.equal(phoneText(maeda, 'source'), '+81-3-5501-8000 ext 5276');
            assert.ok(read('examples/japan-ctap-2013.actionplan').includes(`phone "+81-3-5501-8000" ext "5276"`));
            assert.ok([...seedLines].some((line) => line.startsWith(`Telephone Number: ${phoneText(maeda)} `)));
            assert.equal(contactDisplayName({ name: 'walker' } as Contact), 'walker');
            assert.equal(phoneText({ extension: '12' }), '', 'no phone, no extension alone');
        });
    });

    describe('quoting', () => {
        it('writes DSL strings that parse back to the same text, for every line of seed 004', async () => {
            const lines = [...seedLines, 'C:\\plans\\"draft" \\n', '\t tabs and “quotes” '];
            const source = lines.map((line, i) => `contact c${i} { title ${dslString(line)} }`).join('\n');
            const document = await parse(`catalog "Lines"\n${source}\n`);
            assert.deepEqual(document.parseResult.parserErrors, []);
            const catalog = document.parseResult.value.body as Catalog;
            assert.deepEqual(
                catalog.contacts.map((c) => c.title),
                lines,
            );
        });

        it('shortens message excerpts on one line', () => {
            assert.equal(quoteForMessage('a\n  b'), '"a b"');
            assert.equal(quoteForMessage('x'.repeat(70)), `"${'x'.repeat(59)}…"`);
        });
    });

    it('knows plan files by their extension', () => {
        assert.ok(isPlanPath('/w/plans/japan-ctap-2013.actionplan'));
        assert.ok(!isPlanPath('/w/seeds/004_fd8583dd032ba8c1.txt'));
        assert.ok(!isPlanPath('/w/plan.actionplan.bak'));
    });
});
