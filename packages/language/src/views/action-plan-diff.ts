// A semantic diff of two plans (typically last year's and this year's): things are
// matched by meaning — commitments by wording, measures by text similarity, contacts by
// person — never by id or position.
import type {
    CtapExport,
    ExportCommitment,
    ExportContact,
    ExportItem,
    ExportSection,
    PlanExport,
    ReportExport,
} from '../render/action-plan-render-types.js';
import { BLOCK_KINDS } from '../facts/index.js';
import type { ChangeBlock, PlanChange, PlanDiff } from './action-plan-diff-model.js';
import { diffContactPoints, diffPeople } from './action-plan-diff-contacts.js';
import { diffItems, reportUnmatched } from './action-plan-diff-items.js';
import type { ItemPlace } from './action-plan-diff-items.js';
import { allSections, matchByText } from './action-plan-match.js';
import { SAME_TEXT_THRESHOLD } from '../template/action-plan-text-similarity.js';
import { wordDiff } from './action-plan-words.js';

export function diffPlans(oldPlan: PlanExport, newPlan: PlanExport): PlanDiff {
    const changes: PlanChange[] = [];
    if (oldPlan.kind === 'ctap' && newPlan.kind === 'ctap') diffCtap(oldPlan, newPlan, changes);
    else if (oldPlan.kind === 'progress-report' && newPlan.kind === 'progress-report')
        diffReport(oldPlan, newPlan, changes);
    else if (oldPlan.kind !== newPlan.kind)
        changes.push({ kind: 'changed', what: 'header', field: 'form', old: oldPlan.kind, new: newPlan.kind });
    return { equivalent: changes.length === 0, changes };
}

function header(field: string, before: string | undefined, after: string | undefined, changes: PlanChange[]): void {
    if (before === after) return;
    changes.push({
        kind: before === undefined ? 'added' : after === undefined ? 'removed' : 'changed',
        what: 'header',
        field,
        ...(before === undefined ? {} : { old: before }),
        ...(after === undefined ? {} : { new: after }),
    });
}

function diffCtap(a: CtapExport, b: CtapExport, changes: PlanChange[]): void {
    const str = (value: number | undefined) => (value === undefined ? undefined : String(value));
    header('forum', a.header.forum, b.header.forum, changes);
    header('document', a.header.document, b.header.document, changes);
    header('agenda item', a.header.agendaItem, b.header.agendaItem, changes);
    header('title', a.header.title, b.header.title, changes);
    header('purpose', a.header.purpose, b.header.purpose, changes);
    header('submitted by', a.header.submittedBy, b.header.submittedBy, changes);
    header('meeting', a.header.meeting?.title, b.header.meeting?.title, changes);
    header('meeting place', a.header.meeting?.place, b.header.meeting?.place, changes);
    header('meeting dates', a.header.meeting?.dates, b.header.meeting?.dates, changes);
    header('economy', a.header.economy, b.header.economy, changes);
    header('calendar year', str(a.header.calendarYear), str(b.header.calendarYear), changes);
    header('last updated', a.header.lastUpdated?.text, b.header.lastUpdated?.text, changes);
    header('objective', a.header.objective, b.header.objective, changes);

    diffPeople(a.contacts, b.contacts, changes);
    const oldContacts = new Map<string, ExportContact>(a.contacts.map((c) => [c.id, c]));
    const newContacts = new Map<string, ExportContact>(b.contacts.map((c) => [c.id, c]));

    const summaryLists = [
        ['achievements', a.summary?.achievements, b.summary?.achievements],
        ['forward work', a.summary?.forwardWork, b.summary?.forwardWork],
        ['capacity building needs', a.summary?.capacityNeeds, b.summary?.capacityNeeds],
    ] as const;
    for (const [block, olds, news] of summaryLists) {
        const place = { section: 'summary', block };
        reportUnmatched(diffItems(olds ?? [], news ?? [], place, changes), place, changes);
    }

    const oldSections = new Map(allSections(a.sections).map((s) => [s.id, s]));
    const newSections = allSections(b.sections);
    for (const section of newSections) {
        const before = oldSections.get(section.id);
        oldSections.delete(section.id);
        if (!before) {
            for (const c of section.commitments)
                changes.push({ kind: 'added', what: 'commitment', section: section.id, text: c.text });
            continue;
        }
        diffContactPoints(section.id, before.contacts, section.contacts, oldContacts, newContacts, changes);
        diffSection(before, section, changes);
    }
    for (const section of oldSections.values())
        for (const c of section.commitments)
            changes.push({ kind: 'removed', what: 'commitment', section: section.id, text: c.text });

    diffContactPoints(
        'assistance',
        a.assistance?.contacts ?? [],
        b.assistance?.contacts ?? [],
        oldContacts,
        newContacts,
        changes,
    );
    const place = { section: 'assistance', block: 'assistance' as const };
    reportUnmatched(diffItems(a.assistance?.items ?? [], b.assistance?.items ?? [], place, changes), place, changes);
}

