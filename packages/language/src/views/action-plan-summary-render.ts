// The cross-economy summary for people: a plain-text or Markdown report (matrix,
// contacts, needs and offers). HTML and xlsx have their own files; JSON is the model.
import type { CommitmentStatus, PlanSummary, SummaryCell, SummaryPlan } from './action-plan-summary-model.js';

export type SummaryFormat = 'text' | 'markdown' | 'html' | 'json' | 'xlsx';
export const SUMMARY_FORMATS: readonly SummaryFormat[] = ['text', 'markdown', 'html', 'json', 'xlsx'];

/** One-letter codes of the text matrix, and the words of the legend. */
export const STATUS_LEGEND: Record<CommitmentStatus, { code: string; label: string }> = {
    undertaken: { code: 'U', label: 'measures undertaken' },
    planned: { code: 'P', label: 'further measures planned' },
    both: { code: 'B', label: 'undertaken and planned' },
    none: { code: '·', label: 'listed, no measures' },
    absent: { code: '-', label: 'not listed' },
};

/** The column heading of a plan: economy and calendar year, or the file. */
export function planLabel(plan: SummaryPlan): string {
    return plan.economy ? `${plan.economy}${plan.calendarYear ? ` ${plan.calendarYear}` : ''}` : plan.file;
}

/** `B 3/1`: the status code with the counts of measures undertaken and planned. */
export function cellText(cell: SummaryCell): string {
    const code = STATUS_LEGEND[cell.status].code;
    return cell.undertaken + cell.planned > 0 ? `${code} ${cell.undertaken}/${cell.planned}` : code;
}

export function renderSummaryText(summary: PlanSummary): string {
    const lines = ['Plans'];
    for (const [i, plan] of summary.plans.entries())
        lines.push(
            `  [${i + 1}] ${planLabel(plan)}  ${plan.file}  last updated ${plan.lastUpdated ?? '—'}  ${plan.errors} errors, ${plan.warnings} warnings`,
        );
    lines.push(
        '',
        'Commitments (U undertaken, P planned, B both, · listed without measures, - not listed; counts undertaken/planned)',
    );
    const header = summary.plans.map((_, i) => `[${i + 1}]`.padEnd(8)).join('');
    lines.push(`  ${'section'.padEnd(8)}${header}commitment`);
    for (const row of summary.commitments) {
        const cells = summary.plans.map((plan) => cellText(row.status[plan.file]!).padEnd(8)).join('');
        lines.push(
            `  ${row.section.padEnd(8)}${cells}${row.catalog || !summary.commitments.some((r) => r.catalog) ? '' : '(not in the catalog) '}${row.text}`,
        );
    }
    lines.push('', 'Contacts');
    for (const c of summary.contacts)
        lines.push(
            `  ${c.economy ?? c.file}  ${c.section}${c.role ? ` (${c.role})` : ''}: ${[c.name, c.title, c.email].filter(Boolean).join(', ') || '—'}`,
        );
    lines.push('', 'Capacity-building needs and offers');
    if (summary.matches.length === 0) lines.push('  (no needs stated)');
    for (const m of summary.matches) {
        lines.push(`  ${m.economy ?? m.file} needs (${m.section}): ${m.need}`);
        for (const o of m.offers)
            lines.push(`    offered by ${o.economy ?? o.file} for the same commitment (score ${o.score}): ${o.text}`);
        for (const o of m.similar)
            lines.push(`    similar offer by ${o.economy ?? o.file} (${o.section}, score ${o.score}): ${o.text}`);
        if (m.offers.length + m.similar.length === 0) lines.push('    no offer found');
    }
    return lines.join('\n') + '\n';
}

export function renderSummaryMarkdown(summary: PlanSummary): string {
    const lines = [
        '# Action plans summary',
        '',
        '| Plan | File | Last updated | Errors | Warnings |',
        '|---|---|---|---:|---:|',
    ];
    for (const plan of summary.plans)
        lines.push(
            `| ${cell(planLabel(plan))} | ${cell(plan.file)} | ${cell(plan.lastUpdated ?? '')} | ${plan.errors} | ${plan.warnings} |`,
        );
    lines.push(
        '',
        '## Commitments',
        '',
        Object.values(STATUS_LEGEND)
            .map((s) => `\`${s.code}\` ${s.label}`)
            .join(' · ') + '; counts: undertaken/planned',
        '',
        `| Section | Commitment | ${summary.plans.map((p) => cell(planLabel(p))).join(' | ')} |`,
        `|---|---|${summary.plans.map(() => '---').join('|')}|`,
    );
    for (const row of summary.commitments)
        lines.push(
            `| ${cell(row.section)} | ${cell(row.text)}${row.catalog || !summary.commitments.some((r) => r.catalog) ? '' : ' *(not in the catalog)*'} | ${summary.plans.map((p) => cellText(row.status[p.file]!)).join(' | ')} |`,
        );
    lines.push(
        '',
        '## Contacts',
        '',
        '| Economy | Section | Role | Name | Title | E-mail |',
        '|---|---|---|---|---|---|',
    );
    for (const c of summary.contacts)
        lines.push(
            `| ${cell(c.economy ?? c.file)} | ${cell(c.section)} | ${cell(c.role ?? 'Contact Point')} | ${cell(c.name ?? '')} | ${cell(c.title ?? '')} | ${cell(c.email ?? '')} |`,
        );
    lines.push('', '## Capacity-building needs and offers', '');
    if (summary.matches.length === 0) lines.push('No needs stated.');
    for (const m of summary.matches) {
        lines.push(`- **${cell(m.economy ?? m.file)}** needs (${cell(m.section)}): ${cell(m.need)}`);
        for (const o of m.offers)
            lines.push(
                `  - offered by **${cell(o.economy ?? o.file)}**, same commitment (score ${o.score}): ${cell(o.text)}`,
            );
        for (const o of m.similar)
            lines.push(
                `  - similar offer by **${cell(o.economy ?? o.file)}** (${cell(o.section)}, score ${o.score}): ${cell(o.text)}`,
            );
    }
    return lines.join('\n') + '\n';
}

/** Plan text as one Markdown table cell: pipes and markup escaped, line breaks as `<br>`-free spaces. */
function cell(text: string): string {
    return text.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}
