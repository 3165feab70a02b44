// Plans for the DSL → text → DSL round trip: every construct the canonical text
// carries, in the combinations a plan may use them (contacts with any subset of
// fields, `by` timeframes, items nested three levels, `continues`, `note`, `as`,
// `inline`, empty blocks, sections three levels deep), with strings full of what
// the text format must escape: quotes, backslashes, stars, line breaks, list
// markers, headings, field labels, year groups, timeframes and notes in prose,
// and non-ASCII text. Ids and uniqueness are assigned after generation, so a
// shrunk case stays a valid plan.
import fc from 'fast-check';
import type {
    AssistanceMember,
    BlockKind,
    BlockModel,
    CommitmentModel,
    ContactModel,
    ContactRoleModel,
    CtapMember,
    ItemModel,
    PartModel,
    PlanModel,
    SectionMember,
    SectionModel,
} from './plan-model.js';

const WORDS = (
    'Japan economy customs aviation security maritime training seminar cooperation framework trade implement ' +
    'border cargo screening airport port officers capacity building financing information sharing regional ' +
    'workshop Ministry Agency programme guidelines held in and of the for with to by 2013'
).split(' ');

/** Pieces the text export must escape or keep apart from its own structure. */
const TRICKY = [
    '"quoted"',
    'back\\slash',
    'C:\\dir\\',
    '\\n',
    '\\\\',
    '*',
    '**bold**',
    'Tōkyō',
    '東京',
    'Zoë',
    '🛂✈️',
    'e\u0301',
    '(2005)',
    '(2002, 2008)',
    '(by 2016)',
    '(by',
    '【注】',
    '【',
    '】',
    'Name:',
    'Title:',
    'Telephone Number:',
    'Fax Number:',
    'Email Address:',
    '-',
    '- ',
    '1.',
    '(1)',
    '(a)',
    'A.',
    'B.2',
    'MEASURES UNDERTAKEN',
    'EXECUTIVE SUMMARY',
    "LEADERS' AND MINISTERS' COMMITMENTS",
    'POSSIBLE ASSISTANCE AND EXPERTISE TO OFFER',
    'Contact Point:',
    'Objective:',
    'US\\$',
    '(Ex12)',
    ':',
    '&amp;',
    '<b>',
    '#',
    '`code`',
    '_x_',
    '.',
];

const piece = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }) },
);
const gap = fc.oneof(
    { weight: 12, arbitrary: fc.constant(' ') },
    { weight: 2, arbitrary: fc.constant('\n') },
    { weight: 1, arbitrary: fc.constantFrom('\n\n', '  ', '\t', ' \n  ', '\n- ') },
);

/** Free text: no blank at either end (the format trims), never empty. */
export const richText: fc.Arbitrary<string> = fc
    .array(fc.tuple(piece, gap), { minLength: 1, maxLength: 8 })
    .map((pairs) => pairs.map(([p, g], i) => (i === 0 ? p : g + p)).join(''))
    .map((text) => text.trim() || 'x');

/** Text that starts like a sentence (a commitment after a `continues` cut, an `inline` measure). */
const sentenceText = fc
    .tuple(fc.constantFrom('Japan', 'The', 'Customs', 'Zoë', 'Ōsaka'), richText)
    .map(([head, rest]) => `${head} ${rest}`);

const calendarYear = 2030;
const year = fc.integer({ min: 1989, max: calendarYear });
const timeframe = fc.oneof(
    year,
    fc.constantFrom('December 2013', 'end of 2014', 'the 2015 fiscal year (tentative)', 'Q3 (by then)'),
    richText.filter((t) => !/^\d+$/.test(t)),
);

const itemArb = (depth: number): fc.Arbitrary<ItemModel> =>
    fc.record(
        {
            text: richText,
            timeframe: timeframe,
            items: depth > 0 ? fc.array(itemArb(depth - 1), { maxLength: 2 }) : fc.constant<ItemModel[]>([]),
        },
        { requiredKeys: ['text', 'items'] },
    );
/** Items nested three levels below the list. */
export const itemsArb = fc.array(itemArb(3), { maxLength: 3 });

const contactFields = fc.record(
    {
        name: richText,
        title: richText,
        phone: fc.oneof(fc.constantFrom('+81-3-5501-8000', '+64 4 439 8000', '(03) 5501 8000'), richText),
        extension: fc.constantFrom('5276', '12', '8123'),
        fax: fc.oneof(fc.constant('+81-3-5501-8001'), richText),
        email: fc.oneof(fc.constant('apec@mofa.go.jp'), richText),
    },
    { requiredKeys: [] },
);

