// Interprets a parsed CTAP: header fields, contact paragraphs (one declaration
// per distinct paragraph), the executive summary, nested sections with their
// commitments and blocks, and the closing assistance part.
import type { BlockKind } from '../generated/ast.js';
import { ASSISTANCE_CONTACT_ROLE, DEFAULT_CONTACT_ROLE } from '../facts/index.js';
import { SectionCommitments, toPlanItems } from './action-plan-from-text-commitments.js';
import { ImportError } from './action-plan-from-text-error.js';
import { contactIdBase, IdAllocator } from './action-plan-from-text-ids.js';
import type { CtapHeaderFields, CtapModel, Notices, PlanContact, PlanSection } from './action-plan-from-text-model.js';
import type { RawContact, RawCtap, RawList, SourceLine } from './action-plan-from-text-model.js';
import { isEscaped, splitUnescapedLines, unescapeText } from '../facts/action-plan-text-escapes.js';
import { joinLines } from './action-plan-from-text-wording.js';

export function buildCtap(raw: RawCtap, notices: Notices): CtapModel {
    const ids = new IdAllocator();
    const contacts = new ContactTable(ids, notices);
    const model: CtapModel = {
        form: 'ctap',
        header: readHeader(raw.header, notices),
        contacts: contacts.all,
        sections: [],
    };
    if (raw.summary.length > 0) model.summary = {};
    for (const part of raw.summary) {
        const field = summaryField(part.heading);
        if (model.summary![field])
            notices.add(part.heading.line, `a second "${field}" list: its items follow the first's`);
        model.summary![field] = [...(model.summary![field] ?? []), ...toPlanItems(part.items, notices)];
    }
    const byId = new Map<string, PlanSection>();
    for (const rawSection of raw.sections) {
        const match = /^([A-Z](?:\.\d+)*)\.?\s+([\s\S]*?)\s*:?$/.exec(rawSection.heading.text);
        if (!match)
            throw new ImportError(
                `cannot read the section heading "${rawSection.heading.text}"`,
                rawSection.heading.line,
                1,
            );
        const [, id, escapedTitle] = match as unknown as [string, string, string];
        const title = unescapeText(escapedTitle);
        const section: PlanSection = { id, title, contacts: [], commitments: [], blocks: [], sections: [] };
        section.contacts = rawSection.contacts.map((c) => contacts.reference(c, DEFAULT_CONTACT_ROLE));
        const commitments = new SectionCommitments(ids, notices);
        const lists = rawSection.lists;
        const blockLists = lists.filter((l): l is RawList & { kind: BlockKind } => l.kind !== 'commitments');
        for (const list of lists) if (list.kind === 'commitments') commitments.declareList(list, blockLists);
        for (const list of blockLists) commitments.attachList(list);
        section.commitments = commitments.commitments;
        section.blocks = commitments.blocks;
        if (byId.has(id)) notices.add(rawSection.heading.line, `section ${id} appears twice`);
        byId.set(id, section);
        const parent = byId.get(id.replace(/\.\d+$/, ''));
        if (parent && parent !== section) parent.sections.push(section);
        else model.sections.push(section);
    }
    if (raw.assistance) {
        const { contacts: rawContacts, items } = raw.assistance;
        model.assistance = {
            contacts: rawContacts.map((c) => contacts.reference(c, ASSISTANCE_CONTACT_ROLE)),
            items: toPlanItems(items, notices),
        };
    }
    return model;
}

function summaryField(heading: SourceLine): 'achievements' | 'forwardWork' | 'capacityNeeds' {
    if (/main achievements/i.test(heading.text)) return 'achievements';
    if (/forward work/i.test(heading.text)) return 'forwardWork';
    if (/capacity building needs/i.test(heading.text)) return 'capacityNeeds';
    throw new ImportError(`"${heading.text}" is none of the three executive summary questions`, heading.line, 1);
}

/** One declaration per distinct contact paragraph; a variant of a known person gets `maeda-2`. */
class ContactTable {
    readonly all: PlanContact[] = [];
    private readonly byKey = new Map<string, { contact: PlanContact; line: number }>();

    constructor(
        private readonly ids: IdAllocator,
        private readonly notices: Notices,
    ) {}

    reference(raw: RawContact, defaultRole: string): { contact: PlanContact; role?: string } {
        const fields = readContact(raw);
        const role = unescapeText(raw.role);
        const key = JSON.stringify(fields);
        let known = this.byKey.get(key);
        if (!known) {
            const contact: PlanContact = { id: this.ids.allocate(contactIdBase(fields.name), 'contact'), ...fields };
            const namesake = this.all.find((c) => c.name === fields.name);
            if (namesake) {
                const differing = (['title', 'phone', 'extension', 'fax', 'email'] as const).filter(
                    (f) => namesake[f] !== fields[f],
                );
                this.notices.add(
                    raw.line,
                    `this contact paragraph differs from \`${namesake.id}\` in ${differing.join(', ')}: ` +
                        `declared apart as \`${contact.id}\``,
                );
            }
            known = { contact, line: raw.line };
            this.byKey.set(key, known);
            this.all.push(contact);
        }
        return role === defaultRole ? { contact: known.contact } : { contact: known.contact, role };
    }
}

