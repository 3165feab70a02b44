// workspace/ — documents and what surrounds them. The DSL's `import "…"` statement
// (action-plan-imports: resolve, load, cycles, the text scan) and its rules
// (action-plan-import-validation); rule settings (action-plan-rule-settings: editor
// settings, `.actionplanrc.json` read by action-plan-config, the host's overrides) and
// re-validation when the editor's settings change; the document builder (relinks
// importers, orders requests behind edits). Files are read only through Langium's
// FileSystemProvider, which the host passes in.
export { ActionPlanImports } from './action-plan-imports.js';
export type { ImportProblem } from './action-plan-imports.js';
export { registerImportChecks } from './action-plan-import-validation.js';
export { ActionPlanRuleSettings } from './action-plan-rule-settings.js';
export type { DocumentRuleSettings } from './action-plan-rule-settings.js';
export * from './action-plan-config.js';
export { revalidateOnSettingsChange } from './action-plan-settings-revalidation.js';
export { ActionPlanDocumentBuilder } from './action-plan-document-builder.js';
export * from './action-plan-documents.js';