const wordingArb: fc.Arbitrary<PartModel[]> = fc.oneof(
    sentenceText.map((text) => [{ prose: `${text}.` }]),
    fc
        .tuple(sentenceText, fc.uniqueArray(year, { minLength: 1, maxLength: 3 }), fc.constantFrom('.', ', and more.'))
        .map(([text, years, tail]) => [{ prose: text }, { years: years.sort() }, { prose: tail }]),
);

const note = fc.oneof(
    richText.map((t) => `【${t.replace(/[【】]/g, '')}】`),
    richText,
);

const KINDS: BlockKind[] = ['undertaken', 'planned', 'participated', 'needs', 'offers'];

interface BlockShape {
    kind: BlockKind;
    wording?: PartModel[];
    inline: boolean;
    items: ItemModel[];
}
interface CommitmentShape {
    text: PartModel[];
    continues: boolean;
    note?: string;
    blocks: BlockShape[];
}
interface SectionShape {
    title: string;
    contacts: Array<{ index: number; role?: string }>;
    commitments: CommitmentShape[];
    sections: SectionShape[];
}

const blockArb: fc.Arbitrary<BlockShape> = fc
    .record({
        kind: fc.constantFrom(...KINDS),
        wording: fc.option(wordingArb, { nil: undefined }),
        inline: fc.boolean(),
        items: itemsArb,
        inlineItem: fc.record({ text: sentenceText, timeframe, items: fc.array(itemArb(2), { maxLength: 2 }) }),
    })
    .map(({ kind, wording, inline, items, inlineItem }) => {
        // `inline` prints the first measure on the commitment's line: a reworded copy has no line to share.
        const isInline = inline && wording === undefined;
        return { kind, wording, inline: isInline, items: isInline ? [inlineItem, ...items] : items };
    });

const commitmentArb: fc.Arbitrary<CommitmentShape> = fc.record(
    {
        text: wordingArb,
        continues: fc.boolean(),
        note: note,
        // One block per kind: blocks of one kind merge, and a reworded one cannot share an `inline` line.
        blocks: fc.uniqueArray(blockArb, { maxLength: 4, selector: (b) => b.kind }),
    },
    { requiredKeys: ['text', 'continues', 'blocks'] },
);

const roleArb = fc.option(fc.oneof(fc.constant('Emergency Aviation Security Point of Contact'), richText), {
    nil: undefined,
});

const sectionArb = (depth: number): fc.Arbitrary<SectionShape> =>
    fc.record({
        title: richText,
        contacts: fc.array(fc.record({ index: fc.nat(3), role: roleArb }), { minLength: 1, maxLength: 2 }),
        commitments: fc.array(commitmentArb, { maxLength: depth === 0 ? 3 : 2 }),
        sections: depth > 0 ? fc.array(sectionArb(depth - 1), { maxLength: 2 }) : fc.constant([]),
    });

/** Names, unique texts and valid references, from the generated shapes. */
class PlanBuilder {
    private commitments = 0;

    constructor(private readonly contactCount: number) {}

    section(shape: SectionShape, name: string): SectionModel {
        const members: SectionMember[] = shape.contacts.map(({ index, role }) => ({
            contact: this.role(index, role),
        }));
        const blocks: BlockModel[] = [];
        shape.commitments.forEach((c, i) => {
            const id = `c${++this.commitments}`;
            // A unique first word: no two commitments of a plan share a text (a lint error).
            const text = this.unique(c.text, `P${this.commitments}`);
            const commitment: CommitmentModel = { name: id, continues: c.continues && i > 0, text };
            if (c.note !== undefined) commitment.note = c.note;
            members.push({ commitment });
            for (const b of c.blocks) {
                const block: BlockModel = { kind: b.kind, commitment: id, inline: b.inline, items: b.items };
                if (b.wording) block.wording = this.unique(b.wording, `W${this.commitments}`);
                blocks.push(block);
            }
        });
        members.push(...blocks.map((block) => ({ block })));
        shape.sections.forEach((sub, i) => members.push({ section: this.section(sub, `${name}.${i + 1}`) }));
        return { name, title: shape.title, members };
    }

    role(index: number, role: string | undefined): ContactRoleModel {
        const ref: ContactRoleModel = { contact: `k${index % this.contactCount}` };
        if (role !== undefined) ref.role = role;
        return ref;
    }

    private unique(parts: PartModel[], tag: string): PartModel[] {
        const [first, ...rest] = parts;
        return [{ prose: `${tag} ${'prose' in first! ? first.prose : ''}`.trim() }, ...rest];
    }
}

