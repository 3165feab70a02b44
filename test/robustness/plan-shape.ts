// One comparable shape for a generated PlanModel and for a parsed AST: plain
// objects with only the properties that are set, lists in source order.
import type {
    Block,
    Commitment,
    CommitmentText,
    Contact,
    ContactRole,
    Document,
    Item,
    Section,
} from '../../packages/language/src/generated/ast.js';
import {
    isCatalog,
    isContact,
    isCtapPlan,
    isProgressReport,
    isProse,
} from '../../packages/language/src/generated/ast.js';
import { CONTACT_KEYS, HEADER_KEYS, SUMMARY_KEYS } from './plan-model.js';
import type {
    BlockModel,
    CommitmentModel,
    ContactModel,
    ContactRoleModel,
    ItemModel,
    PartModel,
    PlanModel,
    SectionModel,
} from './plan-model.js';

type Shape = { [key: string]: unknown };

/** Drops undefined properties, so `{ a: undefined }` and `{}` compare equal. */
function clean(object: Shape): Shape {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

// ------------------------------------------------------------------ from the model

const itemM = (i: ItemModel): Shape => clean({ text: i.text, timeframe: i.timeframe, items: i.items.map(itemM) });
const partsM = (parts: PartModel[]) => parts.map((p) => ('prose' in p ? p.prose : p.years));
const commitmentM = (c: CommitmentModel): Shape =>
    clean({ name: c.name, continues: c.continues, text: partsM(c.text), note: c.note });
const roleM = (r: ContactRoleModel): Shape => clean({ contact: r.contact, role: r.role });
const blockM = (b: BlockModel): Shape =>
    clean({
        kind: b.kind,
        commitment: b.commitment,
        wording: b.wording && partsM(b.wording),
        inline: b.inline,
        items: b.items.map(itemM),
    });
const contactM = (c: ContactModel): Shape =>
    clean({
        name: c.name,
        ...Object.fromEntries(c.fields.map(([field, value]) => [CONTACT_KEYS[field], value])),
        extension: c.fields.some(([field]) => field === 'phone') ? c.extension : undefined,
    });
function sectionM(s: SectionModel): Shape {
    return {
        name: s.name,
        title: s.title,
        contacts: s.members.flatMap((m) => ('contact' in m ? [roleM(m.contact)] : [])),
        commitments: s.members.flatMap((m) => ('commitment' in m ? [commitmentM(m.commitment)] : [])),
        blocks: s.members.flatMap((m) => ('block' in m ? [blockM(m.block)] : [])),
        sections: s.members.flatMap((m) => ('section' in m ? [sectionM(m.section)] : [])),
    };
}

export function shapeOfModel(model: PlanModel): Shape {
    const body = model.body;
    let shape: Shape | undefined;
    if (body?.kind === 'ctap') {
        const h = body.header;
        const members = body.members;
        shape = {
            kind: 'ctap',
            header: clean({
                ...Object.fromEntries(h.strings.map(([field, value]) => [HEADER_KEYS[field], value])),
                meeting: h.meeting && clean({ ...h.meeting }),
                calendarYear: h.calendarYear,
                lastUpdated: h.lastUpdated && { ...h.lastUpdated },
            }),
            contacts: members.flatMap((m) => ('contact' in m ? [contactM(m.contact)] : [])),
            summaries: members.flatMap((m) =>
                'summary' in m
                    ? [
                          Object.fromEntries(
                              m.summary.lists.map(([name, items]) => [SUMMARY_KEYS[name], items.map(itemM)]),
                          ),
                      ]
                    : [],
            ),
            sections: members.flatMap((m) => ('section' in m ? [sectionM(m.section)] : [])),
            assistances: members.flatMap((m) =>
                'assistance' in m
                    ? [
                          {
                              contacts: m.assistance.flatMap((x) => ('contact' in x ? [roleM(x.contact)] : [])),
                              items: m.assistance.flatMap((x) => ('item' in x ? [itemM(x.item)] : [])),
                          },
                      ]
                    : [],
            ),
        };
    } else if (body?.kind === 'report') {
        shape = clean({
            kind: 'report',
            title: body.title,
            date: body.date && { ...body.date },
            intro: body.intro,
            areas: body.areas.map((a) => ({ title: a.title, items: a.items.map(itemM) })),
            footer: body.footer,
        });
    } else if (body?.kind === 'catalog') {
        shape = {
            kind: 'catalog',
            title: body.title,
            contacts: body.members.flatMap((m) => ('contact' in m ? [contactM(m.contact)] : [])),
            commitments: body.members.flatMap((m) => ('commitment' in m ? [commitmentM(m.commitment)] : [])),
        };
    }
    return clean({ imports: model.imports, body: shape });
}

// ------------------------------------------------------------------ from the AST

const itemA = (i: Item): Shape =>
    clean({ text: i.text, timeframe: i.timeframe?.year ?? i.timeframe?.text, items: i.items.map(itemA) });
const partsA = (t: CommitmentText) => t.parts.map((p) => (isProse(p) ? p.value : p.years));
const commitmentA = (c: Commitment): Shape =>
    clean({ name: c.name, continues: c.continues, text: partsA(c.text), note: c.note });
const roleA = (r: ContactRole): Shape => clean({ contact: r.contact.$refText, role: r.role });
const blockA = (b: Block): Shape =>
    clean({
        kind: b.kind,
        commitment: b.commitment.$refText,
        wording: b.wording && partsA(b.wording),
        inline: b.inline,
        items: b.items.map(itemA),
    });
const contactA = (c: Contact): Shape =>
    clean({
        name: c.name,
        fullName: c.fullName,
        title: c.title,
        phone: c.phone,
        extension: c.extension,
        fax: c.fax,
        email: c.email,
    });
const sectionA = (s: Section): Shape => ({
    name: s.name,
    title: s.title,
    contacts: s.contacts.map(roleA),
    commitments: s.commitments.map(commitmentA),
    blocks: s.blocks.map(blockA),
    sections: s.sections.map(sectionA),
});

/** The meeting's title; generated ASTs before the grammar's `title=STRING` called it `name`. */
function meetingTitle(meeting: object): unknown {
    const m = meeting as { title?: string; name?: string };
    return m.title ?? m.name;
}

export function shapeOfAst(document: Document): Shape {
    const body = document.body;
    let shape: Shape | undefined;
    if (isCtapPlan(body)) {
        const h = body.header;
        shape = {
            kind: 'ctap',
            header: clean({
                forum: h.forum,
                document: h.document,
                agendaItem: h.agendaItem,
                title: h.title,
                purpose: h.purpose,
                submittedBy: h.submittedBy,
                economy: h.economy,
                objective: h.objective,
                meeting:
                    h.meeting &&
                    clean({ title: meetingTitle(h.meeting), place: h.meeting.place, dates: h.meeting.dates }),
                calendarYear: h.calendarYear,
                lastUpdated: h.lastUpdated && { month: h.lastUpdated.month, year: h.lastUpdated.year },
            }),
            contacts: body.contacts.map(contactA),
            summaries: body.summaries.map((s) =>
                clean({
                    achievements: s.achievements?.items.map(itemA),
                    forwardWork: s.forwardWork?.items.map(itemA),
                    capacityNeeds: s.capacityNeeds?.items.map(itemA),
                }),
            ),
            sections: body.sections.map(sectionA),
            assistances: body.assistances.map((a) => ({ contacts: a.contacts.map(roleA), items: a.items.map(itemA) })),
        };
    } else if (isProgressReport(body)) {
        shape = clean({
            kind: 'report',
            title: body.title,
            date: body.date && { month: body.date.month, year: body.date.year },
            intro: body.intro,
            areas: body.areas.map((a) => ({ title: a.title, items: a.items.map(itemA) })),
            footer: body.footer,
        });
    } else if (isCatalog(body)) {
        shape = {
            kind: 'catalog',
            title: body.title,
            contacts: body.contacts.filter(isContact).map(contactA),
            commitments: body.commitments.map(commitmentA),
        };
    }
    return clean({ imports: document.imports.map((i) => i.path), body: shape });
}
