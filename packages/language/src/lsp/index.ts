// lsp/ — editor features over the linked, validated tree, one provider a file:
// completion, outline, hover, rename, folding, selection ranges, semantic tokens, code
// lens, formatting (action-plan-formatter, the editor's edits over layout/'s canonical layout),
// code actions with their quick fixes and the one list of safe fixes
// (action-plan-fix-all, also `lint --fix`), and the `workspace/executeCommand` handler
// the extension and the web editor use for export, import and the summary.
export { ActionPlanLspModule, ActionPlanSharedLspModule } from './action-plan-lsp-module.js';
export { ActionPlanCommandModule, ActionPlanCommands } from './action-plan-command-handler.js';
export type {
    ExportCommandArgs,
    ExportCommandError,
    ExportCommandResult,
    ImportCommandArgs,
    ImportCommandResult,
} from './action-plan-command-handler.js';
export { ActionPlanCodeActionProvider } from './action-plan-code-actions.js';
export { applySafeFixes, hasSafeFix } from './action-plan-fix-all.js';
export type { AppliedFix } from './action-plan-fix-all.js';
