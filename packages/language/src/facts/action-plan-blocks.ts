// The five per-commitment blocks of the CTAP template: their order and the
// names each audience reads them by (the template's headings, the reading
// copies' titles, the editor's short names).
import type { BlockKind } from '../generated/ast.js';

/** The block kinds in the template's order (the grammar's `BlockKind` keywords). */
export const BLOCK_KINDS = [
    'undertaken',
    'planned',
    'participated',
    'needs',
    'offers',
] as const satisfies readonly BlockKind[];

/** The template's headings, exactly as seeds/004 prints them (the text export and importer rely on them). */
export const BLOCK_HEADINGS: Record<BlockKind, string> = {
    undertaken: 'MEASURES UNDERTAKEN SINCE LAST UPDATE TO IMPLEMENT COMMITMENTS',
    planned: 'FURTHER MEASURES PLANNED TO IMPLEMENT COMMITMENTS (indicate timeframe)',
    participated:
        'PLEASE DESCRIBE THE APEC CAPACITY BUILDING ACTIVITIES IN WHICH YOUR ECONOMY PARTICIPATED DURING THE LAST YEAR. WHAT BENEFITS DID YOUR ECONOMY DERIVE FROM THESE ACTIVITIES? WHAT FOLLOW-ON ACTIVITIES WOULD BE USEFUL?',
    needs: 'WHAT SPECIFIC CAPACITY BUILDING NEEDS DOES YOUR ECONOMY HAVE THAT HINDER YOUR ABILITY TO IMPLEMENT COMMITMENTS, AND WHAT CAPACITY BUILDING OPPORTUNITIES COULD BE PROVIDED THROUGH APEC TO ADDRESS THESE NEEDS? PLEASE BE AS SPECIFIC AS POSSIBLE REGARDING THE TYPES OF CAPACITY BUILDING ACTIVITIES THAT WOULD BENEFIT YOUR ECONOMY (E.G., SEMINARS, WORKSHOPS, INFORMATION SHARING, BEST PRACTICES, SPECIALIZED TRAINING, ETC.)',
    offers: 'WHAT KIND OF EXPERTISE AND/OR ASSISTANCE COULD YOUR ECONOMY PROVIDE TO OTHER APEC MEMBERS THAT COULD HELP ADDRESS THEIR CAPACITY BUILDING NEEDS? PLEASE BE AS SPECIFIC AS POSSIBLE REGARDING THE TYPES OF CAPACITY BUILDING ACTIVITIES THAT YOUR ECONOMY COULD PROVIDE (E.G., SEMINARS, WORKSHOPS, INFORMATION SHARING, BEST PRACTICES, SPECIALIZED TRAINING, ETC.)',
};

/** The headings in sentence case, for the Markdown and HTML reading copies. */
export const BLOCK_TITLES: Record<BlockKind, string> = {
    undertaken: 'Measures undertaken since last update to implement commitments',
    planned: 'Further measures planned to implement commitments (indicate timeframe)',
    participated: 'APEC capacity building activities the economy participated in during the last year',
    needs: 'Capacity building needs that hinder implementing the commitments',
    offers: 'Expertise and assistance the economy could provide to other APEC members',
};

/** Short names for the editor's hovers and lists, where a whole heading would not fit. */
export const BLOCK_SHORT_TITLES: Record<BlockKind, string> = {
    undertaken: 'measures undertaken',
    planned: 'further measures planned',
    participated: 'capacity building participated in',
    needs: 'capacity building needs',
    offers: 'expertise offered',
};

/** The editor's short name of a block kind; a half-typed kind is shown as written. */
export function blockShortTitle(kind: string): string {
    return (BLOCK_SHORT_TITLES as Record<string, string>)[kind] ?? kind;
}

/**
 * Blocks that report implementation (measures undertaken or planned), as opposed
 * to the three capacity-building questions: what counts as "reporting" a commitment.
 */
export function reportsMeasures(kind: BlockKind | undefined): boolean {
    return kind === 'undertaken' || kind === 'planned';
}
