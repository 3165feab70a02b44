// fast-check generators of valid ActionPlan plans (as PlanModel values, printed
// by plan-printer.ts): sections nested a few levels, contacts, commitments with
// year groups, blocks with items and sub-items, unicode text with quotes,
// backslashes and comment-like text. References point at declared ids.
import fc from 'fast-check';
import { BLOCK_KINDS } from '../../packages/language/src/facts/index.js';
import { KEYWORDS } from './plan-model.js';
import type {
    AssistanceMember,
    BlockModel,
    CatalogModel,
    CommitmentModel,
    ContactField,
    ContactModel,
    ContactRoleModel,
    CtapMember,
    CtapModel,
    HeaderField,
    ItemModel,
    PartModel,
    PlanModel,
    ReportModel,
    SectionMember,
    SectionModel,
} from './plan-model.js';
import type { PrintOptions } from './plan-printer.js';

const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'Jul', 'Aug', 'Sep', 'October', 'Nov', 'December'];

/** Pieces that stress the lexer inside a string: quotes, escapes, comment markers, markup, non-BMP text. */
const TRICKY = [
    '"',
    '\\',
    '\\n',
    '""',
    '\n',
    '\t',
    '//',
    '/*',
    '*/',
    '<script>alert(1)</script>',
    '&amp;',
    '(2005)',
    '{',
    '}',
    '- ',
    'ctap',
    'section A.1',
    'Tōkyō',
    '東京',
    'مرحبا',
    '🛂✈️',
    'e\u0301',
    '\u00a0',
    '\u2028',
    '\0',
    '$',
    '%s',
];

export const textArb: fc.Arbitrary<string> = fc
    .array(
        fc.oneof(
            { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
            { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
            { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
        ),
        { maxLength: 5 },
    )
    .map((pieces) => pieces.join(''));

export const idArb: fc.Arbitrary<string> = fc
    .stringMatching(/^[_a-zA-Z][\w-]{0,10}$/)
    .filter((id) => !KEYWORDS.has(id));

const yearArb = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1989, max: 2030 }) }, fc.nat({ max: 99999 }));
const monthYearArb = fc.record({
    month: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...MONTHS) }, idArb),
    year: yearArb,
});

const partsArb: fc.Arbitrary<PartModel[]> = fc.array(
    fc.oneof(
        { weight: 3, arbitrary: textArb.map((prose) => ({ prose })) },
        fc.array(yearArb, { minLength: 1, maxLength: 4 }).map((years) => ({ years })),
    ),
    { minLength: 1, maxLength: 4 },
);

const itemArb: fc.Arbitrary<ItemModel> = fc.letrec<{ item: ItemModel }>((tie) => ({
    item: fc.record(
        {
            text: textArb,
            timeframe: fc.oneof(yearArb, textArb),
            items: fc.oneof(
                { depthSize: 'small', withCrossShrink: true },
                fc.constant<ItemModel[]>([]),
                fc.array(tie('item'), { maxLength: 3 }),
            ),
        },
        { requiredKeys: ['text', 'items'] },
    ),
})).item;
const itemsArb = fc.array(itemArb, { maxLength: 4 });

const sectionNameArb = fc
    .tuple(idArb, fc.array(fc.nat({ max: 99 }), { maxLength: 2 }))
    .map(([id, numbers]) => [id, ...numbers].join('.'));

/** The ids a plan declares, so its references can point at them. */
interface Ids {
    contacts: string[];
    commitments: string[];
}

const uniqueIds = (min: number, max: number) => fc.uniqueArray(idArb, { minLength: min, maxLength: max });

function contactArb(name: string): fc.Arbitrary<ContactModel> {
    const fields: ContactField[] = ['name', 'title', 'phone', 'fax', 'email'];
    return fc
        .record(
            {
                fields: fc
                    .shuffledSubarray(fields)
                    .chain((chosen) =>
                        fc.tuple(...chosen.map((f) => textArb.map((v) => [f, v] as [ContactField, string]))),
                    ),
                extension: textArb,
            },
            { requiredKeys: ['fields'] },
        )
        .map((c) => ({ name, ...c }));
}

function roleArb(ids: Ids): fc.Arbitrary<ContactRoleModel> {
    const contact = ids.contacts.length > 0 ? fc.constantFrom(...ids.contacts) : idArb;
    return fc.record({ contact, role: textArb }, { requiredKeys: ['contact'] });
}

function commitmentArb(name: string): fc.Arbitrary<CommitmentModel> {
    return fc
        .record({ continues: fc.boolean(), text: partsArb, note: textArb }, { requiredKeys: ['continues', 'text'] })
        .map((c) => ({ name, ...c }));
}

function blockArb(ids: Ids): fc.Arbitrary<BlockModel> {
    const commitment = ids.commitments.length > 0 ? fc.constantFrom(...ids.commitments) : idArb;
    return fc.record(
        { kind: fc.constantFrom(...BLOCK_KINDS), commitment, wording: partsArb, inline: fc.boolean(), items: itemsArb },
        { requiredKeys: ['kind', 'commitment', 'inline', 'items'] },
    );
}

/** Sections with their members; each commitment id is declared in exactly one section. */
function sectionsArb(ids: Ids, depth: number, commitments: string[]): fc.Arbitrary<SectionModel[]> {
    return fc
        .integer({ min: commitments.length > 0 ? 1 : 0, max: Math.min(3, commitments.length + 1) })
        .chain((count) => {
            // Deal this level's commitment ids out to `count` sections.
            const shares: string[][] = Array.from({ length: count }, () => []);
            commitments.forEach((id, i) => shares[i % Math.max(count, 1)]?.push(id));
            return fc.tuple(...shares.map((share) => sectionArb(ids, depth, share)));
        });
}

