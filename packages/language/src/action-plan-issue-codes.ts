/** Stable diagnostic codes. Each is documented in docs/diagnostics.md. */
export namespace IssueCodes {
    export const SyntaxError = 'syntax-error';
    export const UnresolvedReference = 'unresolved-reference';
}

const DOCS_URL = 'https://github.com/actionplan/actionplan/blob/main/docs/diagnostics.md';

/** The documentation link attached to every diagnostic as `codeDescription`. */
export function codeDescriptionHref(code: string): string {
    return `${DOCS_URL}#${code}`;
}
