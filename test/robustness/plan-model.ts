// A plain-data model of a plan, the shape the property tests generate and then
// read back from the parsed AST. Only what the AST keeps is modelled: layout,
// comments, escapes and optional empty braces are the printer's choice.
import type { BlockKind } from '../../packages/language/src/generated/ast.js';

export interface ItemModel {
    text: string;
    timeframe?: number | string;
    items: ItemModel[];
}

export type PartModel = { prose: string } | { years: number[] };

export interface CommitmentModel {
    name: string;
    continues: boolean;
    text: PartModel[];
    note?: string;
}

export interface ContactRoleModel {
    contact: string;
    role?: string;
}

export interface BlockModel {
    kind: BlockKind;
    commitment: string;
    wording?: PartModel[];
    inline: boolean;
    items: ItemModel[];
}

/** Section members keep their source order per kind; the AST splits them into four lists. */
export type SectionMember =
    { contact: ContactRoleModel } | { commitment: CommitmentModel } | { block: BlockModel } | { section: SectionModel };

export interface SectionModel {
    name: string;
    title: string;
    members: SectionMember[];
}

export interface ContactModel {
    name: string;
    fields: Array<[ContactField, string]>;
    extension?: string;
}
export type ContactField = 'name' | 'title' | 'phone' | 'fax' | 'email';

export type HeaderField =
    'forum' | 'document' | 'agenda item' | 'title' | 'purpose' | 'submitted by' | 'economy' | 'objective';

export interface HeaderModel {
    strings: Array<[HeaderField, string]>;
    meeting?: { title: string; place?: string; dates?: string };
    calendarYear?: number;
    lastUpdated?: { month: string; year: number };
}

export interface SummaryModel {
    lists: Array<['achievements' | 'forward work' | 'capacity building needs', ItemModel[]]>;
}

export type AssistanceMember = { contact: ContactRoleModel } | { item: ItemModel };

export type CtapMember =
    | { contact: ContactModel }
    | { summary: SummaryModel }
    | { section: SectionModel }
    | { assistance: AssistanceMember[] };

export interface CtapModel {
    kind: 'ctap';
    header: HeaderModel;
    members: CtapMember[];
}

export interface ReportModel {
    kind: 'report';
    title: string;
    date?: { month: string; year: number };
    intro: string[];
    areas: Array<{ title: string; items: ItemModel[] }>;
    footer?: string;
}

export interface CatalogModel {
    kind: 'catalog';
    title: string;
    members: Array<{ contact: ContactModel } | { commitment: CommitmentModel }>;
}

export interface PlanModel {
    imports: string[];
    body?: CtapModel | ReportModel | CatalogModel;
}

/** Every keyword of grammar/action-plan.langium: an id must not be one of them. */
export const KEYWORDS = new Set(
    (
        'import ctap forum document agenda item title purpose submitted by meeting at on economy calendar year last ' +
        'updated objective contact name phone ext fax email summary achievements forward work capacity building needs ' +
        'section role commitment continues note undertaken planned participated offers as inline assistance report ' +
        'date intro area footer catalog'
    ).split(' '),
);

export const HEADER_KEYS: Record<HeaderField, string> = {
    forum: 'forum',
    document: 'document',
    'agenda item': 'agendaItem',
    title: 'title',
    purpose: 'purpose',
    'submitted by': 'submittedBy',
    economy: 'economy',
    objective: 'objective',
};

export const CONTACT_KEYS: Record<ContactField, string> = {
    name: 'fullName',
    title: 'title',
    phone: 'phone',
    fax: 'fax',
    email: 'email',
};

export const SUMMARY_KEYS = {
    achievements: 'achievements',
    'forward work': 'forwardWork',
    'capacity building needs': 'capacityNeeds',
} as const;
