// The plain data model every exporter renders from; the `json` export is this
// model as is, described by docs/plan.schema.json. Bump FORMAT_VERSION when a
// field changes meaning or goes away (adding an optional field does not).

import type { BlockKind } from '../generated/ast.js';

export const FORMAT_VERSION = '1.0';

export interface ExportItem {
    text: string;
    /** `by 2014` gives a number, `by "December 2013"` a string. */
    timeframe?: number | string;
    subitems: ExportItem[];
}

export interface ExportMonthYear {
    month: string;
    year: number;
    /** As printed: `Sep 2012`. */
    text: string;
}

/** One piece of a commitment's wording: prose, or a year group printed as `(2002, 2008)`. */
export type ExportTextPart = { text: string } | { years: number[] };

export interface ExportContact {
    id: string;
    name?: string;
    title?: string;
    phone?: string;
    extension?: string;
    fax?: string;
    email?: string;
}

/** A contact point of a section or of the assistance part. */
export interface ExportContactRef {
    /** Id of an entry of the top-level `contacts` (or the unresolved name as written). */
    contact: string;
    resolved: boolean;
    /** Only when the plan names another role than the template's default. */
    role?: string;
}

export interface ExportCommitment {
    id: string;
    /** The wording with the year groups, joined as printed. */
    text: string;
    /** Every year of the wording, in order of appearance. */
    years: number[];
    parts: ExportTextPart[];
    note?: string;
    /** Shares the previous commitment's bullet in the commitments list. */
    continues: boolean;
    /** False when only blocks reference it: declared in another section or file, or unresolved. */
    declaredHere: boolean;
}

/** One commitment's entry in one of the five per-commitment blocks. */
export interface ExportBlockEntry {
    commitment: string;
    /** The wording printed in this block: the `as` wording, or the commitment's own. */
    text: string;
    /** True when the block gives its own (`as`) wording. */
    reworded: boolean;
    inline: boolean;
    items: ExportItem[];
}

export type ExportBlocks = Record<BlockKind, ExportBlockEntry[]>;

export interface ExportSection {
    id: string;
    title: string;
    contacts: ExportContactRef[];
    commitments: ExportCommitment[];
    /** Every commitment of `commitments` appears once in each kind, in the same order. */
    blocks: ExportBlocks;
    sections: ExportSection[];
}

export interface ExportHeader {
    forum?: string;
    document?: string;
    agendaItem?: string;
    title?: string;
    purpose?: string;
    submittedBy?: string;
    meeting?: { title?: string; place?: string; dates?: string };
    economy?: string;
    calendarYear?: number;
    lastUpdated?: ExportMonthYear;
    objective?: string;
}

export interface ExportSummary {
    achievements: ExportItem[];
    forwardWork: ExportItem[];
    capacityNeeds: ExportItem[];
}

export interface ExportAssistance {
    contacts: ExportContactRef[];
    items: ExportItem[];
}

export interface CtapExport {
    formatVersion: string;
    kind: 'ctap';
    imports: string[];
    header: ExportHeader;
    contacts: ExportContact[];
    summary?: ExportSummary;
    sections: ExportSection[];
    assistance?: ExportAssistance;
}

export interface ExportArea {
    number: number;
    title: string;
    items: ExportItem[];
}

export interface ReportExport {
    formatVersion: string;
    kind: 'progress-report';
    imports: string[];
    title: string;
    date?: ExportMonthYear;
    intro: string[];
    areas: ExportArea[];
    footer?: string;
}

export interface CatalogExport {
    formatVersion: string;
    kind: 'catalog';
    imports: string[];
    title: string;
    contacts: ExportContact[];
    commitments: ExportCommitment[];
}

/** A document with no body (an empty or unparsable file). */
export interface EmptyExport {
    formatVersion: string;
    kind: 'empty';
    imports: string[];
}

export type PlanExport = CtapExport | ReportExport | CatalogExport | EmptyExport;
