// The plan diff for people: grouped by section like a review, in plain text or Markdown.
import type { PlanChange, PlanDiff } from './action-plan-diff-model.js';
import type { WordDiffPart } from './action-plan-words.js';

export type DiffFormat = 'text' | 'markdown' | 'json';
export const DIFF_FORMATS: readonly DiffFormat[] = ['text', 'markdown', 'json'];

export function renderDiff(diff: PlanDiff, format: DiffFormat, names: { old: string; new: string }): string {
    if (format === 'json') return JSON.stringify(diff, null, 2) + '\n';
    const markdown = format === 'markdown';
    const lines: string[] = [markdown ? `# ${md(names.old)} → ${md(names.new)}` : `${names.old} → ${names.new}`];
    if (diff.equivalent) return [...lines, '', 'The plans are equivalent.', ''].join('\n');
    const groups = new Map<string, PlanChange[]>();
    for (const change of diff.changes) {
        const group = groupName(change);
        groups.set(group, [...(groups.get(group) ?? []), change]);
    }
    for (const [group, changes] of groups) {
        lines.push('', markdown ? `## ${md(group)}` : group);
        for (const change of changes) lines.push(...describe(change, markdown));
    }
    lines.push('', `${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'}.`, '');
    return lines.join('\n');
}

function groupName(change: PlanChange): string {
    if (change.what === 'header') return 'Header';
    if (change.section === undefined) return 'Contacts';
    if (change.section === 'summary') return 'Executive summary';
    if (change.section === 'assistance') return 'Assistance';
    return change.section.startsWith('area') ? change.section.replace('area', 'Area') : `Section ${change.section}`;
}

const SIGN = { added: '+', removed: '-', changed: '~', moved: '>' } as const;

function describe(change: PlanChange, markdown: boolean): string[] {
    const q = (text: string | undefined) => (markdown ? `“${md(text ?? '')}”` : `"${text ?? ''}"`);
    const where = [change.block, change.commitment ? `of ${q(change.commitment)}` : undefined]
        .filter(Boolean)
        .join(' ');
    const subject = change.field ? `${change.what} ${change.field}` : change.what;
    let line: string;
    if (change.kind === 'moved')
        line = `${q(change.text)} moved from ${change.from} to ${change.to}${change.commitment ? ` (${q(change.commitment)})` : ''}`;
    else if (change.kind === 'changed')
        line = `${subject}${change.text ? ` of ${q(change.text)}` : ''}${where ? ` (${where})` : ''}: ${change.words ? wordsText(change.words, markdown) : `${q(change.old)} → ${q(change.new)}`}`;
    else
        line = `${subject} ${change.kind}${where ? ` (${where})` : ''}: ${q(change.field ? (change.kind === 'added' ? change.new : change.old) : change.text)}`;
    return [`${markdown ? '-' : ' '} ${markdown ? '' : SIGN[change.kind] + ' '}${line}`];
}

function wordsText(parts: readonly WordDiffPart[], markdown: boolean): string {
    return parts
        .map((part) => {
            const text = markdown ? md(part.text) : part.text;
            if (part.op === 'same') return text;
            if (markdown) return part.op === 'added' ? `**${text}**` : `~~${text}~~`;
            return part.op === 'added' ? `{+${text}+}` : `[-${text}-]`;
        })
        .join(' ');
}

/** Escapes Markdown's inline markup so plan text stays text. */
function md(text: string): string {
    return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}