function diffSection(a: ExportSection, b: ExportSection, changes: PlanChange[]): void {
    const section = b.id;
    const matching = matchByText(a.commitments, b.commitments, (c) => c.text, SAME_TEXT_THRESHOLD);
    for (const c of matching.removed) changes.push({ kind: 'removed', what: 'commitment', section, text: c.text });
    for (const c of matching.added) changes.push({ kind: 'added', what: 'commitment', section, text: c.text });
    for (const pair of matching.pairs) {
        diffCommitment(section, pair.old, pair.new, changes);
        diffMeasures(a, b, pair.old, pair.new, changes);
    }
}

function diffCommitment(section: string, a: ExportCommitment, b: ExportCommitment, changes: PlanChange[]): void {
    const prose = (c: ExportCommitment) => c.parts.flatMap((p) => ('text' in p ? [p.text] : [])).join(' ');
    if (normalize(prose(a)) !== normalize(prose(b)))
        changes.push({
            kind: 'changed',
            what: 'commitment',
            section,
            field: 'wording',
            old: a.text,
            new: b.text,
            words: wordDiff(a.text, b.text),
        });
    if (a.years.join(',') !== b.years.join(','))
        changes.push({
            kind: 'changed',
            what: 'commitment',
            section,
            field: 'years',
            text: b.text,
            old: a.years.join(', '),
            new: b.years.join(', '),
        });
}

function normalize(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

/** The measures of one commitment, block by block; a measure that left one block for another is moved. */
function diffMeasures(
    a: ExportSection,
    b: ExportSection,
    ca: ExportCommitment,
    cb: ExportCommitment,
    changes: PlanChange[],
): void {
    const itemsOf = (section: ExportSection, id: string, kind: (typeof BLOCK_KINDS)[number]) =>
        section.blocks[kind].filter((entry) => entry.commitment === id).flatMap((entry) => entry.items);
    const leftovers: Array<{ block: ChangeBlock; removed: ExportItem[]; added: ExportItem[] }> = [];
    for (const kind of BLOCK_KINDS) {
        const place: ItemPlace = { section: b.id, block: kind, commitment: cb.text };
        leftovers.push({ block: kind, ...diffItems(itemsOf(a, ca.id, kind), itemsOf(b, cb.id, kind), place, changes) });
    }
    for (const from of leftovers)
        for (const to of leftovers) {
            if (from === to) continue;
            const moved = matchByText(from.removed, to.added, (item) => item.text, 0.5);
            for (const pair of moved.pairs) {
                changes.push({
                    kind: 'moved',
                    what: 'measure',
                    section: b.id,
                    commitment: cb.text,
                    text: pair.new.text,
                    from: from.block,
                    to: to.block,
                    ...(pair.old.text === pair.new.text ? {} : { old: pair.old.text, new: pair.new.text }),
                });
                from.removed.splice(from.removed.indexOf(pair.old), 1);
                to.added.splice(to.added.indexOf(pair.new), 1);
            }
        }
    for (const rest of leftovers)
        reportUnmatched(rest, { section: b.id, block: rest.block, commitment: cb.text }, changes);
}

function diffReport(a: ReportExport, b: ReportExport, changes: PlanChange[]): void {
    header('title', a.title, b.title, changes);
    header('date', a.date?.text, b.date?.text, changes);
    header('intro', a.intro.join('\n'), b.intro.join('\n'), changes);
    header('footer', a.footer, b.footer, changes);
    const areas = matchByText(a.areas, b.areas, (area) => area.title, SAME_TEXT_THRESHOLD);
    for (const area of areas.removed)
        changes.push({ kind: 'removed', what: 'commitment', section: `area ${area.number}`, text: area.title });
    for (const area of areas.added)
        changes.push({ kind: 'added', what: 'commitment', section: `area ${area.number}`, text: area.title });
    for (const pair of areas.pairs) {
        const section = `area ${pair.new.number}`;
        if (pair.old.title !== pair.new.title)
            changes.push({
                kind: 'changed',
                what: 'commitment',
                section,
                field: 'wording',
                old: pair.old.title,
                new: pair.new.title,
                words: wordDiff(pair.old.title, pair.new.title),
            });
        const place = { section, block: 'items' as const };
        reportUnmatched(diffItems(pair.old.items, pair.new.items, place, changes), place, changes);
    }
}
