// api/ — the headless public API over the services: ActionPlanEngine (lint, fix and
// export documents and texts; it owns its documents' lifetimes), formatText,
// importText, newPlan and rollForward (templates), and startActionPlanLanguageServer for a host's own connection (Node's
// stdio in src/main.ts, a Web Worker's message port in the web editor). Browser-safe;
// the Node entry (node/) adds paths and the Node file system.
export { ActionPlanEngine, URI } from './action-plan-engine.js';
export type { ActionPlanEngineOptions, DocumentDiagnostics, DocumentFix } from './action-plan-engine.js';
export { formatText, importText, newPlan, rollForward, shippedTemplates, summaryCatalog } from './action-plan-text.js';
export type { NewPlanRequest, ShippedTemplate } from './action-plan-text.js';
export { startActionPlanLanguageServer } from './action-plan-language-server.js';
