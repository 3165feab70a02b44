// @actionplan/language: the browser-safe core. Parser, linker, rules, LSP
// features, renderers and the canonical-text importer; no Node built-ins, so the
// same code runs in a Web Worker. File-system access and the path-based API are in
// the Node entry, @actionplan/language/node. docs/architecture.md describes both.

// Services: what a language server (Node or Web Worker) or a headless host starts from.
export * from './action-plan-module.js';
export * from './api/index.js';
export { EmptyFileSystem } from 'langium';
export type { FileSystemProvider } from 'langium';
export type { Diagnostic } from 'vscode-languageserver';
export { DiagnosticSeverity } from 'vscode-languageserver';

// Rules: codes and the validator; rule settings, `.actionplanrc.json` and the import statement.
export * from './validation/index.js';
export {
    ActionPlanImports,
    ActionPlanRuleSettings,
    CONFIG_FILE_NAME,
    ConfigError,
    RULE_SETTINGS,
    diagnoseFiles,
    findConfig,
    parseConfig,
    ruleSettingProblem,
} from './workspace/index.js';

// Bytes and text: the one decoder (BOM, UTF-16, strict UTF-8, not-text) and its way back.
export {
    DecodingFileSystemProvider,
    UnknownEncodingError,
    decodeBytes,
    describeDecodeProblem,
    encodeText,
    withLineEndings,
} from './workspace/index.js';
export type { DecodeOptions, DecodeProblem, DecodedText, LegacyCodec } from './workspace/index.js';
export type {
    ActionPlanConfig,
    DocumentRuleSettings,
    FileDiagnostics,
    ImportProblem,
    RuleSetting,
    RuleSettings,
} from './workspace/index.js';

// Editor features used headless: the formatter, the safe fixes, the commands' shapes.
export { applySafeFixes, hasSafeFix, ActionPlanCommands } from './lsp/index.js';
export { formatPlanText } from './layout/index.js';
export type { FormatResult } from './layout/index.js';
export type {
    AppliedFix,
    ExportCommandArgs,
    ExportCommandResult,
    ImportCommandArgs,
    ImportCommandResult,
} from './lsp/index.js';

// Canonical text and Word in (the importers) and out (the renderers, and the one export decision).
export * from './from-text/index.js';
export * from './from-docx/index.js';
export * from './render/index.js';

// Plan facts (facts/): what a plan's parts are called and how they read; the plan file extension.
export {
    BLOCK_HEADINGS,
    BLOCK_KINDS,
    BLOCK_TITLES,
    PLAN_EXTENSION,
    contactDisplayName,
    isPlanPath,
    sectionLabel,
    wordingText,
} from './facts/index.js';

// Views over many plans: the cross-economy summary and the semantic diff.
export * from './views/index.js';
// Templates: the plan forms as data, and the text similarity that matches drifted wording.
export {
    ActionPlanTemplates,
    IMPORT_TEMPLATES,
    SAME_TEXT_THRESHOLD,
    isSameText,
    similarityWords,
    textSimilarity,
    wordSimilarity,
} from './template/index.js';
export type {
    RollForwardOptions,
    RollForwardResult,
    TemplateCommitment,
    TemplateModel,
    TemplateSection,
} from './template/index.js';

// The syntax tree.
export * from './generated/ast.js';
