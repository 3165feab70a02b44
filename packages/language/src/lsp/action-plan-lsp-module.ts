import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumServices } from 'langium/lsp';
import type { ActionPlanServices, ActionPlanSharedServices } from '../action-plan-module.js';
import { ActionPlanCodeLensProvider } from './action-plan-code-lens.js';
import { ActionPlanCompletionProvider } from './action-plan-completion.js';
import { ActionPlanDocumentSymbolProvider } from './action-plan-document-symbols.js';
import { ActionPlanFoldingRangeProvider } from './action-plan-folding.js';
import { ActionPlanFormatter } from './action-plan-formatter.js';
import { ActionPlanHoverProvider } from './action-plan-hover.js';
import { ActionPlanRenameProvider } from './action-plan-rename.js';
import { ActionPlanSemanticTokenProvider } from './action-plan-semantic-tokens.js';
import { ActionPlanLanguageServer } from './action-plan-selection-ranges.js';
import { ActionPlanDocumentBuilder } from '../workspace/action-plan-document-builder.js';

/**
 * The editor features (issue 5), kept in one module so that the language module
 * stays small; injected after ActionPlanModule by createActionPlanServices.
 */
export const ActionPlanLspModule: Module<ActionPlanServices, PartialLangiumServices> = {
    lsp: {
        CodeLensProvider: (services) => new ActionPlanCodeLensProvider(services),
        CompletionProvider: (services) => new ActionPlanCompletionProvider(services),
        DocumentSymbolProvider: () => new ActionPlanDocumentSymbolProvider(),
        FoldingRangeProvider: (services) => new ActionPlanFoldingRangeProvider(services),
        Formatter: () => new ActionPlanFormatter(),
        HoverProvider: (services) => new ActionPlanHoverProvider(services),
        RenameProvider: (services) => new ActionPlanRenameProvider(services),
        SemanticTokenProvider: (services) => new ActionPlanSemanticTokenProvider(services),
    },
};

/**
 * Shared services: the language server (adds selection ranges) and the document
 * builder (revalidates a plan when a file it imports changes).
 */
export const ActionPlanSharedLspModule = {
    lsp: {
        LanguageServer: (services: LangiumSharedServices) => new ActionPlanLanguageServer(services),
    },
    workspace: {
        DocumentBuilder: (services: ActionPlanSharedServices) => new ActionPlanDocumentBuilder(services),
    },
};
