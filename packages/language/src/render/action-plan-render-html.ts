// The `html` export: one self-contained page for reviewers (inline CSS, no
// scripts, no external resources). Every piece of plan text goes through
// `escapeHtml`, so a measure containing `<script>` shows as text.
import {
    ASSISTANCE_CONTACT_ROLE,
    BLOCK_KINDS,
    BLOCK_TITLES,
    DEFAULT_CONTACT_ROLE,
    sectionHeading,
} from '../facts/index.js';
import { ASSISTANCE_TITLE, COMMITMENTS_TITLE, SUMMARY_HEADINGS, SUMMARY_TITLE } from './action-plan-render-template.js';
import { itemText, letterLabel } from './action-plan-render-text-join.js';
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

const STYLE = [
    'body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.45;color:#1b1b1b}',
    'body{max-width:60rem;margin:2rem auto;padding:0 1rem}',
    'h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2.2rem}',
    'h3{margin-top:1.8rem}h4,h5,h6{margin:1.2rem 0 .4rem}',
    'table{border-collapse:collapse;margin:.6rem 0}th{background:#f3f3f3}',
    'th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}',
    '.labelled{list-style:none;padding-left:1.2rem}.commitment{font-weight:600}',
    '.empty{color:#777;font-style:italic}.note{color:#555}.date{color:#555}',
].join('\n');

/** Escapes the five characters that are special in HTML text and attribute values. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escaped text, with line breaks of multi-line strings kept. */
function t(text: string): string {
    return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

export function renderHtml(model: PlanExport): string {
    const body: string[] = [];
    let title = '';
    if (model.kind === 'ctap') {
        title = planHeading(model.header);
        ctap(body, model);
    } else if (model.kind === 'progress-report') {
        title = model.title;
        report(body, model);
    } else if (model.kind === 'catalog') {
        title = model.title;
        body.push(`<h1>${t(title)}</h1>`);
        contactTable(
            body,
            model.contacts.map((c) => ({ role: c.id, contact: c })),
        );
        body.push(`<h2>${t(COMMITMENTS_TITLE)}</h2>`, commitmentList(model.commitments));
    }
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtml(title.replace(/\s+/g, ' '))}</title>`,
        `<style>\n${STYLE}\n</style>`,
        '</head>',
        '<body>',
        ...body,
        '</body>',
        '</html>',
        '',
    ].join('\n');
}

function itemList(items: readonly ExportItem[], numbered: boolean): string {
    if (items.length === 0) return '';
    const tag = numbered ? 'ol' : 'ul';
    const entries = items.map((item) => `<li>${t(itemText(item))}${itemList(item.subitems, false)}</li>`);
    return `<${tag}>${entries.join('')}</${tag}>`;
}

function commitmentList(commitments: readonly { text: string; note?: string }[]): string {
    const entries = commitments.map(
        (c) => `<li>${t(c.text)}${c.note ? ` <span class="note">${t(c.note)}</span>` : ''}</li>`,
    );
    return `<ul>${entries.join('')}</ul>`;
}

function ctap(body: string[], plan: CtapExport): void {
    body.push(`<h1>${t(planHeading(plan.header))}</h1>`);
    const rows = headerRows(plan.header);
    if (rows.length > 0) {
        body.push('<table class="header">');
        for (const [label, value] of rows) body.push(`<tr><th scope="row">${t(label)}</th><td>${t(value)}</td></tr>`);
        body.push('</table>');
    }
    if (plan.header.objective) body.push(`<p><strong>Objective:</strong> ${t(plan.header.objective)}</p>`);
    if (plan.summary) {
        body.push(`<h2>${t(SUMMARY_TITLE)}</h2>`);
        for (const key of ['achievements', 'forwardWork', 'capacityNeeds'] as const) {
            body.push(`<h3>${t(SUMMARY_HEADINGS[key])}</h3>`, itemList(plan.summary[key], true));
        }
    }
    const contacts = new Map(plan.contacts.map((c) => [c.id, c]));
    for (const section of plan.sections) sectionHtml(body, section, 2, contacts);
    if (plan.assistance) {
        body.push(`<h2>${t(ASSISTANCE_TITLE)}</h2>`);
        contactTable(body, resolveRefs(plan.assistance.contacts, contacts, ASSISTANCE_CONTACT_ROLE));
        body.push(itemList(plan.assistance.items, true));
    }
}

function sectionHtml(body: string[], section: ExportSection, level: number, contacts: Map<string, ExportContact>) {
    const h = `h${Math.min(level, 6)}`;
    body.push('<section>', `<${h}>${t(sectionHeading(section))}</${h}>`);
    contactTable(body, resolveRefs(section.contacts, contacts, DEFAULT_CONTACT_ROLE));
    if (section.commitments.length > 0) {
        const sub = `h${Math.min(level + 1, 6)}`;
        body.push(`<${sub}>${t(COMMITMENTS_TITLE)}</${sub}>`, commitmentList(section.commitments));
        for (const kind of BLOCK_KINDS) {
            body.push(`<${sub}>${t(BLOCK_TITLES[kind])}</${sub}>`, '<ul>');
            for (const entry of section.blocks[kind]) {
                const items = itemList(entry.items, true) || '<div class="empty">No entry.</div>';
                body.push(`<li><span class="commitment">${t(entry.text)}</span>${items}</li>`);
            }
            body.push('</ul>');
        }
    }
    for (const child of section.sections) sectionHtml(body, child, level + 1, contacts);
    body.push('</section>');
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

function contactTable(body: string[], shown: readonly ShownContact[]): void {
    if (shown.length === 0) return;
    body.push('<table class="contacts">');
    body.push('<tr><th>Role</th><th>Name</th><th>Title</th><th>Telephone</th><th>Fax</th><th>Email</th></tr>');
    for (const { role, contact } of shown) {
        body.push(`<tr>${[role, ...contactRows(contact)].map((cell) => `<td>${t(cell)}</td>`).join('')}</tr>`);
    }
    body.push('</table>');
}

function report(body: string[], model: ReportExport): void {
    body.push(`<h1>${t(model.title)}</h1>`);
    if (model.date) body.push(`<p class="date">${t(model.date.text)}</p>`);
    for (const paragraph of model.intro) body.push(`<p>${t(paragraph)}</p>`);
    for (const area of model.areas) {
        body.push(`<h2>${area.number}. ${t(area.title)}</h2>`);
        if (area.items.length === 0) continue;
        // The report's own labels, (1) and (a), replace the list markers.
        body.push('<ul class="labelled">');
        area.items.forEach((item, index) => {
            const subs = item.subitems.map(
                (sub, i) => `<li>(${letterLabel(i)}) ${t(itemText(sub))}${itemList(sub.subitems, false)}</li>`,
            );
            const subList = subs.length > 0 ? `<ul class="labelled">${subs.join('')}</ul>` : '';
            body.push(`<li>(${index + 1}) ${t(itemText(item))}${subList}</li>`);
        });
        body.push('</ul>');
    }
    if (model.footer) body.push(`<p>${t(model.footer)}</p>`);
}
