// layout/ — the canonical layout of .actionplan text, its one owner: which token
// starts a line, at which level, where a blank line separates groups
// (action-plan-layout), and the whitespace gaps that put a parsed text in that
// layout (action-plan-layout-text). The editor's formatter (lsp/), `actionplan
// format` (api/ formatText) and the canonical-text importer (from-text/) all write
// through it. Core: no LSP types, no Node built-ins.
export { computeLayout } from './action-plan-layout.js';
export type { Break, Layout, Slot } from './action-plan-layout.js';
export { INDENT, computeGaps, formatDocumentText, formatPlanText, layOutText } from './action-plan-layout-text.js';
export type { FormatResult, Gap } from './action-plan-layout-text.js';
