import { inject } from 'langium';
import type { Module } from 'langium';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import type {
    DefaultSharedModuleContext,
    LangiumServices,
    LangiumSharedServices,
    PartialLangiumServices,
} from 'langium/lsp';
import { ActionPlanGeneratedModule, ActionPlanGeneratedSharedModule } from './generated/module.js';
import { ActionPlanDocumentValidator } from './validation/action-plan-document-validator.js';
import { ActionPlanScopeComputation } from './link/action-plan-scope-computation.js';
import { ActionPlanScopeProvider } from './link/action-plan-scope-provider.js';
import { ActionPlanLinker } from './link/action-plan-linker.js';
import { ActionPlanReferenceDescriptionProvider } from './link/action-plan-reference-descriptions.js';
import { ActionPlanValidator, registerValidationChecks } from './validation/action-plan-validator.js';
import { ActionPlanLexer } from './parse/action-plan-lexer.js';
import { ActionPlanValueConverter } from './parse/action-plan-value-converter.js';
import { createActionPlanCompletionParser, createActionPlanParser } from './parse/action-plan-parser.js';
import { revalidateOnSettingsChange } from './workspace/action-plan-settings-revalidation.js';
import { ActionPlanCodeActionProvider } from './lsp/action-plan-code-actions.js';
import { ActionPlanLspModule, ActionPlanSharedLspModule } from './lsp/action-plan-lsp-module.js';
import { registerImportChecks } from './workspace/action-plan-import-validation.js';
import { ActionPlanCommandModule } from './lsp/action-plan-command-handler.js';

/** Services this language adds to Langium's defaults. */
export type ActionPlanAddedServices = {
    validation: {
        ActionPlanValidator: ActionPlanValidator;
    };
};

export type ActionPlanServices = LangiumServices & ActionPlanAddedServices;

export const ActionPlanModule: Module<ActionPlanServices, PartialLangiumServices & ActionPlanAddedServices> = {
    parser: {
        LangiumParser: (services) => createActionPlanParser(services),
        Lexer: (services) => new ActionPlanLexer(services),
        CompletionParser: (services) => createActionPlanCompletionParser(services),
        ValueConverter: () => new ActionPlanValueConverter(),
    },
    references: {
        ScopeComputation: (services) => new ActionPlanScopeComputation(services),
        ScopeProvider: (services) => new ActionPlanScopeProvider(services),
        Linker: (services) => new ActionPlanLinker(services),
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new ActionPlanReferenceDescriptionProvider(services),
    },
    validation: {
        DocumentValidator: (services) => new ActionPlanDocumentValidator(services),
        ActionPlanValidator: () => new ActionPlanValidator(),
    },
    lsp: {
        CodeActionProvider: () => new ActionPlanCodeActionProvider(),
    },
};

/** Creates the shared and language services; `context.connection` is set for the language server only. */
export function createActionPlanServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    ActionPlan: ActionPlanServices;
} {
    const shared = inject(
        createDefaultSharedModule(context),
        ActionPlanGeneratedSharedModule,
        ActionPlanCommandModule,
        ActionPlanSharedLspModule,
    );
    const ActionPlan = inject(
        createDefaultModule({ shared }),
        ActionPlanGeneratedModule,
        ActionPlanModule,
        ActionPlanLspModule,
    );
    shared.ServiceRegistry.register(ActionPlan);
    registerValidationChecks(ActionPlan);
    registerImportChecks(ActionPlan);
    if (context.connection) {
        revalidateOnSettingsChange(shared, ActionPlan.LanguageMetaData.languageId);
    } else {
        // Outside a language server nobody sends a configuration; start with defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, ActionPlan };
}
