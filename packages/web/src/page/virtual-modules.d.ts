/** Written by build.mjs from the grammar (grammar/action-plan.langium) when the site is built. */
declare module 'virtual:actionplan-grammar' {
    /** Every keyword of the grammar that is a word (`ctap`, `commitment`, …). */
    export const KEYWORDS: readonly string[];
}
