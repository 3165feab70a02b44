// The cross-economy summary: which commitments each plan reports on, who the contacts
// are, and capacity-building needs matched with other economies' offers. Its JSON form
// is described by docs/summary.schema.json.

/** `none`: listed without measures; `absent`: not listed at all. */
export type CommitmentStatus = 'undertaken' | 'planned' | 'both' | 'none' | 'absent';

export interface SummaryPlan {
    /** The path as given (the key of every `status` object). */
    file: string;
    economy?: string;
    calendarYear?: number;
    lastUpdated?: string;
    errors: number;
    warnings: number;
}

export interface SummaryCell {
    status: CommitmentStatus;
    /** Measures undertaken and planned for the commitment in that plan. */
    undertaken: number;
    planned: number;
}

export interface SummaryCommitment {
    section: string;
    /** The catalog's wording (or the first plan's, for a commitment no catalog lists). */
    text: string;
    years: number[];
    /** True when the row is a commitment of the template's catalog. */
    catalog: boolean;
    status: Record<string, SummaryCell>;
}

export interface SummaryContact {
    file: string;
    economy?: string;
    section: string;
    role?: string;
    name?: string;
    title?: string;
    email?: string;
}

export interface SummaryOffer {
    file: string;
    economy?: string;
    section: string;
    commitment: string;
    text: string;
    /** TF-IDF cosine similarity of the need's and the offer's words, 0–1. */
    score: number;
}

export interface SummaryMatch {
    need: string;
    file: string;
    economy?: string;
    section: string;
    commitment: string;
    /** Other economies' offers for the same commitment, best first. */
    offers: SummaryOffer[];
    /** Other economies' offers for other commitments whose text is close (score ≥ SIMILAR_OFFER_SCORE). */
    similar: SummaryOffer[];
}

export interface PlanSummary {
    plans: SummaryPlan[];
    commitments: SummaryCommitment[];
    contacts: SummaryContact[];
    matches: SummaryMatch[];
}

/** A commitment of a template's catalog: the rows every plan is compared against. */
export interface CatalogCommitment {
    section: string;
    text: string;
    years: number[];
}
