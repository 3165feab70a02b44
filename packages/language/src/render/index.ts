// render/ — the exporters. The linked tree → a plain, versioned export model
// (action-plan-render-model, schema docs/plan.schema.json) → one renderer a format:
// canonical text, JSON, Markdown, HTML (action-plan-render picks one). The renderers
// read half-broken trees safely; whether a plan may be exported at all is decided once,
// in action-plan-exportability, for the CLI and the editor alike.
export { exportPlan, EXPORT_FORMATS } from './action-plan-render.js';
export type { ExportFormat } from './action-plan-render.js';
export type { PlanExport } from './action-plan-render-types.js';
export { exportability, exportDocument } from './action-plan-exportability.js';
export type { DocumentExport, Exportability } from './action-plan-exportability.js';
