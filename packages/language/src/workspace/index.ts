// workspace/ — documents and what surrounds them. The DSL's `import "…"` statement
// (action-plan-imports: resolve, load, cycles, the text scan) and its rules
// (action-plan-import-validation); rule settings (action-plan-rule-settings: editor
// settings, `.actionplanrc.json` read by action-plan-config, the host's overrides) and
// re-validation when the editor's settings change; the document builder (relinks
// importers, orders requests behind edits). Files are read only through Langium's
// FileSystemProvider, which the host passes in, wrapped in a DecodingFileSystemProvider:
// bytes become text in one place (action-plan-text-decoding: BOM, UTF-16, strict UTF-8,
// not-text; action-plan-text-encoding writes text back the way it was stored).
export { ActionPlanImports } from './action-plan-imports.js';
export type { ImportProblem } from './action-plan-imports.js';
export { registerImportChecks } from './action-plan-import-validation.js';
export { ActionPlanRuleSettings } from './action-plan-rule-settings.js';
export type { DocumentRuleSettings } from './action-plan-rule-settings.js';
export * from './action-plan-config.js';
export { revalidateOnSettingsChange } from './action-plan-settings-revalidation.js';
export { ActionPlanDocumentBuilder } from './action-plan-document-builder.js';
export * from './action-plan-documents.js';
export { DecodingFileSystemProvider, decodingFileSystem } from './action-plan-decoding-file-system.js';
export {
    UnknownEncodingError,
    checkEncoding,
    decodeBytes,
    describeDecodeProblem,
    notTextAt,
    positionAt,
} from './action-plan-text-decoding.js';
export type {
    DecodeOptions,
    DecodePosition,
    DecodeProblem,
    DecodedText,
    InvalidBytes,
    LegacyCodec,
    NotText,
} from './action-plan-text-decoding.js';
export { encodeText, withLineEndings } from './action-plan-text-encoding.js';
