// The fixed wording of the APEC Counter-Terrorism Action Plan template, exactly
// as the Japan 2013 plan (seeds/004) prints it. The text export must reproduce
// it to the letter so that the importer recognises the headings again. The
// blocks' headings are facts of their own (facts/action-plan-blocks.ts).

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

export const ASSISTANCE_HEADING = 'POSSIBLE ASSISTANCE AND EXPERTISE TO OFFER';

/** Headings of the Markdown and HTML renderings, in sentence case. */
export const COMMITMENTS_TITLE = "Leaders' and Ministers' commitments";
export const ASSISTANCE_TITLE = 'Possible assistance and expertise to offer';
export const SUMMARY_TITLE = 'Executive summary';
