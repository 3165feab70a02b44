// The importer's two models: what the parsers read off the lines (`Raw*`,
// cleaned of markup but not yet interpreted), and the plan the printer writes.
import type { BlockKind } from '../generated/ast.js';
import type { WordingPart } from '../facts/index.js';

/** A piece of source text with the 1-based line it starts on. */
export interface SourceLine {
    text: string;
    line: number;
}

export interface RawItem extends SourceLine {
    /** How the source marked it: numbered ` 1.`, a paragraph, or a bullet. */
    marker: 'numbered' | 'paragraph' | 'bullet';
    subItems: RawItem[];
    /** Lines of a paragraph that a page break cut, joined to this item. */
    joined?: number[];
    /** Blanks before a ` - ` bullet: a deeper one is a sub-item of the one above. */
    indent?: number;
}

export interface RawContact {
    role: string;
    fields: Map<string, string>;
    line: number;
}

/** A bullet of one of the six lists and the measures written under it. */
export interface RawEntry {
    bullet: SourceLine;
    items: RawItem[];
}

export type ListKind = 'commitments' | BlockKind;

export interface RawList {
    kind: ListKind;
    heading: SourceLine;
    entries: RawEntry[];
}

export interface RawSection {
    heading: SourceLine;
    contacts: RawContact[];
    lists: RawList[];
}

export interface RawCtap {
    header: Array<SourceLine & { kind: 'bold' | 'field' | 'text' }>;
    summary: Array<{ heading: SourceLine; items: RawItem[] }>;
    sections: RawSection[];
    assistance?: { heading: SourceLine; contacts: RawContact[]; items: RawItem[] };
}

export interface RawReport {
    texts: SourceLine[];
    areas: Array<{ heading: SourceLine; items: RawItem[] }>;
    trailing: SourceLine[];
}

// ---------------------------------------------------------------- the plan to print

export interface PlanItem {
    text: string;
    timeframe?: number | string;
    subItems: PlanItem[];
}

export interface PlanContact {
    id: string;
    name?: string;
    title?: string;
    phone?: string;
    extension?: string;
    fax?: string;
    email?: string;
}

export interface PlanCommitment {
    id: string;
    continues: boolean;
    parts: WordingPart[];
    note?: string;
}

export interface PlanBlock {
    kind: BlockKind;
    commitment: PlanCommitment;
    wording?: WordingPart[];
    inline: boolean;
    items: PlanItem[];
}

export interface PlanSection {
    id: string;
    title: string;
    contacts: Array<{ contact: PlanContact; role?: string }>;
    commitments: PlanCommitment[];
    blocks: PlanBlock[];
    sections: PlanSection[];
}

export interface CtapHeaderFields {
    forum?: string;
    document?: string;
    agendaItem?: string;
    title?: string;
    purpose?: string;
    submittedBy?: string;
    meeting?: { title: string; place?: string; dates?: string };
    economy?: string;
    calendarYear?: number;
    lastUpdated?: { month: string; year: number };
    objective?: string;
}

export interface CtapModel {
    form: 'ctap';
    header: CtapHeaderFields;
    contacts: PlanContact[];
    summary?: { achievements?: PlanItem[]; forwardWork?: PlanItem[]; capacityNeeds?: PlanItem[] };
    sections: PlanSection[];
    assistance?: { contacts: Array<{ contact: PlanContact; role?: string }>; items: PlanItem[] };
}

export interface ReportModel {
    form: 'progress-report';
    title: string;
    date?: { month: string; year: number };
    intro: string[];
    areas: Array<{ title: string; items: PlanItem[] }>;
    footer?: string;
}

export type PlanModel = CtapModel | ReportModel;

export interface Notices {
    add(line: number, message: string): void;
}
