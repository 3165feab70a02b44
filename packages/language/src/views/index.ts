// views/ — views over many plans, read from their export models (render/): the
// cross-economy summary (commitment matrix, contacts, needs matched to offers; text,
// Markdown, HTML, xlsx) and the semantic diff of two plans. Word comparison
// (similarity, word diff, TF-IDF) is action-plan-words; matching lists by meaning is
// action-plan-match. Browser-safe; exceljs is loaded only when an xlsx is asked for.
export { summarizePlans, summaryDigest, templateCatalog } from './action-plan-summary.js';
export type { SummaryInput } from './action-plan-summary.js';
export type * from './action-plan-summary-model.js';
export { SUMMARY_FORMATS, renderSummaryMarkdown, renderSummaryText } from './action-plan-summary-render.js';
export type { SummaryFormat } from './action-plan-summary-render.js';
export { renderSummaryHtml } from './action-plan-summary-html.js';
export { renderSummaryXlsx } from './action-plan-summary-xlsx.js';
export { diffPlans } from './action-plan-diff.js';
export type * from './action-plan-diff-model.js';
export { DIFF_FORMATS, renderDiff } from './action-plan-diff-render.js';
export type { DiffFormat } from './action-plan-diff-render.js';
export { wordDiff } from './action-plan-words.js';
