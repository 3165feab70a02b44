// Writes the imported plan as `.actionplan` statements, one a line, in the
// canonical order of the grammar. The layout (indentation, blank lines, the
// braces of empty blocks) is not decided here: the importer hands this text to
// the formatter's layout (layout/), the one owner of the canonical layout.
import { dslString, yearGroupText } from '../facts/index.js';
import type { WordingPart } from '../facts/index.js';
import type {
    CtapModel,
    PlanBlock,
    PlanContact,
    PlanItem,
    PlanModel,
    PlanSection,
    ReportModel,
} from './action-plan-from-text-model.js';

function printParts(parts: WordingPart[]): string {
    // A bullet with no words still needs its text: the grammar wants at least one part.
    if (parts.length === 0) return dslString('');
    return parts.map((p) => ('text' in p ? dslString(p.text) : yearGroupText(p.years))).join(' ');
}

/** `head {` … `}` around the body, or just `head` when the grammar allows an empty block without braces. */
function braced(head: string, body: string[], optional = false): string[] {
    if (body.length === 0 && optional) return [head];
    return [`${head} {`, ...body, '}'];
}

function printItems(items: PlanItem[]): string[] {
    return items.flatMap((item) => {
        let head = `- ${dslString(item.text)}`;
        if (item.timeframe !== undefined) {
            head += ` by ${typeof item.timeframe === 'number' ? item.timeframe : dslString(item.timeframe)}`;
        }
        return braced(head, printItems(item.subItems), true);
    });
}

function printContact(contact: PlanContact): string[] {
    const body: string[] = [];
    if (contact.name !== undefined) body.push(`name ${dslString(contact.name)}`);
    if (contact.title !== undefined) body.push(`title ${dslString(contact.title)}`);
    if (contact.phone !== undefined) {
        body.push(
            `phone ${dslString(contact.phone)}` + (contact.extension ? ` ext ${dslString(contact.extension)}` : ''),
        );
    }
    if (contact.fax !== undefined) body.push(`fax ${dslString(contact.fax)}`);
    if (contact.email !== undefined) body.push(`email ${dslString(contact.email)}`);
    return braced(`contact ${contact.id}`, body);
}

function printContactRefs(refs: Array<{ contact: PlanContact; role?: string }>): string[] {
    return refs.map((r) => `contact ${r.contact.id}` + (r.role !== undefined ? ` role ${dslString(r.role)}` : ''));
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
            (c.note !== undefined ? ` note ${dslString(c.note)}` : ''),
    );
    const body = [
        ...printContactRefs(section.contacts),
        ...commitments,
        ...section.blocks.flatMap(printBlock),
        ...section.sections.flatMap(printSection),
    ];
    return braced(`section ${section.id} ${dslString(section.title)}`, body);
}

function printCtap(plan: CtapModel, template: string | undefined): string[] {
    const h = plan.header;
    const header: string[] = template ? [`template ${template}`] : [];
    const field = (keyword: string, value: string | undefined) => {
        if (value !== undefined) header.push(`${keyword} ${dslString(value)}`);
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
            `meeting ${dslString(title)}` +
                (place !== undefined ? ` at ${dslString(place)}` : '') +
                (dates !== undefined ? ` on ${dslString(dates)}` : ''),
        );
    }
    field('economy', h.economy);
    if (h.calendarYear !== undefined) header.push(`calendar year ${h.calendarYear}`);
    if (h.lastUpdated) header.push(`last updated ${h.lastUpdated.month} ${h.lastUpdated.year}`);
    field('objective', h.objective);
    const out = [...braced('ctap', header), ...plan.contacts.flatMap(printContact)];
    if (plan.summary) {
        const { achievements, forwardWork, capacityNeeds } = plan.summary;
        const lists: Array<[string, PlanItem[] | undefined]> = [
            ['achievements', achievements],
            ['forward work', forwardWork],
            ['capacity building needs', capacityNeeds],
        ];
        out.push(
            ...braced(
                'summary',
                lists.flatMap(([k, items]) => (items ? braced(k, printItems(items)) : [])),
            ),
        );
    }
    out.push(...plan.sections.flatMap(printSection));
    if (plan.assistance) {
        const { contacts, items } = plan.assistance;
        out.push(...braced('assistance', [...printContactRefs(contacts), ...printItems(items)]));
    }
    return out;
}

function printReport(report: ReportModel, template: string | undefined): string[] {
    const head: string[] = template ? [`template ${template}`] : [];
    if (report.date) head.push(`date ${report.date.month} ${report.date.year}`);
    head.push(...report.intro.map((p) => `intro ${dslString(p)}`));
    const out = braced(`report ${dslString(report.title)}`, head);
    out.push(...report.areas.flatMap((a) => braced(`area ${dslString(a.title)}`, printItems(a.items), true)));
    if (report.footer !== undefined) out.push(`footer ${dslString(report.footer)}`);
    return out;
}

/** The plan as `.actionplan` statements, one a line, not yet laid out; `template`: the template its header names. */
export function printPlan(model: PlanModel, template?: string): string {
    return (model.form === 'ctap' ? printCtap(model, template) : printReport(model, template)).join('\n') + '\n';
}
