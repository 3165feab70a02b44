// Writes the imported plan in the canonical layout (the formatter's): four
// spaces a level, one statement a line, one blank line between top-level
// elements and between the groups of a section, strings verbatim.
import type {
    CtapModel,
    PlanBlock,
    PlanContact,
    PlanItem,
    PlanModel,
    PlanSection,
} from './action-plan-from-text-model.js';
import type { ReportModel } from './action-plan-from-text-model.js';
import { dslString as quote, yearGroupText } from '../facts/index.js';
import type { WordingPart } from '../facts/index.js';

const INDENT = '    ';

export function printParts(parts: WordingPart[]): string {
    // A bullet with no words still needs its text: the grammar wants at least one part.
    if (parts.length === 0) return quote('');
    return parts.map((p) => ('text' in p ? quote(p.text) : yearGroupText(p.years))).join(' ');
}

function indent(lines: string[], depth = 1): string[] {
    return lines.map((l) => (l === '' ? l : INDENT.repeat(depth) + l));
}

/** `head {` … `}` around the body, or just `head` when a block may go without braces and is empty. */
function braced(head: string, body: string[], optional = false): string[] {
    if (body.length === 0 && optional) return [head];
    return [`${head} {`, ...indent(body), '}'];
}

/** Groups separated by exactly one blank line; empty groups vanish. */
function groups(...chunks: string[][]): string[] {
    return chunks.filter((c) => c.length > 0).flatMap((c, i) => (i === 0 ? c : ['', ...c]));
}

function printItems(items: PlanItem[]): string[] {
    return items.flatMap((item) => {
        let head = `- ${quote(item.text)}`;
        if (item.timeframe !== undefined) {
            head += ` by ${typeof item.timeframe === 'number' ? item.timeframe : quote(item.timeframe)}`;
        }
        return braced(head, printItems(item.subItems), true);
    });
}

function printContact(contact: PlanContact): string[] {
    const body: string[] = [];
    if (contact.name !== undefined) body.push(`name ${quote(contact.name)}`);
    if (contact.title !== undefined) body.push(`title ${quote(contact.title)}`);
    if (contact.phone !== undefined) {
        body.push(`phone ${quote(contact.phone)}` + (contact.extension ? ` ext ${quote(contact.extension)}` : ''));
    }
    if (contact.fax !== undefined) body.push(`fax ${quote(contact.fax)}`);
    if (contact.email !== undefined) body.push(`email ${quote(contact.email)}`);
    return braced(`contact ${contact.id}`, body);
}

function printContactRefs(refs: Array<{ contact: PlanContact; role?: string }>): string[] {
    return refs.map((r) => `contact ${r.contact.id}` + (r.role !== undefined ? ` role ${quote(r.role)}` : ''));
}

function printBlock(block: PlanBlock): string[] {
    let head = `${block.kind} ${block.commitment.id}`;
    if (block.wording) head += ` as ${printParts(block.wording)}`;
    if (block.inline) head += ' inline';
    return braced(head, printItems(block.items), true);
}

function printSection(section: PlanSection): string[] {
    const commitments = section.commitments.map(
        (c) =>
            `commitment ${c.id}${c.continues ? ' continues' : ''} ${printParts(c.parts)}` +
            (c.note !== undefined ? ` note ${quote(c.note)}` : ''),
    );
    const body = groups(
        printContactRefs(section.contacts),
        commitments,
        section.blocks.flatMap(printBlock),
        ...section.sections.map(printSection),
    );
    return braced(`section ${section.id} ${quote(section.title)}`, body);
}

function printCtap(plan: CtapModel): string[][] {
    const h = plan.header;
    const header: string[] = [];
    const field = (keyword: string, value: string | undefined) => {
        if (value !== undefined) header.push(`${keyword} ${quote(value)}`);
    };
    field('forum', h.forum);
    field('document', h.document);
    field('agenda item', h.agendaItem);
    field('title', h.title);
    field('purpose', h.purpose);
    field('submitted by', h.submittedBy);
    if (h.meeting) {
        const { title, place, dates } = h.meeting;
        header.push(
            `meeting ${quote(title)}` +
                (place !== undefined ? ` at ${quote(place)}` : '') +
                (dates !== undefined ? ` on ${quote(dates)}` : ''),
        );
    }
    field('economy', h.economy);
    if (h.calendarYear !== undefined) header.push(`calendar year ${h.calendarYear}`);
    if (h.lastUpdated) header.push(`last updated ${h.lastUpdated.month} ${h.lastUpdated.year}`);
    field('objective', h.objective);
    const top: string[][] = [braced('ctap', header), ...plan.contacts.map(printContact)];
    if (plan.summary) {
        const { achievements, forwardWork, capacityNeeds } = plan.summary;
        const lists: Array<[string, PlanItem[] | undefined]> = [
            ['achievements', achievements],
            ['forward work', forwardWork],
            ['capacity building needs', capacityNeeds],
        ];
        top.push(
            braced(
                'summary',
                lists.flatMap(([k, items]) => (items ? braced(k, printItems(items)) : [])),
            ),
        );
    }
    top.push(...plan.sections.map(printSection));
    if (plan.assistance) {
        top.push(
            braced('assistance', [...printContactRefs(plan.assistance.contacts), ...printItems(plan.assistance.items)]),
        );
    }
    return top;
}

function printReport(report: ReportModel): string[][] {
    const head: string[] = [];
    if (report.date) head.push(`date ${report.date.month} ${report.date.year}`);
    head.push(...report.intro.map((p) => `intro ${quote(p)}`));
    const top = [braced(`report ${quote(report.title)}`, head)];
    top.push(...report.areas.map((a) => braced(`area ${quote(a.title)}`, printItems(a.items), true)));
    if (report.footer !== undefined) top.push([`footer ${quote(report.footer)}`]);
    return top;
}

/** The plan as `.actionplan` text, ending with exactly one newline. */
export function printPlan(model: PlanModel): string {
    const top = model.form === 'ctap' ? printCtap(model) : printReport(model);
    return groups(...top).join('\n') + '\n';
}
