// The `markdown` export: a reading copy for reviewers. It keeps the template's
// structure (every commitment under each block) but as headings, lists and
// contact tables; all plan text is escaped so it never turns into markup.
import {
    ASSISTANCE_CONTACT_ROLE,
    BLOCK_KINDS,
    BLOCK_TITLES,
    DEFAULT_CONTACT_ROLE,
    sectionHeading,
} from '../facts/index.js';
import { ASSISTANCE_TITLE, COMMITMENTS_TITLE, SUMMARY_HEADINGS, SUMMARY_TITLE } from './action-plan-render-template.js';
import { appendText, itemText, letterLabel, splitLines } from './action-plan-render-text-join.js';
import type {
    CtapExport,
    ExportContact,
    ExportContactRef,
    ExportItem,
    ExportSection,
    PlanExport,
    ReportExport,
} from './action-plan-render-types.js';
import { contactRows, headerRows, planHeading } from './action-plan-render-view.js';

export function renderMarkdown(model: PlanExport): string {
    const out: string[] = [];
    if (model.kind === 'ctap') ctap(out, model);
    else if (model.kind === 'progress-report') report(out, model);
    else if (model.kind === 'catalog') {
        block(out, `# ${escapeInline(model.title)}`);
        contactTable(
            out,
            model.contacts.map((c) => ({ role: c.id, contact: c })),
        );
        if (model.commitments.length > 0) {
            block(out, `## ${COMMITMENTS_TITLE}`);
            block(out, ...model.commitments.map((c) => listLine('- ', appendText(c.text, c.note), '')));
        }
    }
    return out.length === 0 ? '\n' : out.join('\n\n') + '\n';
}

/** Escapes inline markup: emphasis, code, links, HTML, `|` (tables) and `$` (math on GitHub). */
function escapeInline(text: string): string {
    return text.replace(/[\\`*_[\]<>|$]/g, (c) => `\\${c}`).replace(/&(?=#?\w+;)/g, '&amp;');
}

/** Escapes inline markup and the list or heading markers a line could start with. */
export function escape(text: string): string {
    return escapeInline(text)
        .replace(/^([ \t]*)([#+-])/gm, '$1\\$2')
        .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2');
}

function block(out: string[], ...lines: string[]): void {
    if (lines.length > 0) out.push(lines.join('\n'));
}

/** A list line; continuation lines of a multi-line text are indented under it. */
function listLine(marker: string, text: string, indent: string): string {
    const [first = '', ...rest] = splitLines(escape(text));
    const hang = indent + ' '.repeat(marker.length);
    return [indent + marker + first, ...rest.map((line) => hang + line)].join('\n');
}

function itemLines(items: readonly ExportItem[], indent: string, numbered: boolean): string[] {
    const lines: string[] = [];
    items.forEach((item, index) => {
        const marker = numbered ? `${index + 1}. ` : '- ';
        lines.push(listLine(marker, itemText(item), indent));
        lines.push(...itemLines(item.subitems, indent + ' '.repeat(marker.length), false));
    });
    return lines;
}

function ctap(out: string[], plan: CtapExport): void {
    block(out, `# ${escapeInline(planHeading(plan.header))}`);
    const rows = headerRows(plan.header);
    if (rows.length > 0) {
        block(out, '| Field | Value |', '| --- | --- |', ...rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`));
    }
    if (plan.header.objective) block(out, `**Objective:** ${escape(plan.header.objective)}`);
    if (plan.summary) {
        block(out, `## ${SUMMARY_TITLE}`);
        for (const key of ['achievements', 'forwardWork', 'capacityNeeds'] as const) {
            block(out, `### ${escapeInline(SUMMARY_HEADINGS[key])}`);
            block(out, ...itemLines(plan.summary[key], '', true));
        }
    }
    const contacts = new Map(plan.contacts.map((c) => [c.id, c]));
    for (const section of plan.sections) sectionMarkdown(out, section, 2, contacts);
    if (plan.assistance) {
        block(out, `## ${ASSISTANCE_TITLE}`);
        contactTable(out, resolveRefs(plan.assistance.contacts, contacts, ASSISTANCE_CONTACT_ROLE));
        block(out, ...itemLines(plan.assistance.items, '', true));
    }
}

function sectionMarkdown(out: string[], section: ExportSection, level: number, contacts: Map<string, ExportContact>) {
    const hashes = '#'.repeat(Math.min(level, 6));
    block(out, `${hashes} ${escapeInline(sectionHeading(section))}`);
    contactTable(out, resolveRefs(section.contacts, contacts, DEFAULT_CONTACT_ROLE));
    if (section.commitments.length > 0) {
        const sub = '#'.repeat(Math.min(level + 1, 6));
        block(out, `${sub} ${COMMITMENTS_TITLE}`);
        block(out, ...section.commitments.map((c) => listLine('- ', appendText(c.text, c.note), '')));
        for (const kind of BLOCK_KINDS) {
            block(out, `${sub} ${escapeInline(BLOCK_TITLES[kind])}`);
            const lines: string[] = [];
            for (const entry of section.blocks[kind]) {
                lines.push(`- **${escape(entry.text)}**`.replace(/\n/g, ' '));
                lines.push(...itemLines(entry.items, '  ', true));
            }
            block(out, ...lines);
        }
    }
    for (const child of section.sections) sectionMarkdown(out, child, level + 1, contacts);
}

interface ShownContact {
    role: string;
    contact: ExportContact;
}

function resolveRefs(refs: readonly ExportContactRef[], contacts: Map<string, ExportContact>, role: string) {
    return refs.map((ref) => ({
        role: ref.role ?? role,
        contact: (ref.resolved ? contacts.get(ref.contact) : undefined) ?? { id: ref.contact, name: ref.contact },
    }));
}

function contactTable(out: string[], shown: readonly ShownContact[]): void {
    if (shown.length === 0) return;
    const header = ['Role', 'Name', 'Title', 'Telephone', 'Fax', 'Email'];
    const rows = shown.map(({ role, contact }) => [role, ...contactRows(contact)]);
    block(
        out,
        `| ${header.join(' | ')} |`,
        `|${' --- |'.repeat(header.length)}`,
        ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    );
}

function cell(text: string): string {
    return escapeInline(text).replace(/\r\n|\r|\n/g, '<br>');
}

function report(out: string[], model: ReportExport): void {
    block(out, `# ${escapeInline(model.title)}`);
    if (model.date) block(out, `*${escape(model.date.text)}*`);
    for (const paragraph of model.intro) block(out, escape(paragraph));
    for (const area of model.areas) {
        block(out, `## ${area.number}. ${escapeInline(area.title)}`);
        const lines: string[] = [];
        area.items.forEach((item, index) => {
            lines.push(listLine(`${index + 1}. `, itemText(item), ''));
            item.subitems.forEach((sub, subIndex) => {
                lines.push(listLine(`- (${letterLabel(subIndex)}) `, itemText(sub), '   '));
                lines.push(...itemLines(sub.subitems, '     ', false));
            });
        });
        block(out, ...lines);
    }
    if (model.footer) block(out, escape(model.footer));
}