function readContact(raw: RawContact): Omit<PlanContact, 'id'> {
    const get = (label: string) => raw.fields.get(label) || undefined;
    const value = (escaped: string | undefined) => (escaped === undefined ? undefined : unescapeText(escaped));
    const fields: Omit<PlanContact, 'id'> = {};
    const phoneText = get('Telephone Number');
    // `+81-3-5501-8000(Ex5276)`: the extension is a field of its own (unless its parenthesis is escaped).
    const ext = phoneText ? /^([\s\S]*?)\s*\((?:Ext?|Extension)\.?\s*(\d+)\)$/i.exec(phoneText) : null;
    const phone = ext && !isEscaped(phoneText!, ext[0].lastIndexOf('(')) ? ext : null;
    const entries: Array<[keyof Omit<PlanContact, 'id'>, string | undefined]> = [
        ['name', value(get('Name'))],
        ['title', value(get('Title'))],
        ['phone', value(phone ? phone[1] : phoneText)],
        ['extension', phone ? phone[2] : undefined],
        ['fax', value(get('Fax Number'))],
        ['email', value(get('Email Address'))],
    ];
    for (const [field, value] of entries) if (value !== undefined) fields[field] = value;
    return fields;
}

const HEADER_LABELS: Record<string, keyof CtapHeaderFields> = {
    'agenda item': 'agendaItem',
    purpose: 'purpose',
    'submitted by': 'submittedBy',
    objective: 'objective',
    economy: 'economy',
    'calendar year': 'calendarYear',
    'last updated': 'lastUpdated',
};

/** Header text lines that follow each other without a blank line form one paragraph. */
function paragraphs(
    lines: RawCtap['header'],
): Array<SourceLine & { kind: 'bold' | 'field' | 'text'; parts: string[] }> {
    const out: Array<SourceLine & { kind: 'bold' | 'field' | 'text'; parts: string[]; end: number }> = [];
    for (const entry of lines) {
        const last = out.at(-1);
        const parts = splitUnescapedLines(entry.text)
            .map((l) => l.trim())
            .filter((l) => l);
        // The entry's last line: a value may go on over lines (escaped line breaks, a bold run).
        const end = entry.line + (entry.text.match(/\n/g)?.length ?? 0);
        if (entry.kind === 'text' && last?.kind === 'text' && entry.line === last.end + 1) {
            last.parts.push(...parts);
            last.end = end;
        } else {
            out.push({ ...entry, parts, end });
        }
    }
    return out;
}

function readHeader(lines: RawCtap['header'], notices: Notices): CtapHeaderFields {
    const header: CtapHeaderFields = {};
    let pending: keyof CtapHeaderFields | undefined;
    let planHeading: SourceLine | undefined;
    const set = (field: keyof CtapHeaderFields, value: string, at: SourceLine) => {
        if (field === 'calendarYear') {
            if (!/^\d+$/.test(value)) throw new ImportError(`calendar year "${value}" is not a year`, at.line, 1);
            header.calendarYear = Number(value);
        } else if (field === 'lastUpdated') {
            const match = /^([A-Za-z]+)\.?\s+(\d{4})$/.exec(value);
            if (!match) throw new ImportError(`last updated "${value}" is not a month and year`, at.line, 1);
            header.lastUpdated = { month: match[1]!, year: Number(match[2]) };
        } else if (field !== 'meeting') {
            header[field] = unescapeText(value);
        }
    };
    for (const entry of paragraphs(lines)) {
        const text = joinLines(entry.parts);
        if (entry.kind === 'field') {
            const colon = text.indexOf(':');
            const field = HEADER_LABELS[text.slice(0, colon).trim().toLowerCase()];
            if (!field) throw new ImportError(`unknown header field "${text.slice(0, colon)}"`, entry.line, 1);
            const value = text.slice(colon + 1).trim();
            if (value) set(field, value, entry);
            else pending = field;
        } else if (pending) {
            set(pending, text, entry);
            pending = undefined;
        } else if (/^\d{4}\/\S+$/.test(text) && !header.document) {
            header.document = unescapeText(text);
        } else if (/^\d{4} APEC COUNTER-TERRORISM ACTION PLAN$/i.test(text)) {
            planHeading = entry;
        } else if (!header.forum && !header.document && !header.title) {
            // The first lines name the forum, however many lines the converter broke them into.
            header.forum = unescapeText(text);
            if (entry.parts.length > 1) notices.add(entry.line, `joined the lines of the heading "${text}"`);
        } else if (!header.meeting && (entry.parts.length > 1 || /meeting/i.test(text)) && header.title) {
            // The meeting, its place and its dates, one a line.
            const [title, place, ...dates] = entry.parts.map(unescapeText) as [string, ...string[]];
            header.meeting = { title, place, dates: dates.join(' ') || undefined };
        } else if (!header.title) {
            header.title = unescapeText(text);
        } else {
            throw new ImportError(`cannot place the header line "${entry.parts[0]}"`, entry.line, 1);
        }
    }
    if (planHeading && !planHeading.text.startsWith(String(header.calendarYear))) {
        notices.add(
            planHeading.line,
            `"${planHeading.text}" does not match the calendar year; the exporter derives it`,
        );
    }
    return header;
}
