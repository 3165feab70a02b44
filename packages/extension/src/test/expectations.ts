// What a person sees when using the extension, shared by the two workbench
// tests: the @vscode/test-electron suite (src/test/suite) and the code-server
// browser test (e2e/workbench.e2e.mts). Both open a copy of examples/ plus the
// fixture e2e/fixtures/missing-contact.actionplan.

export const EXPECTATIONS = {
    /** The plan both tests open first: seed 004 (Japan's 2013 CTAP) as imported into examples/. */
    samplePlan: 'japan-ctap-2013.actionplan',
    /** Its status bar item: economy and calendar year. */
    sampleStatus: 'Japan 2013',
    /** Its Outline view: the sections (id and title), in order, at the top level. */
    outlineSections: [
        'A ENHANCING THE SECURE FLOW OF TRADE AND PEOPLE IN THE APEC REGION',
        'B HALTING TERRORIST FINANCING',
        'C PROMOTING CYBER SECURITY',
    ],
    /** Nested under section A. */
    outlineSubsections: [
        'A.1 Protect Cargo',
        'A.2 Protect Port Facilities and Ships Engaged in International Voyages',
        'A.3 Protect International Aviation',
        'A.4 Protect People in Transit',
        'A.5 Combat Threats to Security',
    ],
    /** A row of the Plan Summary view ("Show Plan Summary"). */
    // Counted by hand in the seed: A.1 lists 8 commitments; 11 measures undertaken and 3 planned.
    summaryRow: { label: 'A.1 Protect Cargo', description: '8 commitments, 14 measures' },
    /** The edit both tests make: text typed at line 3, column 12 (1-based, just inside the string). */
    edit: {
        line: 3,
        column: 12,
        // No colon: `Edited: …` would read as a header field, and the text export escapes it (`\\Edited: …`).
        typed: 'Edited ',
        before: 'forum "Asia-Pacific Economic Cooperation"',
        after: 'forum "Edited Asia-Pacific Economic Cooperation"',
        /** The first line of the canonical text before and after the edit. */
        firstExportLineBefore: 'Asia-Pacific Economic Cooperation',
        firstExportLine: 'Edited Asia-Pacific Economic Cooperation',
    },
    /** Where "Export to Canonical Text" writes, next to the plan. */
    exportFile: 'japan-ctap-2013.txt',
    /** The plan with mistakes and the problems it shows (1-based lines). */
    brokenPlan: 'missing-contact.actionplan',
    brokenProblems: [
        { code: 'missing-contact', line: 19, message: 'Section A.1 "Protect Cargo" has no contact point' },
        {
            code: 'unresolved-reference',
            line: 25,
            message: "Could not resolve reference to Commitment named 'secure-trad'.",
        },
    ],
    /** Completion after `contact ` inside section A.1 (a new line after line 19) offers the declared contact. */
    completion: { afterLine: 19, typed: 'contact ', offered: 'rivera' },
} as const;
