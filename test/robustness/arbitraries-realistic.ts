// Plans shaped like real ones (every header field, A / A.1 section ids, contacts
// with phone and e-mail, a block per commitment, prose sentences): what the
// canonical text export can carry and the importer must read back.
import fc from 'fast-check';
import { BLOCK_KINDS } from '../../packages/language/src/facts/index.js';
import type {
    BlockModel,
    CommitmentModel,
    ContactModel,
    CtapMember,
    ItemModel,
    PartModel,
    PlanModel,
    SectionMember,
    SectionModel,
} from './plan-model.js';

const WORDS = (
    'Japan economy customs aviation security maritime training seminar cooperation framework trade ' +
    'implement enhance border cargo screening airport port officers capacity building terrorist financing ' +
    'information sharing regional partners workshop Tōkyō Nouvelle-Zélande US$295 R&D e-mail APEC ReCAAP "Secure Trade" ' +
    'Ministry Agency national programme guidelines 2013 held in and of the for with to'
).split(' ');

const sentence = (min: number, max: number) =>
    fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((words) => {
        const text = words.join(' ');
        return text.charAt(0).toUpperCase() + text.slice(1) + '.';
    });
const title = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(' ').toUpperCase());
const year = fc.integer({ min: 1994, max: 2013 });

const item = (depth: number): fc.Arbitrary<ItemModel> =>
    fc.record({
        text: sentence(3, 14),
        items: depth > 0 ? fc.array(item(depth - 1), { maxLength: 2 }) : fc.constant<ItemModel[]>([]),
    });
const items = fc.array(item(1), { minLength: 1, maxLength: 3 });
const plannedItems = fc.array(
    fc.record({
        text: sentence(3, 12),
        timeframe: fc.oneof(year, fc.constant('December 2013')),
        items: fc.constant<ItemModel[]>([]),
    }),
    { minLength: 1, maxLength: 2 },
);

const commitmentText: fc.Arbitrary<PartModel[]> = fc
    .tuple(sentence(4, 14), fc.uniqueArray(year, { minLength: 1, maxLength: 3 }))
    .map(([prose, years]) => [{ prose: prose.slice(0, -1) }, { years: years.sort() }, { prose: '.' }]);

function contact(name: string): fc.Arbitrary<ContactModel> {
    return fc
        .record({ given: fc.constantFrom('Tamaki', 'Aroha', 'Daniel', 'Zoë'), title: sentence(3, 8) })
        .map(({ given, title: t }) => ({
            name,
            fields: [
                ['name', `${given} ${name.toUpperCase()}`],
                ['title', t.slice(0, -1)],
                ['phone', '+81-3-5501-8000'],
                ['fax', '+81-3-5501-8001'],
                ['email', `${name}@example.go.jp`],
            ] as ContactModel['fields'],
            extension: '123',
        }));
}

/** A leaf section: its contact, its commitments, then their blocks in template order. */
function leaf(name: string, contactIds: string[], commitmentIds: string[]): fc.Arbitrary<SectionModel> {
    return fc
        .record({
            title: title,
            contact: fc.constantFrom(...contactIds),
            commitments: fc.tuple(
                ...commitmentIds.map((id) =>
                    commitmentText.map((text): CommitmentModel => ({ name: id, continues: false, text })),
                ),
            ),
            blocks: fc.tuple(
                ...commitmentIds.map((id) =>
                    fc.tuple(
                        ...BLOCK_KINDS.map((kind) =>
                            fc
                                .option(kind === 'planned' ? plannedItems : items, { nil: undefined })
                                .map(
                                    (list): BlockModel | undefined =>
                                        list && { kind, commitment: id, inline: false, items: list },
                                ),
                        ),
                    ),
                ),
            ),
        })
        .map(({ title: t, contact: c, commitments, blocks }) => {
            const ordered = BLOCK_KINDS.flatMap((kind) =>
                blocks.flat().filter((b): b is BlockModel => b !== undefined && b.kind === kind),
            );
            const members: SectionMember[] = [
                { contact: { contact: c } },
                ...commitments.map((commitment) => ({ commitment })),
                ...ordered.map((block) => ({ block })),
            ];
            return { name, title: t, members };
        });
}

export const realisticCtapPlanArb: fc.Arbitrary<PlanModel> = fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 3 }))
    .chain(([contactCount, shape]) => {
        const contactIds = ['maeda', 'walker', 'chen'].slice(0, contactCount);
        let n = 0;
        const sections = shape.map((subsections, i) => {
            const letter = String.fromCharCode(65 + i);
            if (subsections === 0) return leaf(letter, contactIds, [`c${n++}`, `c${n++}`]);
            const subs = Array.from({ length: subsections }, (_, k) =>
                leaf(`${letter}.${k + 1}`, contactIds, [`c${n++}`]),
            );
            return fc.tuple(title, ...subs).map(([t, ...list]): SectionModel => ({
                name: letter,
                title: t,
                members: list.map((section) => ({ section })),
            }));
        });
        return fc
            .record({
                header: fc.tuple(sentence(2, 4), sentence(2, 6)).map(([place, meeting]) => ({
                    strings: [
                        ['forum', 'Asia-Pacific Economic Cooperation'],
                        ['document', '2014/SOM1/CTWG/010'],
                        ['agenda item', '7'],
                        ['title', 'Counter-Terrorism Action Plan – Japan'],
                        ['purpose', 'Information'],
                        ['submitted by', 'Japan'],
                        ['economy', 'Japan'],
                        ['objective', 'Where appropriate, to self-assess progress.'],
                    ] as Array<[never, string]>,
                    meeting: { title: meeting.slice(0, -1), place: place.slice(0, -1), dates: '22-23 February 2014' },
                    calendarYear: 2013,
                    lastUpdated: { month: 'Sep', year: 2012 },
                })),
                contacts: fc.tuple(...contactIds.map(contact)),
                summary: fc.tuple(items, items, items),
                sections: fc.tuple(...sections),
                assistance: items,
            })
            .map(({ header, contacts, summary, sections: list, assistance }): PlanModel => ({
                imports: [],
                body: {
                    kind: 'ctap',
                    header,
                    members: [
                        ...contacts.map((c): CtapMember => ({ contact: c })),
                        {
                            summary: {
                                lists: [
                                    ['achievements', summary[0]],
                                    ['forward work', summary[1]],
                                    ['capacity building needs', summary[2]],
                                ],
                            },
                        },
                        ...list.map((section): CtapMember => ({ section })),
                        {
                            assistance: [
                                { contact: { contact: contactIds[0]! } },
                                ...assistance.map((i) => ({ item: i })),
                            ],
                        },
                    ],
                },
            }));
    });

export const realisticReportPlanArb: fc.Arbitrary<PlanModel> = fc
    .record({
        title: sentence(3, 8).map((t) => `Progress Report on ${t.slice(0, -1)}`),
        intro: fc.array(sentence(6, 20), { minLength: 1, maxLength: 2 }),
        areas: fc.array(fc.record({ title: sentence(2, 5).map((t) => t.slice(0, -1)), items }), {
            minLength: 1,
            maxLength: 4,
        }),
    })
    .map(({ title: t, intro, areas }) => ({
        imports: [],
        body: { kind: 'report', title: t, date: { month: 'June', year: 2005 }, intro, areas, footer: 'Back to Index' },
    }));
