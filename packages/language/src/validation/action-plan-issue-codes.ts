/** Stable diagnostic codes. Each is documented in docs/diagnostics.md. */
export namespace IssueCodes {
    export const SyntaxError = 'syntax-error';
    export const NotText = 'not-text';
    export const UnresolvedReference = 'unresolved-reference';
    export const MissingContact = 'missing-contact';
    export const DuplicateCommitment = 'duplicate-commitment';
    export const DuplicateMeasure = 'duplicate-measure';
    export const DuplicateField = 'duplicate-field';
    export const MisplacedBlock = 'misplaced-block';
    export const DuplicateSection = 'duplicate-section';
    export const ConflictingContact = 'conflicting-contact';
    export const InvalidYear = 'invalid-year';
    export const InvalidMonth = 'invalid-month';
    export const UnsortedYears = 'unsorted-years';
    export const MissingTimeframe = 'missing-timeframe';
    export const StaleLastUpdated = 'stale-last-updated';
    export const InvalidEmail = 'invalid-email';
    export const InvalidPhone = 'invalid-phone';
    export const EmptySection = 'empty-section';
    export const UnreportedCommitment = 'unreported-commitment';
    export const UnusedSuppression = 'unused-suppression';
    export const InvalidConfig = 'invalid-config';
    export const UnresolvedImport = 'unresolved-import';
    export const ImportCycle = 'import-cycle';
    export const ImportOutsideWorkspace = 'import-outside-workspace';
    export const UnresolvedTemplate = 'unresolved-template';
    export const MissingSection = 'missing-section';
    export const UnexpectedSection = 'unexpected-section';
    export const SectionOrder = 'section-order';
    export const SectionTitle = 'section-title';
    export const MissingHeaderField = 'missing-header-field';
    export const MissingRoleContact = 'missing-role-contact';
    export const MissingTemplateCommitment = 'missing-template-commitment';
    export const CommitmentWording = 'commitment-wording';
    export const CommitmentYears = 'commitment-years';
    export const UnknownCommitment = 'unknown-commitment';
    export const PastTimeframe = 'past-timeframe';
    export const FutureLastUpdated = 'future-last-updated';
}

export type RuleSeverity = 'error' | 'warning' | 'info' | 'hint';

