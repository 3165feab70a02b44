// The `text` export: the canonical text of the plan's kind. For a CTAP this is
// the APEC template as seeds/004 lays it out; every commitment of a section is
// repeated in each of the six blocks, in declaration order.
import {
    ASSISTANCE_CONTACT_ROLE,
    BLOCK_HEADINGS,
    BLOCK_KINDS,
    DEFAULT_CONTACT_ROLE,
    phoneText,
    templateSectionHeading,
} from '../facts/index.js';
import { TextLines } from './action-plan-render-lines.js';
import type { ContactField } from './action-plan-render-lines.js';
import { reportText } from './action-plan-render-text-report.js';
import {
    ASSISTANCE_HEADING,
    CALENDAR_YEAR_LABEL,
    COMMITMENTS_HEADING,
    ECONOMY_LABEL,
    EXECUTIVE_SUMMARY,
    LAST_UPDATED_LABEL,
    PLAN_TITLE,
    SUMMARY_HEADINGS,
} from './action-plan-render-template.js';
import { escapeWhere } from '../facts/action-plan-text-escapes.js';
import { appendText } from './action-plan-render-text-join.js';
import {
    commitmentValue,
    itemValue,
    partsValue,
    plainLine,
    textValue,
    wordingValue,
} from './action-plan-render-text-escape.js';
import type {
    CatalogExport,
    CtapExport,
    ExportBlockEntry,
    ExportCommitment,
    ExportContact,
    ExportContactRef,
    ExportHeader,
    ExportItem,
    ExportSection,
    PlanExport,
} from './action-plan-render-types.js';

export function planText(model: PlanExport): string {
    return planLayout(model).toString();
}

/** The canonical text's blocks, which the `docx` export lays out in Word. */
export function planLayout(model: PlanExport): TextLines {
    switch (model.kind) {
        case 'ctap':
            return ctapText(model);
        case 'progress-report':
            return reportText(model);
        case 'catalog':
            return catalogText(model);
        default:
            return new TextLines();
    }
}

function ctapText(plan: CtapExport): TextLines {
    const out = new TextLines();
    const contacts = new Map(plan.contacts.map((c) => [c.id, c]));
    header(out, plan.header);
    if (plan.summary) {
        out.paragraph(EXECUTIVE_SUMMARY, 'heading1');
        for (const key of ['achievements', 'forwardWork', 'capacityNeeds'] as const) {
            out.paragraph(SUMMARY_HEADINGS[key], 'question');
            numberedItems(out, plan.summary[key]);
            out.blank();
        }
    }
    for (const section of plan.sections) sectionText(out, section, 0, contacts);
    if (plan.assistance) {
        // As in the template: the heading, the contact points, then the economy's own text.
        out.paragraph(ASSISTANCE_HEADING, 'heading1');
        for (const ref of plan.assistance.contacts) contactLines(out, ref, contacts, ASSISTANCE_CONTACT_ROLE);
        blockItems(out, plan.assistance.items);
    }
    return out;
}

function header(out: TextLines, header: ExportHeader): void {
    out.paragraph(headerLine(header.forum), 'cover');
    out.paragraph(headerLine(header.document), 'reference');
    out.paragraph(labelled('Agenda Item:', header.agendaItem), 'reference');
    out.paragraph(headerLine(header.title), 'cover');
    out.paragraph(labelled('Purpose:', header.purpose));
    out.paragraph(labelled('Submitted by:', header.submittedBy));
    const meeting = header.meeting;
    if (meeting) {
        // The meeting's name, place and dates are one paragraph of three lines.
        const lines = [meeting.title, meeting.place, meeting.dates].flatMap((line) =>
            line ? [headerLine(line)!] : [],
        );
        out.blank().group(lines, 'cover').blank();
    }
    out.paragraph(header.calendarYear === undefined ? PLAN_TITLE : `${header.calendarYear} ${PLAN_TITLE}`, 'title');
    if (header.economy !== undefined) out.paragraph(ECONOMY_LABEL, 'label').paragraph(headerLine(header.economy));
    if (header.calendarYear !== undefined)
        out.paragraph(CALENDAR_YEAR_LABEL, 'label').paragraph(String(header.calendarYear));
    if (header.lastUpdated) out.paragraph(LAST_UPDATED_LABEL, 'label').paragraph(header.lastUpdated.text);
    out.paragraph(labelled('Objective:', header.objective));
}

function headerLine(value: string | undefined): string | undefined {
    return value === undefined ? undefined : plainLine(textValue(value), 'ctapHeader');
}

function labelled(label: string, value: string | undefined): string | undefined {
    return value === undefined ? undefined : appendText(label, textValue(value));
}