function contactModel(index: number, fields: Record<string, string | undefined>): ContactModel {
    const model: ContactModel = { name: `k${index}`, fields: [] };
    for (const field of ['name', 'title', 'phone', 'fax', 'email'] as const) {
        const value = fields[field];
        if (value !== undefined) model.fields.push([field, value]);
    }
    // Distinct details per contact: two contacts with the same details are one contact point in the text.
    const first = model.fields.findIndex(([field]) => field !== 'phone');
    if (first >= 0) model.fields[first]![1] += ` ${index}`;
    else model.fields.push(['email', `k${index}@example.org`]);
    if (fields.phone !== undefined && fields.extension !== undefined) model.extension = fields.extension;
    return model;
}

const headerArb = fc.record({
    forum: fc.oneof(fc.constant('Asia-Pacific Economic Cooperation'), richText),
    title: richText.filter((t) => !/meeting/i.test(t)),
    purpose: richText,
    submittedBy: richText,
    meeting: fc.tuple(richText, richText, fc.option(richText, { nil: undefined })),
    economy: richText,
    objective: richText,
});

/** CTAP plans: header, contacts (any subset of fields), summary, sections three levels deep, assistance. */
export const roundTripCtapArb: fc.Arbitrary<PlanModel> = fc
    .record(
        {
            header: headerArb,
            contacts: fc.array(contactFields, { minLength: 1, maxLength: 4 }),
            summary: fc.tuple(itemsArb, itemsArb, itemsArb),
            sections: fc.array(sectionArb(2), { minLength: 1, maxLength: 3 }),
            assistance: fc.tuple(fc.array(fc.record({ index: fc.nat(3), role: roleArb }), { maxLength: 2 }), itemsArb),
        },
        { requiredKeys: ['header', 'contacts', 'sections'] },
    )
    .map(({ header, contacts, summary, sections, assistance }): PlanModel => {
        const builder = new PlanBuilder(contacts.length);
        const members: CtapMember[] = contacts.map((fields, i) => ({ contact: contactModel(i, fields) }));
        if (summary) {
            members.push({
                summary: {
                    lists: [
                        ['achievements', summary[0]],
                        ['forward work', summary[1]],
                        ['capacity building needs', summary[2]],
                    ],
                },
            });
        }
        members.push(
            ...sections.map((s, i): CtapMember => ({ section: builder.section(s, String.fromCharCode(65 + i)) })),
        );
        // Every contact is referenced (the text has contacts only where they are contact points).
        const refs: AssistanceMember[] = contacts.map((_, i) => ({ contact: builder.role(i, undefined) }));
        if (assistance) {
            refs.push(...assistance[0].map(({ index, role }) => ({ contact: builder.role(index, role) })));
            refs.push(...assistance[1].map((item) => ({ item })));
        }
        members.push({ assistance: refs });
        const [meetingTitle, place, dates] = header.meeting;
        return {
            imports: [],
            body: {
                kind: 'ctap',
                header: {
                    strings: [
                        ['forum', header.forum],
                        ['document', '2014/SOM1/CTWG/010'],
                        ['agenda item', '7'],
                        ['title', header.title],
                        ['purpose', header.purpose],
                        ['submitted by', header.submittedBy],
                        ['economy', header.economy],
                        ['objective', header.objective],
                    ],
                    meeting: { title: meetingTitle, place, ...(dates === undefined ? {} : { dates }) },
                    calendarYear,
                    lastUpdated: { month: 'Sep', year: 2029 },
                },
                members,
            },
        };
    });

const MONTHS = ['Jan', 'March', 'June', 'Sep', 'December'];

/** Progress reports: title, date, intro, numbered areas with items three levels deep, footer. */
export const roundTripReportArb: fc.Arbitrary<PlanModel> = fc
    .record(
        {
            title: richText,
            date: fc.record({ month: fc.constantFrom(...MONTHS), year: fc.integer({ min: 1990, max: 2030 }) }),
            intro: fc.array(richText, { maxLength: 3 }),
            areas: fc.array(fc.record({ title: richText, items: itemsArb }), { minLength: 1, maxLength: 4 }),
            footer: richText,
        },
        { requiredKeys: ['title', 'intro', 'areas'] },
    )
    .map(({ title, date, intro, areas, footer }) => ({
        imports: [],
        body: {
            kind: 'report',
            title,
            ...(date ? { date } : {}),
            intro,
            areas,
            ...(footer === undefined ? {} : { footer }),
        },
    }));
