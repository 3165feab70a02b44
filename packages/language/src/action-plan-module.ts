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
import {
    ActionPlanLexer,
    ActionPlanParserErrorMessageProvider,
    ActionPlanValueConverter,
    createActionPlanCompletionParser,
    createActionPlanParser,
} from './parse/index.js';
import {
    ActionPlanLinker,
    ActionPlanReferenceDescriptionProvider,
    ActionPlanScopeComputation,
    ActionPlanScopeProvider,
} from './link/index.js';
import {
    ActionPlanImports,
    ActionPlanRuleSettings,
    registerImportChecks,
    revalidateOnSettingsChange,
} from './workspace/index.js';
import type { RuleSettings } from './workspace/index.js';
import { decodingFileSystem } from './workspace/index.js';
import { ActionPlanDocumentValidator, ActionPlanValidator, registerValidationChecks } from './validation/index.js';
import {
    ActionPlanCodeActionProvider,
    ActionPlanCommandModule,
    ActionPlanLspModule,
    ActionPlanSharedLspModule,
} from './lsp/index.js';
import { ActionPlanTemplates } from './template/index.js';

/** Services this language adds to Langium's defaults. */
export type ActionPlanAddedServices = {
    validation: {
        ActionPlanValidator: ActionPlanValidator;
    };
    workspace: {
        /** Rule settings: editor settings, `.actionplanrc.json`, the host's overrides. */
        RuleSettings: ActionPlanRuleSettings;
    };
    templates: {
        /** The shipped templates and users' template files; which template a plan follows. */
        Templates: ActionPlanTemplates;
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
        ParserErrorMessageProvider: () => new ActionPlanParserErrorMessageProvider(),
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
        ActionPlanValidator: (services) => new ActionPlanValidator(services),
    },
    templates: {
        Templates: (services) => new ActionPlanTemplates(services),
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
    // Every file read decodes the same way (BOM, UTF-16, undecodable bytes): see action-plan-text-decoding.ts.
    const fileSystemProvider: DefaultSharedModuleContext['fileSystemProvider'] = (services) =>
        decodingFileSystem(context.fileSystemProvider(services));
    const shared = inject(
        createDefaultSharedModule({ ...context, fileSystemProvider }),
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
