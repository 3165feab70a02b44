// What the Markdown and HTML renderings show of a header and a contact, as
// label/value pairs, so both formats present the same fields in the same order.
import { phoneText } from '../facts/index.js';
import { PLAN_TITLE } from './action-plan-render-template.js';
import type { ExportContact, ExportHeader } from './action-plan-render-types.js';

/** The document's title, or the template's title when the plan gives none. */
export function planHeading(header: ExportHeader): string {
    if (header.title) return header.title;
    return header.calendarYear === undefined ? PLAN_TITLE : `${header.calendarYear} ${PLAN_TITLE}`;
}

/** Header fields present in the plan, in the canonical order (the objective is shown apart). */
export function headerRows(header: ExportHeader): [string, string][] {
    const meeting = header.meeting ? [header.meeting.title, header.meeting.place, header.meeting.dates] : [];
    const rows: [string, string | undefined][] = [
        ['Forum', header.forum],
        ['Document', header.document],
        ['Agenda item', header.agendaItem],
        ['Purpose', header.purpose],
        ['Submitted by', header.submittedBy],
        ['Meeting', meeting.filter((part) => part).join(', ') || undefined],
        ['Economy', header.economy],
        ['Calendar year', header.calendarYear === undefined ? undefined : String(header.calendarYear)],
        ['Last updated', header.lastUpdated?.text],
    ];
    return rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '');
}

/** Name, title, telephone (with extension), fax, e-mail; empty strings for missing fields. */
export function contactRows(contact: ExportContact): string[] {
    return [contact.name ?? '', contact.title ?? '', phoneText(contact), contact.fax ?? '', contact.email ?? ''];
}
