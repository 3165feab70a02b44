// from-text/ — the canonical-text importer: the CTAP template or a progress report,
// as converted from the published documents, → an `.actionplan` file. Lexed line by
// line, parsed with Chevrotain into a plan model, interpreted, printed as statements
// and laid out by layout/ (the formatter's code). Not to be confused with the DSL's
// `import "…"` statement (workspace/action-plan-imports).
export { importCanonicalText, ImportError, readCanonicalText } from './action-plan-from-text.js';
export type { ImportForm, ImportNotice, ImportOptions, ImportResult } from './action-plan-from-text.js';
