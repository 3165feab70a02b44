import type { ConfigurationProvider, FileSystemProvider, LangiumDocument } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import { ConfigError, findConfig, ruleSettingProblem } from './action-plan-config.js';
import type { RuleSettings } from './action-plan-config.js';

/** A document's rule settings, and the config file that could not be read, if any. */
export interface DocumentRuleSettings {
    rules: RuleSettings;
    configError?: ConfigError;
}

/**
 * Owns the rule settings of a set of services: the editor's `actionplan.rules`
 * setting, then the nearest `.actionplanrc.json`, then the host's overrides
 * (the CLI's `--rule`), later layers winning. The host sets the overrides through
 * this service (or `createActionPlanServices({ ruleOverrides })`); nothing is read
 * from the process environment, so two sets of services in one process (or a web
 * worker, which has none) never share them by accident.
 */
export class ActionPlanRuleSettings {
    protected overrides: RuleSettings = {};
    protected readonly fileSystem: FileSystemProvider;
    protected readonly configuration: ConfigurationProvider;
    protected configurationReady = false;

    constructor(
        shared: LangiumSharedCoreServices,
        protected readonly languageId: string,
    ) {
        this.fileSystem = shared.workspace.FileSystemProvider;
        this.configuration = shared.workspace.ConfigurationProvider;
        // Never wait for the editor's settings: a client that has not sent `initialized` has none yet.
        void this.configuration.ready.then(() => (this.configurationReady = true));
    }

    /** The host's overrides (`--rule`); they win over every config file. Invalid entries throw. */
    setOverrides(rules: RuleSettings): void {
        for (const [code, setting] of Object.entries(rules)) {
            const problem = ruleSettingProblem(code, setting);
            if (problem) throw new Error(problem);
        }
        this.overrides = { ...rules };
    }

    getOverrides(): RuleSettings {
        return { ...this.overrides };
    }

    /** Editor settings, then the nearest `.actionplanrc.json`, then the host's overrides. */
    async forDocument(document: LangiumDocument): Promise<DocumentRuleSettings> {
        const rules: RuleSettings = {};
        const fromEditor: unknown = this.configurationReady
            ? await this.configuration.getConfiguration(this.languageId, 'rules').catch(() => undefined)
            : undefined;
        if (fromEditor && typeof fromEditor === 'object') {
            for (const [code, setting] of Object.entries(fromEditor)) {
                if (!ruleSettingProblem(code, setting)) rules[code] = setting as RuleSettings[string];
            }
        }
        let configError: ConfigError | undefined;
        try {
            Object.assign(rules, (await findConfig(this.fileSystem, document.uri))?.rules);
        } catch (error) {
            if (!(error instanceof ConfigError)) throw error;
            configError = error;
        }
        Object.assign(rules, this.overrides);
        return configError ? { rules, configError } : { rules };
    }
}
