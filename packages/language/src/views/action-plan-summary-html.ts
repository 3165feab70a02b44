// The cross-economy summary as one self-contained HTML page: the matrix with a colour per
// status and a legend, contacts, needs and offers; readable when printed.
import { escapeHtml } from '../render/action-plan-render-html.js';
import type { PlanSummary } from './action-plan-summary-model.js';
import { STATUS_LEGEND, cellText, planLabel } from './action-plan-summary-render.js';

const COLOURS = {
    undertaken: '#c8e6c9',
    planned: '#fff3c4',
    both: '#b3d7f2',
    none: '#eeeeee',
    absent: '#ffffff',
} as const;

export function renderSummaryHtml(summary: PlanSummary): string {
    const e = escapeHtml;
    const plans = summary.plans;
    const legend = Object.entries(STATUS_LEGEND)
        .map(([status, s]) => `<li><span class="cell ${status}">${e(s.code)}</span> ${e(status)}: ${e(s.label)}</li>`)
        .join('');
    const matrix = summary.commitments
        .map((row) => {
            const cells = plans.map((p) => {
                const c = row.status[p.file]!;
                return `<td class="cell ${c.status}" title="${e(`${planLabel(p)}: ${c.status}, ${c.undertaken} undertaken, ${c.planned} planned`)}">${e(cellText(c))}</td>`;
            });
            return `<tr><th scope="row">${e(row.section)}</th><td class="text">${e(row.text)}${row.catalog || !summary.commitments.some((r) => r.catalog) ? '' : ' <em>(not in the catalog)</em>'}</td>${cells.join('')}</tr>`;
        })
        .join('\n');
    const planRows = plans
        .map(
            (p) =>
                `<tr><td>${e(planLabel(p))}</td><td>${e(p.file)}</td><td>${e(p.lastUpdated ?? '')}</td><td class="n">${p.errors}</td><td class="n">${p.warnings}</td></tr>`,
        )
        .join('\n');
    const contacts = summary.contacts
        .map(
            (c) =>
                `<tr><td>${e(c.economy ?? c.file)}</td><td>${e(c.section)}</td><td>${e(c.role ?? 'Contact Point')}</td><td>${e(c.name ?? '')}</td><td>${e(c.title ?? '')}</td><td>${e(c.email ?? '')}</td></tr>`,
        )
        .join('\n');
    const offer = (o: PlanSummary['matches'][number]['offers'][number], same: boolean) =>
        `<li>${same ? 'offered by' : 'similar offer by'} <strong>${e(o.economy ?? o.file)}</strong>${same ? '' : ` (${e(o.section)})`}, score ${o.score}: ${e(o.text)}</li>`;
    const matches = summary.matches
        .map(
            (m) =>
                `<li><strong>${e(m.economy ?? m.file)}</strong> needs (${e(m.section)}): ${e(m.need)}<ul>${[...m.offers.map((o) => offer(o, true)), ...m.similar.map((o) => offer(o, false))].join('') || '<li>no offer found</li>'}</ul></li>`,
        )
        .join('\n');
    const css = Object.entries(COLOURS)
        .map(([status, colour]) => `.${status}{background:${colour}}`)
        .join('');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Action plans summary</title>
<style>
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#111}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;padding:.25rem .4rem;vertical-align:top;font-size:.85rem}
thead th{background:#f3f3f3;position:sticky;top:0}td.text{min-width:24rem}td.cell{text-align:center;white-space:nowrap}td.n{text-align:right}
.legend{list-style:none;padding:0;display:flex;gap:1rem;flex-wrap:wrap}.legend .cell{display:inline-block;border:1px solid #999;padding:0 .4rem}
${css}
@media print{body{margin:0}thead{display:table-header-group}tr{break-inside:avoid}@page{size:A4 landscape;margin:1cm}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
</style>
</head>
<body>
<h1>Action plans summary</h1>
<h2>Plans</h2>
<table><thead><tr><th>Plan</th><th>File</th><th>Last updated</th><th>Errors</th><th>Warnings</th></tr></thead><tbody>
${planRows}
</tbody></table>
<h2>Commitments</h2>
<ul class="legend">${legend}</ul>
<table class="matrix"><thead><tr><th>Section</th><th>Commitment</th>${plans.map((p) => `<th>${e(planLabel(p))}</th>`).join('')}</tr></thead><tbody>
${matrix}
</tbody></table>
<h2>Contacts</h2>
<table><thead><tr><th>Economy</th><th>Section</th><th>Role</th><th>Name</th><th>Title</th><th>E-mail</th></tr></thead><tbody>
${contacts}
</tbody></table>
<h2>Capacity-building needs and offers</h2>
<ul>${matches || '<li>No needs stated.</li>'}</ul>
</body>
</html>
`;
}
