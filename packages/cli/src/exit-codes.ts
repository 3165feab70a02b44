/** CLI exit codes (DEVELOPERS.md): usage and I/O problems win over lint errors. */
export const ExitCode = {
    Clean: 0,
    LintErrors: 1,
    UsageOrIo: 2,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** Raised for a usage or I/O problem; printed as one line, exit 2. */
export class UsageError extends Error {}
