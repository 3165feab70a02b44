// The result of comparing two plans: a list of changes, each an object that
// tools read (docs/diff.schema.json) and that the text and Markdown renderers print.
import type { BlockKind } from '../generated/ast.js';
import type { WordDiffPart } from './action-plan-words.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';
export type ChangeSubject = 'header' | 'contact' | 'commitment' | 'measure';
/** The five per-commitment blocks, and the lists outside sections (summary, assistance, a report's areas). */
export type ChangeBlock =
    BlockKind | 'achievements' | 'forward work' | 'capacity building needs' | 'assistance' | 'items';

export interface PlanChange {
    kind: ChangeKind;
    what: ChangeSubject;
    /** A section id (`A.1`), `summary`, `assistance`, or a report's area (`area 2`). */
    section?: string;
    block?: ChangeBlock;
    /** The commitment a measure belongs to (its wording in the new plan, or the old one when removed). */
    commitment?: string;
    /** The header or contact field that changed, or `years` / `timeframe` / `wording` / `person`. */
    field?: string;
    /** The thing added, removed or moved. */
    text?: string;
    /** The whole old and new values of a change. */
    old?: string;
    new?: string;
    /** A move between blocks (a planned measure that became undertaken). */
    from?: ChangeBlock;
    to?: ChangeBlock;
    /** Word-level diff of `old` → `new` for changed wording. */
    words?: WordDiffPart[];
}

export interface PlanDiff {
    equivalent: boolean;
    changes: PlanChange[];
}