function sectionText(
    out: TextLines,
    section: ExportSection,
    level: number,
    contacts: Map<string, ExportContact>,
): void {
    const ownContent = section.contacts.length > 0 || section.commitments.length > 0;
    const style = level === 0 ? 'heading1' : level === 1 ? 'heading2' : 'heading3';
    out.paragraph(
        templateSectionHeading({ ...section, title: textValue(section.title) }, level === 0, ownContent),
        style,
    );
    for (const ref of section.contacts) contactLines(out, ref, contacts, DEFAULT_CONTACT_ROLE);
    if (section.commitments.length > 0) {
        out.paragraph(COMMITMENTS_HEADING, 'question');
        commitmentBullets(section.commitments).forEach((bullet, index) => out.item(bullet, 0, false, index + 1));
        out.blank();
        const byId = new Map(section.commitments.map((c) => [c.id, c]));
        for (const kind of BLOCK_KINDS) {
            out.paragraph(BLOCK_HEADINGS[kind], 'question');
            for (const entry of section.blocks[kind]) blockEntry(out, entry, byId.get(entry.commitment));
            out.blank();
        }
    }
    for (const sub of section.sections) sectionText(out, sub, level + 1, contacts);
}

/** The commitments list: a `continues` commitment shares the previous bullet. */
function commitmentBullets(commitments: readonly ExportCommitment[]): string[] {
    const bullets: string[] = [];
    for (const commitment of commitments) {
        const text = commitmentValue(commitment);
        if (commitment.continues && bullets.length > 0) bullets[bullets.length - 1] = appendText(bullets.at(-1)!, text);
        else bullets.push(text);
    }
    return bullets;
}

function blockEntry(out: TextLines, entry: ExportBlockEntry, commitment: ExportCommitment | undefined): void {
    let items = entry.items;
    const first = items[0];
    // The block's copy of the commitment reads exactly as the commitments list has it, unless reworded.
    const wording = !entry.reworded && commitment ? partsValue(commitment) : wordingValue(entry.text);
    if (entry.inline && first) {
        out.item(appendText(wording, itemValue(first)), 0, false, 1);
        subItems(out, first.subitems, 1);
        items = items.slice(1);
        // After the inline measure's sub-items a plain line would read as their continuation.
        if (first.subitems.length > 0) return numberedItems(out, items);
    } else {
        out.item(wording, 0, false, 1);
    }
    blockItems(out, items);
}

/** One item prints as a plain paragraph line; several are numbered ` 1. `, ` 2. `. */
function blockItems(out: TextLines, items: readonly ExportItem[]): void {
    if (items.length === 1) {
        out.line(plainLine(itemValue(items[0]!), 'ctapBody'));
        subItems(out, items[0]!.subitems, 1);
    } else {
        numberedItems(out, items);
    }
}

function numberedItems(out: TextLines, items: readonly ExportItem[]): void {
    items.forEach((item, index) => {
        out.item(itemValue(item), 0, true, index + 1);
        subItems(out, item.subitems, 1);
    });
}

/** Sub-items as ` - ` bullets, one more blank of indentation a level. */
function subItems(out: TextLines, items: readonly ExportItem[], depth: number): void {
    items.forEach((item, index) => {
        out.item(itemValue(item), depth, false, index + 1);
        subItems(out, item.subitems, depth + 1);
    });
}

/** `Contact Point: Name: X Title: Y`, a blank line, `Telephone Number: … Fax Number: … Email Address: …`. */
function contactLines(
    out: TextLines,
    ref: ExportContactRef,
    contacts: Map<string, ExportContact>,
    defaultRole: string,
): void {
    const contact = ref.resolved ? contacts.get(ref.contact) : undefined;
    const name = contact ? contact.name : ref.contact;
    const role = escapeWhere(textValue(ref.role ?? defaultRole), /:/);
    const fields: ContactField[] = [];
    // With neither name nor title, an empty `Name:` still marks the line as a contact.
    if (name || !contact?.title) fields.push(['Name', textValue(name ?? '')]);
    if (contact?.title) fields.push(['Title', textValue(contact.title)]);
    if (contact?.phone) {
        const extension = contact.extension === undefined ? undefined : textValue(contact.extension);
        fields.push(['Telephone Number', phoneText({ phone: phoneValue(contact.phone), extension })]);
    }
    if (contact?.fax) fields.push(['Fax Number', textValue(contact.fax)]);
    if (contact?.email) fields.push(['Email Address', textValue(contact.email)]);
    out.contact(plainLine(role, 'ctapBody'), fields);
}

/** A phone number that ends like an extension has that parenthesis escaped. */
function phoneValue(phone: string): string {
    const text = textValue(phone);
    return /\((?:Ext?|Extension)\.?\s*\d+\)$/i.test(text) ? text.replace(/\((?=[^(]*$)/, '\\(') : text;
}

/** A catalog has no template; its text lists its contacts and commitments. */
function catalogText(catalog: CatalogExport): TextLines {
    const out = new TextLines();
    out.paragraph(catalog.title);
    for (const contact of catalog.contacts) {
        contactLines(
            out,
            { contact: contact.id, resolved: true },
            new Map([[contact.id, contact]]),
            DEFAULT_CONTACT_ROLE,
        );
    }
    if (catalog.commitments.length > 0) {
        out.paragraph(COMMITMENTS_HEADING, 'question');
        commitmentBullets(catalog.commitments).forEach((bullet, index) => out.item(bullet, 0, false, index + 1));
    }
    return out;
}
