// Builds the plain export model from the AST. The AST may be half broken
// (recovered parse, unresolved references), so every property is read
// defensively: a missing array is empty, a missing string is left out, an
// unresolved reference falls back to the name as written.
import { isCatalog, isCtapPlan, isProgressReport } from '../generated/ast.js';
import type {
    Block,
    Catalog,
    Contact,
    ContactRole,
    CtapHeader,
    CtapPlan,
    Document,
    ProgressReport,
    Section,
} from '../generated/ast.js';
import { BLOCK_KINDS, wordingText } from '../facts/index.js';
import {
    commitment,
    contact,
    items,
    monthYear,
    resolve,
    unresolvedCommitment,
} from './action-plan-render-model-parts.js';
import { FORMAT_VERSION } from './action-plan-render-types.js';
import type {
    CtapExport,
    ExportBlocks,
    ExportCommitment,
    ExportContact,
    ExportContactRef,
    ExportHeader,
    ExportSection,
    ExportSummary,
    PlanExport,
    ReportExport,
} from './action-plan-render-types.js';

export function buildExportModel(document: Document): PlanExport {
    const imports = (document?.imports ?? []).map((imp) => imp?.path ?? '').filter((path) => path !== '');
    const body = document?.body;
    if (isCtapPlan(body)) return new CtapModelBuilder(imports).plan(body);
    if (isProgressReport(body)) return buildReport(body, imports);
    if (isCatalog(body)) return buildCatalog(body, imports);
    return { formatVersion: FORMAT_VERSION, kind: 'empty', imports };
}

function buildReport(report: ProgressReport, imports: string[]): ReportExport {
    return {
        formatVersion: FORMAT_VERSION,
        kind: 'progress-report',
        imports,
        title: report.title ?? '',
        date: monthYear(report.date),
        intro: (report.intro ?? []).filter((paragraph) => typeof paragraph === 'string'),
        areas: (report.areas ?? []).map((area, index) => ({
            number: index + 1,
            title: area?.title ?? '',
            items: items(area?.items),
        })),
        footer: report.footer,
    };
}

function buildCatalog(catalog: Catalog, imports: string[]): PlanExport {
    return {
        formatVersion: FORMAT_VERSION,
        kind: 'catalog',
        imports,
        title: catalog.title ?? '',
        contacts: (catalog.contacts ?? []).map(contact),
        commitments: (catalog.commitments ?? []).map((c) => commitment(c, true)),
    };
}

class CtapModelBuilder {
    /** Contacts in order of first appearance: declared ones, then imported ones referenced. */
    private readonly contacts = new Map<string, ExportContact>();

    constructor(private readonly imports: string[]) {}

    plan(plan: CtapPlan): CtapExport {
        for (const declared of plan.contacts ?? []) this.addContact(declared);
        const summaries = plan.summaries ?? [];
        const summary: ExportSummary | undefined =
            summaries.length === 0
                ? undefined
                : {
                      achievements: summaries.flatMap((s) => items(s?.achievements?.items)),
                      forwardWork: summaries.flatMap((s) => items(s?.forwardWork?.items)),
                      capacityNeeds: summaries.flatMap((s) => items(s?.capacityNeeds?.items)),
                  };
        const sections = (plan.sections ?? []).map((section) => this.section(section));
        const assistances = plan.assistances ?? [];
        const assistance =
            assistances.length === 0
                ? undefined
                : {
                      contacts: assistances.flatMap((a) => (a?.contacts ?? []).map((role) => this.contactRef(role))),
                      items: assistances.flatMap((a) => items(a?.items)),
                  };
        return {
            formatVersion: FORMAT_VERSION,
            kind: 'ctap',
            imports: this.imports,
            header: header(plan.header),
            contacts: [...this.contacts.values()],
            summary,
            sections,
            assistance,
        };
    }

    private addContact(declared: Contact | undefined): string | undefined {
        if (!declared?.name) return undefined;
        if (!this.contacts.has(declared.name)) this.contacts.set(declared.name, contact(declared));
        return declared.name;
    }

    private contactRef(role: ContactRole): ExportContactRef {
        const target = resolve(role?.contact);
        const id = this.addContact(target) ?? role?.contact?.$refText ?? '';
        const ref: ExportContactRef = { contact: id, resolved: target !== undefined };
        if (role?.role !== undefined) ref.role = role.role;
        return ref;
    }

    private section(section: Section): ExportSection {
        const declared = (section.commitments ?? []).filter((c) => c !== undefined);
        const blocks = (section.blocks ?? []).filter((b) => b !== undefined);
        // The commitments of the section: its own, then those its blocks reference
        // from elsewhere (an imported catalog, or unresolved), by first reference.
        const keys: string[] = [];
        const byKey = new Map<string, ExportCommitment>();
        for (const c of declared) {
            const key = c.name ?? '';
            if (byKey.has(key)) continue;
            keys.push(key);
            byKey.set(key, commitment(c, true));
        }
        for (const block of blocks) {
            const key = blockKey(block);
            if (byKey.has(key)) continue;
            const target = resolve(block.commitment);
            keys.push(key);
            byKey.set(key, target ? commitment(target, false) : unresolvedCommitment(key, block.wording));
        }
        const exportBlocks = Object.fromEntries(BLOCK_KINDS.map((kind) => [kind, []])) as unknown as ExportBlocks;
        for (const kind of BLOCK_KINDS) {
            for (const key of keys) {
                const own = blocks.filter((b) => b.kind === kind && blockKey(b) === key);
                const base = byKey.get(key)!;
                const reworded = own.find((b) => (b.wording?.parts ?? []).length > 0);
                exportBlocks[kind].push({
                    commitment: base.id,
                    text: reworded ? wordingText(reworded.wording) : base.text,
                    reworded: reworded !== undefined,
                    inline: own.some((b) => b.inline === true),
                    items: own.flatMap((b) => items(b.items)),
                });
            }
        }
        return {
            id: section.name ?? '',
            title: section.title ?? '',
            contacts: (section.contacts ?? []).map((role) => this.contactRef(role)),
            commitments: keys.map((key) => byKey.get(key)!),
            blocks: exportBlocks,
            sections: (section.sections ?? []).map((sub) => this.section(sub)),
        };
    }
}

function blockKey(block: Block): string {
    return resolve(block.commitment)?.name ?? block.commitment?.$refText ?? '';
}

function header(source: CtapHeader | undefined): ExportHeader {
    if (!source) return {};
    // `title` in the grammar; older generated ASTs called it `name`.
    const meeting = source.meeting as { title?: string; name?: string; place?: string; dates?: string } | undefined;
    return {
        forum: source.forum,
        document: source.document,
        agendaItem: source.agendaItem,
        title: source.title,
        purpose: source.purpose,
        submittedBy: source.submittedBy,
        meeting: meeting
            ? { title: meeting.title ?? meeting.name, place: meeting.place, dates: meeting.dates }
            : undefined,
        economy: source.economy,
        calendarYear: source.calendarYear,
        lastUpdated: monthYear(source.lastUpdated),
        objective: source.objective,
    };
}
