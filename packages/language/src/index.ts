// @actionplan/language: the browser-safe core. Parser, linker, rules, LSP
// features, renderers and the canonical-text importer; no Node built-ins, so the
// same code runs in a Web Worker. File-system access and the path-based API are in
// the Node entry, @actionplan/language/node. docs/architecture.md describes both.

// Services: what a language server (Node or Web Worker) or a headless host starts from.
export * from './action-plan-module.js';
export { startActionPlanLanguageServer } from './api/action-plan-language-server.js';
export { ActionPlanEngine, URI } from './api/action-plan-engine.js';
export type { ActionPlanEngineOptions, DocumentDiagnostics, DocumentFix } from './api/action-plan-engine.js';
export { EmptyFileSystem } from 'langium';
export type { FileSystemProvider } from 'langium';
export type { Diagnostic } from 'vscode-languageserver';
export { DiagnosticSeverity } from 'vscode-languageserver';

// Text in, text out.
export { formatText, importText } from './api/action-plan-text.js';
export { formatPlanText } from './lsp/action-plan-formatter.js';
export type { FormatResult } from './lsp/action-plan-formatter.js';
export { importCanonicalText, ImportError } from './from-text/action-plan-from-text.js';
export type { ImportForm, ImportNotice, ImportResult } from './from-text/action-plan-from-text.js';

// Export: the renderers and the one decision whether a plan can be exported.
export { exportPlan, EXPORT_FORMATS } from './render/action-plan-render.js';
export type { ExportFormat } from './render/action-plan-render.js';
export type { PlanExport } from './render/action-plan-render-types.js';
export { exportability, exportDocument } from './render/action-plan-exportability.js';
export type { DocumentExport, Exportability } from './render/action-plan-exportability.js';

// Rules: codes, settings, fixes.
export * from './validation/action-plan-issue-codes.js';
export * from './workspace/action-plan-config.js';
export { ActionPlanDocumentValidator } from './validation/action-plan-document-validator.js';
export { ActionPlanRuleSettings } from './workspace/action-plan-rule-settings.js';
export type { DocumentRuleSettings } from './workspace/action-plan-rule-settings.js';
export { applySafeFixes, hasSafeFix } from './lsp/action-plan-fix-all.js';
export type { AppliedFix } from './lsp/action-plan-fix-all.js';
export { ActionPlanImports } from './workspace/action-plan-imports.js';
export type { ImportProblem } from './workspace/action-plan-imports.js';
export * from './workspace/action-plan-documents.js';

// Plan facts: names, labels, wording, quoting, the plan file extension.
export * from './facts/index.js';

// The syntax tree.
export * from './generated/ast.js';