function sectionArb(ids: Ids, depth: number, declared: string[]): fc.Arbitrary<SectionModel> {
    const [own, nested] =
        depth > 0 ? [declared.filter((_, i) => i % 2 === 0), declared.filter((_, i) => i % 2)] : [declared, []];
    const members: fc.Arbitrary<SectionMember[]> = fc
        .tuple(
            fc.array(
                roleArb(ids).map((contact) => ({ contact })),
                { maxLength: 2 },
            ),
            fc.tuple(...own.map((id) => commitmentArb(id).map((commitment) => ({ commitment })))),
            fc.array(
                blockArb(ids).map((block) => ({ block })),
                { maxLength: 3 },
            ),
            depth > 0 && (nested.length > 0 || depth > 1)
                ? sectionsArb(ids, depth - 1, nested).map((list) => list.map((section) => ({ section })))
                : fc.constant<SectionMember[]>([]),
        )
        .chain(([a, b, c, d]) =>
            fc.shuffledSubarray([...a, ...b, ...c, ...d], { minLength: a.length + b.length + c.length + d.length }),
        );
    return fc.record({ name: sectionNameArb, title: textArb, members });
}

const headerArb = fc.record(
    {
        strings: fc
            .shuffledSubarray<HeaderField>([
                'forum',
                'document',
                'agenda item',
                'title',
                'purpose',
                'submitted by',
                'economy',
                'objective',
            ])
            .chain((chosen) => fc.tuple(...chosen.map((f) => textArb.map((v) => [f, v] as [HeaderField, string])))),
        meeting: fc.record({ title: textArb, place: textArb, dates: textArb }, { requiredKeys: ['title'] }),
        calendarYear: yearArb,
        lastUpdated: monthYearArb,
    },
    { requiredKeys: ['strings'] },
);

export const ctapArb: fc.Arbitrary<CtapModel> = ctapWith(0);
/** CTAP plans whose references all resolve (at least one contact and one commitment to point at). */
export const linkedCtapArb: fc.Arbitrary<CtapModel> = ctapWith(1);

function ctapWith(minIds: number): fc.Arbitrary<CtapModel> {
    return fc.tuple(uniqueIds(minIds, 4), uniqueIds(minIds, 6)).chain(([contacts, commitments]) => {
        const ids: Ids = { contacts, commitments };
        const summary = fc
            .shuffledSubarray(['achievements', 'forward work', 'capacity building needs'] as const)
            .chain((names) =>
                fc.tuple(...names.map((n) => itemsArb.map((items) => [n, items] as [typeof n, ItemModel[]]))),
            )
            .map((lists) => ({ summary: { lists } }));
        const assistance: fc.Arbitrary<{ assistance: AssistanceMember[] }> = fc
            .array(
                fc.oneof(
                    roleArb(ids).map((contact) => ({ contact })),
                    itemArb.map((item) => ({ item })),
                ),
                {
                    maxLength: 3,
                },
            )
            .map((members) => ({ assistance: members }));
        return fc.record({
            kind: fc.constant('ctap' as const),
            header: headerArb,
            members: fc
                .tuple(
                    fc.tuple(...contacts.map((id) => contactArb(id).map((contact) => ({ contact })))),
                    fc.option(summary, { nil: undefined }),
                    sectionsArb(ids, 2, commitments).map((list) => list.map((section) => ({ section }))),
                    fc.option(assistance, { nil: undefined }),
                )
                .map(([c, s, secs, a]): CtapMember[] => [...c, ...(s ? [s] : []), ...secs, ...(a ? [a] : [])]),
        });
    });
}

export const reportArb: fc.Arbitrary<ReportModel> = fc.record(
    {
        kind: fc.constant('report' as const),
        title: textArb,
        date: monthYearArb,
        intro: fc.array(textArb, { maxLength: 3 }),
        areas: fc.array(fc.record({ title: textArb, items: itemsArb }), { maxLength: 4 }),
        footer: textArb,
    },
    { requiredKeys: ['kind', 'title', 'intro', 'areas'] },
);

export const catalogArb: fc.Arbitrary<CatalogModel> = fc
    .tuple(uniqueIds(0, 3), uniqueIds(0, 4))
    .chain(([contacts, commitments]) =>
        fc.record({
            kind: fc.constant('catalog' as const),
            title: textArb,
            members: fc
                .tuple(
                    fc.tuple(...contacts.map((id) => contactArb(id).map((contact) => ({ contact })))),
                    fc.tuple(...commitments.map((id) => commitmentArb(id).map((commitment) => ({ commitment })))),
                )
                .chain(([a, b]) => fc.shuffledSubarray([...a, ...b], { minLength: a.length + b.length })),
        }),
    );

export const planArb: fc.Arbitrary<PlanModel> = fc.record({
    imports: fc.array(textArb, { maxLength: 2 }),
    body: fc.oneof({ weight: 3, arbitrary: ctapArb }, reportArb, catalogArb, fc.constant(undefined)),
});

/** Plans of the CTAP form only, without imports: what the exporter and importer round-trip. */
export const ctapPlanArb: fc.Arbitrary<PlanModel> = linkedCtapArb.map((body) => ({ imports: [], body }));
export const reportPlanArb: fc.Arbitrary<PlanModel> = reportArb.map((body) => ({ imports: [], body }));

export const printOptionsArb: fc.Arbitrary<PrintOptions> = fc.record({
    layout: fc.constantFrom('pretty', 'compact', 'messy'),
    seed: fc.integer(),
    extraEscapes: fc.boolean(),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    emptyBraces: fc.boolean(),
});
