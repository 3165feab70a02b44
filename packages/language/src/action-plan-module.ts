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
import { ActionPlanRuleSettings } from './workspace/action-plan-rule-settings.js';
import type { RuleSettings } from './workspace/action-plan-config.js';
import { ActionPlanImports } from './workspace/action-plan-imports.js';

/** Services this language adds to Langium's defaults. */
export type ActionPlanAddedServices = {
    validation: {
        ActionPlanValidator: ActionPlanValidator;
    };
    workspace: {
        /** Rule settings: editor settings, `.actionplanrc.json`, the host's overrides. */
        RuleSettings: ActionPlanRuleSettings;
    };
};

/** What the host gives createActionPlanServices: a file system, a connection (language server only), rule overrides. */
export type ActionPlanServicesContext = DefaultSharedModuleContext & {
    /** Rule settings that win over every config file (the CLI's `--rule`). */
    ruleOverrides?: RuleSettings;
};

/** Shared services this language adds: the `import "…"` statement's owner. */
export type ActionPlanAddedSharedServices = {
    workspace: {
        PlanImports: ActionPlanImports;
    };
};

export type ActionPlanSharedServices = LangiumSharedServices & ActionPlanAddedSharedServices;

export type ActionPlanServices = LangiumServices & ActionPlanAddedServices & { shared: ActionPlanSharedServices };

const ActionPlanSharedModule: Module<ActionPlanSharedServices, ActionPlanAddedSharedServices> = {
    workspace: {
        PlanImports: (shared) => new ActionPlanImports(shared),
    },
};

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
        RuleSettings: (services) => new ActionPlanRuleSettings(services.shared, services.LanguageMetaData.languageId),
    },
    validation: {
        DocumentValidator: (services) => new ActionPlanDocumentValidator(services),
        ActionPlanValidator: () => new ActionPlanValidator(),
    },
    lsp: {
        CodeActionProvider: () => new ActionPlanCodeActionProvider(),
    },
};

/**
 * Creates the shared and language services; `context.connection` is set for the
 * language server only. Browser-safe: the file system comes in through the context
 * (`NodeFileSystem` from `@actionplan/language/node`, `EmptyFileSystem` or the host's own).
 */
export function createActionPlanServices(context: ActionPlanServicesContext): {
    shared: ActionPlanSharedServices;
    ActionPlan: ActionPlanServices;
} {
    const shared = inject(
        createDefaultSharedModule(context),
        ActionPlanGeneratedSharedModule,
        ActionPlanSharedModule,
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
    if (context.ruleOverrides) ActionPlan.workspace.RuleSettings.setOverrides(context.ruleOverrides);
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
