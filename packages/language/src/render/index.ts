// render/ — the exporters. The linked tree → a plain, versioned export model
// (action-plan-render-model, schema docs/plan.schema.json) → one renderer a format:
// canonical text, JSON, Markdown, HTML (action-plan-render picks one); Word lays out the
// canonical text's blocks (action-plan-render-lines → action-plan-render-docx). The renderers
// read half-broken trees safely; whether a plan may be exported at all is decided once,
// in action-plan-exportability, for the CLI and the editor alike.
export { exportPlan, exportPlanDocx, EXPORT_FORMATS, BINARY_EXPORT_FORMATS } from './action-plan-render.js';
export type { BinaryExportFormat, ExportFormat } from './action-plan-render.js';
export type { PlanExport } from './action-plan-render-types.js';
export { exportability, exportDocument, exportDocumentDocx } from './action-plan-exportability.js';
export type { DocumentDocxExport, DocumentExport, Exportability } from './action-plan-exportability.js';
