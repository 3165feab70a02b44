// Public API of @actionplan/language. Importing it loads the polyfills first.
import './polyfills.js';

export * from './action-plan-module.js';
export * from './action-plan-issue-codes.js';
export * from './action-plan-documents.js';
export * from './generated/ast.js';
export { formatPlanText } from './lsp/action-plan-formatter.js';
export type { FormatResult } from './lsp/action-plan-formatter.js';
export { ActionPlanDocumentValidator, RULE_OVERRIDES_VARIABLE } from './action-plan-document-validator.js';
export * from './config/action-plan-config.js';
export { applySafeFixes } from './lsp/action-plan-fix-all.js';
export type { AppliedFix } from './lsp/action-plan-fix-all.js';
export { exportPlan, EXPORT_FORMATS } from './export/action-plan-export.js';
export type { ExportFormat } from './export/action-plan-export.js';
export type { PlanExport } from './export/action-plan-export-types.js';
export { importCanonicalText, ImportError } from './import/action-plan-import.js';
export type { ImportForm, ImportNotice, ImportResult } from './import/action-plan-import.js';
