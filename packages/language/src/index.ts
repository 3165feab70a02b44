// Public API of @actionplan/language. Importing it loads the polyfills first.
import './polyfills.js';

export * from './action-plan-module.js';
export * from './validation/action-plan-issue-codes.js';
export * from './workspace/action-plan-documents.js';
export * from './generated/ast.js';
export { isPlanPath, PLAN_EXTENSION } from './facts/index.js';
export { formatPlanText } from './lsp/action-plan-formatter.js';
export type { FormatResult } from './lsp/action-plan-formatter.js';
export { ActionPlanDocumentValidator, RULE_OVERRIDES_VARIABLE } from './validation/action-plan-document-validator.js';
export * from './workspace/action-plan-config.js';
export { applySafeFixes } from './lsp/action-plan-fix-all.js';
export type { AppliedFix } from './lsp/action-plan-fix-all.js';
export { exportPlan, EXPORT_FORMATS } from './render/action-plan-render.js';
export type { ExportFormat } from './render/action-plan-render.js';
export type { PlanExport } from './render/action-plan-render-types.js';
export { importCanonicalText, ImportError } from './from-text/action-plan-from-text.js';
export type { ImportForm, ImportNotice, ImportResult } from './from-text/action-plan-from-text.js';
