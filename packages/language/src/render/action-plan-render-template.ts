// The fixed wording of the APEC Counter-Terrorism Action Plan template, exactly
// as the Japan 2013 plan (seeds/004) prints it. The text export must reproduce
// it to the letter so that the importer recognises the headings again.
import type { BlockKindName } from './action-plan-render-types.js';

export const PLAN_TITLE = 'APEC COUNTER-TERRORISM ACTION PLAN';
export const ECONOMY_LABEL = 'ECONOMY:';
export const CALENDAR_YEAR_LABEL = 'CALENDAR YEAR:';
export const LAST_UPDATED_LABEL = 'LAST UPDATED:';
export const EXECUTIVE_SUMMARY = 'EXECUTIVE SUMMARY';

export const SUMMARY_HEADINGS = {
    achievements:
        "1. Summary of main achievements/progress in implementing Leaders' and Ministers' commitments since last update.",
    forwardWork: "2. Summary of forward work program to implement Leaders' and Ministers' commitments.",
    capacityNeeds:
        "3. Summary of capacity building needs and opportunities that would accelerate/strengthen the implementation of APEC Leaders' and Ministers' commitments by your economy and in the region.",
} as const;

export const COMMITMENTS_HEADING = "LEADERS' AND MINISTERS' COMMITMENTS";

export const BLOCK_HEADINGS: Record<BlockKindName, string> = {
    undertaken: 'MEASURES UNDERTAKEN SINCE LAST UPDATE TO IMPLEMENT COMMITMENTS',
    planned: 'FURTHER MEASURES PLANNED TO IMPLEMENT COMMITMENTS (indicate timeframe)',
    participated:
        'PLEASE DESCRIBE THE APEC CAPACITY BUILDING ACTIVITIES IN WHICH YOUR ECONOMY PARTICIPATED DURING THE LAST YEAR. WHAT BENEFITS DID YOUR ECONOMY DERIVE FROM THESE ACTIVITIES? WHAT FOLLOW-ON ACTIVITIES WOULD BE USEFUL?',
    needs: 'WHAT SPECIFIC CAPACITY BUILDING NEEDS DOES YOUR ECONOMY HAVE THAT HINDER YOUR ABILITY TO IMPLEMENT COMMITMENTS, AND WHAT CAPACITY BUILDING OPPORTUNITIES COULD BE PROVIDED THROUGH APEC TO ADDRESS THESE NEEDS? PLEASE BE AS SPECIFIC AS POSSIBLE REGARDING THE TYPES OF CAPACITY BUILDING ACTIVITIES THAT WOULD BENEFIT YOUR ECONOMY (E.G., SEMINARS, WORKSHOPS, INFORMATION SHARING, BEST PRACTICES, SPECIALIZED TRAINING, ETC.)',
    offers: 'WHAT KIND OF EXPERTISE AND/OR ASSISTANCE COULD YOUR ECONOMY PROVIDE TO OTHER APEC MEMBERS THAT COULD HELP ADDRESS THEIR CAPACITY BUILDING NEEDS? PLEASE BE AS SPECIFIC AS POSSIBLE REGARDING THE TYPES OF CAPACITY BUILDING ACTIVITIES THAT YOUR ECONOMY COULD PROVIDE (E.G., SEMINARS, WORKSHOPS, INFORMATION SHARING, BEST PRACTICES, SPECIALIZED TRAINING, ETC.)',
};

/** Short names for the blocks, for the Markdown and HTML renderings. */
export const BLOCK_TITLES: Record<BlockKindName, string> = {
    undertaken: 'Measures undertaken since last update to implement commitments',
    planned: 'Further measures planned to implement commitments (indicate timeframe)',
    participated: 'APEC capacity building activities the economy participated in during the last year',
    needs: 'Capacity building needs that hinder implementing the commitments',
    offers: 'Expertise and assistance the economy could provide to other APEC members',
};

export const ASSISTANCE_HEADING = 'POSSIBLE ASSISTANCE AND EXPERTISE TO OFFER';
export const DEFAULT_ROLE = 'Contact Point';
export const ASSISTANCE_ROLE = 'Contact Point for Assistance and Expertise not included above';

/** Headings of the Markdown and HTML renderings, in sentence case. */
export const COMMITMENTS_TITLE = "Leaders' and Ministers' commitments";
export const ASSISTANCE_TITLE = 'Possible assistance and expertise to offer';
export const SUMMARY_TITLE = 'Executive summary';
