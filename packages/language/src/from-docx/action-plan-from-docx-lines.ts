// Word's structure → the canonical text the text importer reads. Paragraphs
// become lines (a blank line between paragraphs, none inside a list), list
// paragraphs get the marker their level and numbering stand for in the
// canonical layout, contact points (a paragraph or a table) become the
// template's two contact lines. Each line remembers where in the document it
// came from, so the importer's messages can point into the .docx.
import { contactTextLines, listMarker } from '../render/action-plan-render-lines.js';
import type { ContactField, TextForm } from '../render/action-plan-render-lines.js';
import { DEFAULT_CONTACT_ROLE } from '../facts/index.js';
import { contactTable, fieldsInText, roleLine } from './action-plan-from-docx-contacts.js';
import type { DocxElement, DocxParagraph } from './action-plan-from-docx-read.js';

/** One or more lines from one place of the document. */
interface Unit {
    lines: string[];
    where: string;
    list?: { level: number; ordered: boolean };
}

export interface CanonicalText {
    text: string;
    /** Where each line (1-based, index 0 unused) comes from: `paragraph 12`, `table 2`. */
    where: string[];
}

/** The document's units, form aside: list markers are added by `canonicalText`. */
export function documentUnits(elements: readonly DocxElement[]): Unit[] {
    const units: Unit[] = [];
    let paragraphs = 0;
    let tables = 0;
    const place = (element: DocxElement) =>
        element.kind === 'paragraph' ? `paragraph ${++paragraphs}` : `table ${++tables}`;
    for (let i = 0; i < elements.length; i++) {
        const element = elements[i]!;
        const where = place(element);
        if (element.kind === 'table') {
            const contact = contactTable(element.rows);
            if (contact) units.push(contactUnit(contact.role ?? DEFAULT_CONTACT_ROLE, contact.fields, where));
            else units.push({ lines: element.rows.map((row) => row.map(oneLine).join(' ')), where });
            continue;
        }
        const lines = element.lines;
        if (lines.every((line) => line.trim() === '')) continue;
        const role = element.list ? undefined : roleLine(lines[0]!);
        if (role) {
            // The role, its fields in the rest of the paragraph, then in the paragraphs and tables that follow.
            const fields: ContactField[] = [];
            let roleName = role.role;
            const text = [role.rest, ...lines.slice(1)].join('\n');
            fields.push(...(fieldsInText(text.replace(/\n/g, ' ')) ?? []));
            for (let next = elements[i + 1]; next; next = elements[i + 1]) {
                if (next.kind === 'table') {
                    const table = contactTable(next.rows);
                    if (!table) break;
                    if (table.role !== undefined) roleName = table.role;
                    fields.push(...table.fields);
                } else if (next.lines.every((line) => line.trim() === '')) {
                    if (!fieldFollows(elements, i + 2)) break;
                } else {
                    const more = next.list ? undefined : fieldsInText(next.lines.join(' '));
                    if (!more) break;
                    fields.push(...more);
                }
                place(next);
                i++;
            }
            units.push(contactUnit(roleName, fields, where));
        } else if (element.list && !/^Heading/.test(element.styleName ?? '')) {
            units.push({ lines: [oneLine(lines.join('\n'))], where, list: element.list });
        } else {
            units.push({ lines: paragraphLines(element), where });
        }
    }
    return units;
}

/** True when the element at `index` (past empty paragraphs) continues a contact point's fields. */
function fieldFollows(elements: readonly DocxElement[], index: number): boolean {
    for (let k = index; k < elements.length; k++) {
        const element = elements[k]!;
        if (element.kind === 'table') return contactTable(element.rows) !== undefined;
        if (element.lines.every((line) => line.trim() === '')) continue;
        return !element.list && fieldsInText(element.lines.join(' ')) !== undefined && !roleLine(element.lines[0]!);
    }
    return false;
}

function contactUnit(role: string, fields: readonly ContactField[], where: string): Unit {
    return { lines: contactTextLines(role, fields), where };
}

/**
 * A paragraph's lines. A line break inside a labelled paragraph (`Objective: …`)
 * only wraps its text; elsewhere (the meeting's name, place and dates) it
 * separates lines, as in the canonical text.
 */
function paragraphLines(paragraph: DocxParagraph): string[] {
    const lines = paragraph.lines.filter((line, index) => index === 0 || line.trim() !== '');
    const labelled = /^[ \t]*[A-Z][A-Za-z ]*:[ \t]*\S/.test(lines[0] ?? '');
    if (labelled && lines.slice(1).every((line) => !/^[ \t]*[A-Z][A-Za-z ]*:/.test(line))) {
        return [oneLine(lines.join('\n'))];
    }
    return lines;
}

function oneLine(text: string): string {
    return text
        .split('\n')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .join(' ');
}

/**
 * The canonical text of the units in one form. A numbered list's count starts
 * again after anything that is not the list (deeper items do not interrupt it),
 * as the canonical text numbers each list from 1.
 */
export function canonicalText(units: readonly Unit[], form: TextForm): CanonicalText {
    const lines: string[] = [];
    const where: string[] = [''];
    const counters: Array<{ ordered: boolean; count: number }> = [];
    let previousWasList = false;
    for (const unit of units) {
        const list = unit.list;
        if (!(list && previousWasList) && lines.length > 0) {
            lines.push('');
            where.push(unit.where);
        }
        if (list) {
            counters.length = Math.min(counters.length, list.level + 1);
            const counter = counters[list.level];
            if (counter && counter.ordered === list.ordered) counter.count++;
            else counters[list.level] = { ordered: list.ordered, count: 1 };
            // A level skipped over (a sub-item with no item above it) has no counter.
            for (let level = 0; level < list.level; level++) counters[level] ??= { ordered: false, count: 0 };
            const marker = listMarker(form, list.level, list.ordered, counters[list.level]!.count);
            lines.push((marker + unit.lines[0]!).trimEnd());
            where.push(unit.where);
        } else {
            counters.length = 0;
            for (const line of unit.lines) {
                lines.push(line);
                where.push(unit.where);
            }
        }
        previousWasList = list !== undefined;
    }
    return { text: lines.join('\n') + '\n', where };
}