/** Every code with its default severity and a one-line help text (SARIF rules, docs). */
export const ISSUE_CODE_INFO: Record<string, { severity: RuleSeverity; help: string }> = {
    [IssueCodes.SyntaxError]: {
        severity: 'error',
        help: 'The text is not valid ActionPlan syntax, or has bytes that are not valid in its encoding.',
    },
    [IssueCodes.NotText]: {
        severity: 'error',
        help: 'The file is not text (NUL bytes, or mostly control characters): one error instead of one per byte.',
    },
    [IssueCodes.UnresolvedReference]: {
        severity: 'error',
        help: 'A reference names no contact or commitment of this file or of the files it imports.',
    },
    [IssueCodes.MissingContact]: {
        severity: 'error',
        help: 'A CTAP section with commitments, or the closing assistance part, has no contact point.',
    },
    [IssueCodes.DuplicateCommitment]: {
        severity: 'error',
        help: 'Two commitments of one plan have the same id or the same text.',
    },
    [IssueCodes.DuplicateMeasure]: {
        severity: 'warning',
        help: 'The same measure is listed twice for one commitment.',
    },
    [IssueCodes.DuplicateField]: {
        severity: 'error',
        help: 'A field of the header, a contact or the summary is given twice; only the last value would be kept.',
    },
    [IssueCodes.MisplacedBlock]: {
        severity: 'error',
        help: "A measure block stands in another section than its commitment's; every export would move the commitment there.",
    },
    [IssueCodes.DuplicateSection]: {
        severity: 'error',
        help: 'Two sections of a plan (or of a plan and a file it imports) have the same id.',
    },
    [IssueCodes.ConflictingContact]: {
        severity: 'warning',
        help: 'Two contacts for the same person differ in title, phone, fax or e-mail.',
    },
    [IssueCodes.InvalidYear]: {
        severity: 'error',
        help: "A year is not four digits, is before APEC's founding (1989) or after the plan's calendar year.",
    },
    [IssueCodes.InvalidMonth]: { severity: 'error', help: 'A date names no month of the year.' },
    [IssueCodes.UnsortedYears]: { severity: 'hint', help: 'A year group is not in ascending order or repeats a year.' },
    [IssueCodes.MissingTimeframe]: { severity: 'warning', help: 'A further measure planned has no timeframe.' },
    [IssueCodes.StaleLastUpdated]: {
        severity: 'warning',
        help: "The plan's last update is earlier than the start of its calendar year.",
    },
    [IssueCodes.InvalidEmail]: { severity: 'warning', help: "A contact's e-mail address is malformed." },
    [IssueCodes.InvalidPhone]: {
        severity: 'warning',
        help: "A contact's phone number, extension or fax is malformed.",
    },
    [IssueCodes.EmptySection]: { severity: 'warning', help: 'A section has neither commitments nor subsections.' },
    [IssueCodes.UnreportedCommitment]: {
        severity: 'info',
        help: 'A commitment has no measure undertaken and none planned.',
    },
    [IssueCodes.UnusedSuppression]: { severity: 'hint', help: 'A suppression comment silences no diagnostic.' },
    [IssueCodes.InvalidConfig]: { severity: 'error', help: 'The .actionplanrc.json configuration file is invalid.' },
    [IssueCodes.UnresolvedImport]: { severity: 'error', help: 'An import names a file that does not exist.' },
    [IssueCodes.ImportCycle]: { severity: 'warning', help: 'Following the imports of a file leads back to it.' },
    [IssueCodes.ImportOutsideWorkspace]: {
        severity: 'error',
        help: 'In the editor, an import leaves the workspace folder; the file is not read.',
    },
    [IssueCodes.UnresolvedTemplate]: {
        severity: 'error',
        help: 'The template a plan names is neither a shipped template nor a template file, or is for another form.',
    },
    [IssueCodes.MissingSection]: { severity: 'error', help: "A section of the plan's template is missing." },
    [IssueCodes.UnexpectedSection]: {
        severity: 'warning',
        help: "A section is not in the plan's template, or not where the template nests it.",
    },
    [IssueCodes.SectionOrder]: {
        severity: 'warning',
        help: 'A section comes before a section its template puts ahead of it.',
    },
    [IssueCodes.SectionTitle]: { severity: 'info', help: "A section's title differs from its template's." },
    [IssueCodes.MissingHeaderField]: {
        severity: 'error',
        help: 'The header lacks economy, calendar year, last updated or another field the template requires.',
    },
    [IssueCodes.MissingRoleContact]: {
        severity: 'error',
        help: 'A section has no contact for a role its template section asks for besides the contact point.',
    },
    [IssueCodes.MissingTemplateCommitment]: {
        severity: 'warning',
        help: "A commitment of the template's section is not listed in the plan's section.",
    },
    [IssueCodes.CommitmentWording]: {
        severity: 'info',
        help: "A commitment's wording is close to, but not the same as, its template commitment's.",
    },
    [IssueCodes.CommitmentYears]: {
        severity: 'warning',
        help: "A commitment's years differ from its template commitment's.",
    },
    [IssueCodes.UnknownCommitment]: {
        severity: 'info',
        help: "A commitment matches no commitment of the plan's template.",
    },
    [IssueCodes.PastTimeframe]: {
        severity: 'warning',
        help: "A further measure planned has a timeframe before the plan's calendar year.",
    },
    [IssueCodes.FutureLastUpdated]: {
        severity: 'warning',
        help: "The plan's last update is after its meeting date or after today.",
    },
};

export const ALL_ISSUE_CODES: readonly string[] = Object.keys(ISSUE_CODE_INFO);

const DOCS_URL = 'https://github.com/actionplan/actionplan/blob/main/docs/diagnostics.md';

/** The documentation link attached to every diagnostic as `codeDescription`. */
export function codeDescriptionHref(code: string): string {
    return `${DOCS_URL}#${code}`;
}
