// Builds the cross-economy summary from many plans' export models. A commitment counts as
// a catalog commitment whatever its wording drift or id in each plan.
import type { ExportContact, ExportSection, PlanExport } from '../render/action-plan-render-types.js';
import type { TemplateModel } from '../template/action-plan-template-model.js';
import { allSections, textKey } from './action-plan-match.js';
import { matchNeedsToOffers } from './action-plan-summary-needs.js';
import type { NeedOrOffer } from './action-plan-summary-needs.js';
import type {
    CatalogCommitment,
    PlanSummary,
    SummaryCell,
    SummaryCommitment,
    SummaryContact,
    SummaryPlan,
} from './action-plan-summary-model.js';
import { SAME_TEXT_THRESHOLD, textSimilarity } from '../template/action-plan-text-similarity.js';

export interface SummaryInput {
    file: string;
    plan: PlanExport;
    errors: number;
    warnings: number;
}

/**
 * What summarizePlans reads of a plan, and nothing more: the measures undertaken and
 * planned keep their number but not their text, the other blocks (but needs and offers)
 * are dropped. A summary of many plans keeps this instead of each whole export model.
 */
export function summaryDigest(plan: PlanExport): PlanExport {
    if (plan.kind !== 'ctap') return { formatVersion: plan.formatVersion, kind: 'empty', imports: plan.imports };
    const counted = (entries: ExportSection['blocks']['undertaken']) =>
        entries.map((entry) => ({ ...entry, text: '', items: entry.items.map(() => ({ text: '', subitems: [] })) }));
    const digest = (section: ExportSection): ExportSection => ({
        ...section,
        blocks: {
            ...section.blocks,
            undertaken: counted(section.blocks.undertaken),
            planned: counted(section.blocks.planned),
            participated: [],
        },
        sections: section.sections.map(digest),
    });
    return { ...plan, sections: plan.sections.map(digest) };
}

/** A template's commitments as the summary's rows: each with its section, the template's wording and years. */
export function templateCatalog(template: TemplateModel): CatalogCommitment[] {
    return template.commitments.map((c) => ({ section: c.section.id, text: c.text, years: [...c.years] }));
}

/**
 * The summary of many plans; `catalog` (usually templateCatalog of the plans' template)
 * gives the rows every plan is compared against, whatever each plan's wording or ids.
 */
export function summarizePlans(
    inputs: readonly SummaryInput[],
    catalog: readonly CatalogCommitment[] = [],
): PlanSummary {
    const rows = new Rows(catalog);
    const plans: SummaryPlan[] = [];
    const contacts: SummaryContact[] = [];
    const needs: NeedOrOffer[] = [];
    const offers: NeedOrOffer[] = [];
    for (const { file, plan, errors, warnings } of inputs) {
        // The summary compares CTAPs: catalogs (lists imported by plans) and progress reports have no column.
        if (plan.kind !== 'ctap') continue;
        const ctap = plan;
        const economy = ctap.header.economy;
        plans.push({
            file,
            ...(economy === undefined ? {} : { economy }),
            ...(ctap.header.calendarYear === undefined ? {} : { calendarYear: ctap.header.calendarYear }),
            ...(ctap.header.lastUpdated === undefined ? {} : { lastUpdated: ctap.header.lastUpdated.text }),
            errors,
            warnings,
        });
        const byId = new Map<string, ExportContact>(ctap.contacts.map((c) => [c.id, c]));
        for (const section of allSections(ctap.sections)) {
            for (const ref of section.contacts)
                contacts.push(contactRow(file, economy, section.id, ref.role, byId.get(ref.contact)));
            for (const commitment of section.commitments) {
                const row = rows.rowFor(section.id, commitment.text, commitment.years);
                const items = (kind: 'undertaken' | 'planned' | 'needs' | 'offers') =>
                    section.blocks[kind]
                        .filter((entry) => entry.commitment === commitment.id)
                        .flatMap((entry) => entry.items);
                row.status[file] = cell(items('undertaken').length, items('planned').length);
                const place = { file, economy, section: section.id, commitment: row.text };
                needs.push(...items('needs').map((item) => ({ ...place, text: item.text })));
                offers.push(...items('offers').map((item) => ({ ...place, text: item.text })));
            }
        }
        for (const ref of ctap.assistance?.contacts ?? [])
            contacts.push(contactRow(file, economy, 'assistance', ref.role, byId.get(ref.contact)));
    }
    for (const row of rows.all)
        for (const { file } of plans) row.status[file] ??= { status: 'absent', undertaken: 0, planned: 0 };
    // Section by section (A.1 … A.5, B, C); within a section the catalog's rows first.
    const commitments = rows.all
        .map((row, index) => ({ row, index }))
        .sort((a, b) => SECTION_ORDER.compare(a.row.section, b.row.section) || a.index - b.index)
        .map(({ row }) => row);
    return { plans, commitments, contacts, matches: matchNeedsToOffers(needs, offers) };
}

const SECTION_ORDER = new Intl.Collator('en', { numeric: true });

function cell(undertaken: number, planned: number): SummaryCell {
    const status = undertaken > 0 ? (planned > 0 ? 'both' : 'undertaken') : planned > 0 ? 'planned' : 'none';
    return { status, undertaken, planned };
}

function contactRow(
    file: string,
    economy: string | undefined,
    section: string,
    role: string | undefined,
    contact: ExportContact | undefined,
): SummaryContact {
    const row: SummaryContact = { file, section };
    if (economy !== undefined) row.economy = economy;
    if (role !== undefined) row.role = role;
    if (contact?.name !== undefined) row.name = contact.name;
    if (contact?.title !== undefined) row.title = contact.title;
    if (contact?.email !== undefined) row.email = contact.email;
    return row;
}

/** The matrix rows: the catalog's commitments first, then the commitments no row matched, in order of appearance. */
class Rows {
    readonly all: SummaryCommitment[] = [];
    private readonly byKey = new Map<string, SummaryCommitment>();
    private readonly bySection = new Map<string, SummaryCommitment[]>();

    constructor(catalog: readonly CatalogCommitment[]) {
        for (const entry of catalog) this.add(entry.section, entry.text, entry.years, true);
    }

    rowFor(section: string, text: string, years: number[]): SummaryCommitment {
        const key = `${section}\n${textKey(text)}`;
        const known = this.byKey.get(key);
        if (known) return known;
        let best: SummaryCommitment | undefined;
        let bestScore = SAME_TEXT_THRESHOLD;
        for (const row of this.bySection.get(section) ?? []) {
            const score = textSimilarity(row.text, text);
            if (score >= bestScore) [best, bestScore] = [row, score];
        }
        const row = best ?? this.add(section, text, years, false);
        this.byKey.set(key, row);
        return row;
    }

    private add(section: string, text: string, years: number[], catalog: boolean): SummaryCommitment {
        const row: SummaryCommitment = { section, text, years, catalog, status: {} };
        this.all.push(row);
        this.byKey.set(`${section}\n${textKey(text)}`, row);
        this.bySection.set(section, [...(this.bySection.get(section) ?? []), row]);
        return row;
    }
}
