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
import { ActionPlanDocumentValidator } from './action-plan-document-validator.js';
import { ActionPlanScopeComputation } from './action-plan-scope-computation.js';
import { ActionPlanScopeProvider } from './action-plan-scope-provider.js';
import { ActionPlanValidator, registerValidationChecks } from './action-plan-validator.js';

/** Services this language adds to Langium's defaults. */
export type ActionPlanAddedServices = {
    validation: {
        ActionPlanValidator: ActionPlanValidator;
    };
};

export type ActionPlanServices = LangiumServices & ActionPlanAddedServices;

export const ActionPlanModule: Module<ActionPlanServices, PartialLangiumServices & ActionPlanAddedServices> = {
    references: {
        ScopeComputation: (services) => new ActionPlanScopeComputation(services),
        ScopeProvider: (services) => new ActionPlanScopeProvider(services),
    },
    validation: {
        DocumentValidator: (services) => new ActionPlanDocumentValidator(services),
        ActionPlanValidator: () => new ActionPlanValidator(),
    },
};

/** Creates the shared and language services; `context.connection` is set for the language server only. */
export function createActionPlanServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    ActionPlan: ActionPlanServices;
} {
    const shared = inject(createDefaultSharedModule(context), ActionPlanGeneratedSharedModule);
    const ActionPlan = inject(createDefaultModule({ shared }), ActionPlanGeneratedModule, ActionPlanModule);
    shared.ServiceRegistry.register(ActionPlan);
    registerValidationChecks(ActionPlan);
    if (!context.connection) {
        // Outside a language server nobody sends a configuration; start with defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, ActionPlan };
}
