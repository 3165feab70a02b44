import { UriUtils } from 'langium';
import type { FileSystemProvider, URI } from 'langium';
import { ISSUE_CODE_INFO } from '../validation/action-plan-issue-codes.js';
import type { RuleSeverity } from '../validation/action-plan-issue-codes.js';

export const CONFIG_FILE_NAME = '.actionplanrc.json';

export type RuleSetting = RuleSeverity | 'off';
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'info', 'hint'];

/** Rule code → setting; later layers win: defaults, editor settings, `.actionplanrc.json`, `--rule`. */
export type RuleSettings = Record<string, RuleSetting>;

export interface ActionPlanConfig {
    /** Where it was read from. */
    uri: URI;
    rules: RuleSettings;
}

/** A config file that is not valid JSON or does not follow docs/actionplanrc.schema.json. */
export class ConfigError extends Error {
    constructor(
        message: string,
        readonly path: string,
    ) {
        super(`${path}: ${message}`);
    }
}

function isRuleSetting(value: unknown): value is RuleSetting {
    return typeof value === 'string' && (RULE_SETTINGS as readonly string[]).includes(value);
}

/** Checks one `CODE: setting` pair; returns the problem or undefined. */
export function ruleSettingProblem(code: string, value: unknown): string | undefined {
    if (!(code in ISSUE_CODE_INFO)) return `unknown rule "${code}"`;
    if (!isRuleSetting(value))
        return `rule "${code}": expected one of ${RULE_SETTINGS.join(', ')}, got ${JSON.stringify(value)}`;
    return undefined;
}

/** Reads the text of a `.actionplanrc.json`; throws ConfigError with the first problem. */
export function parseConfig(text: string, uri: URI): ActionPlanConfig {
    const path = uri.fsPath;
    let json: unknown;
    try {
        json = JSON.parse(text);
    } catch (error) {
        throw new ConfigError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`, path);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new ConfigError('expected a JSON object', path);
    }
    const rules: RuleSettings = {};
    for (const [key, value] of Object.entries(json)) {
        if (key === '$schema') continue;
        if (key !== 'rules') throw new ConfigError(`unknown property "${key}" (allowed: rules, $schema)`, path);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            throw new ConfigError('"rules" must be an object of rule code → off|error|warning|info|hint', path);
        }
        for (const [code, setting] of Object.entries(value)) {
            const problem = ruleSettingProblem(code, setting);
            if (problem) throw new ConfigError(problem, path);
            rules[code] = setting as RuleSetting;
        }
    }
    return { uri, rules };
}

/**
 * The nearest `.actionplanrc.json` in the document's folder or above it, or
 * undefined. Only `file:` documents have folders to search.
 */
export async function findConfig(
    fileSystem: FileSystemProvider,
    documentUri: URI,
): Promise<ActionPlanConfig | undefined> {
    if (documentUri.scheme !== 'file') return undefined;
    let folder = UriUtils.dirname(documentUri);
    for (;;) {
        const candidate = UriUtils.joinPath(folder, CONFIG_FILE_NAME);
        const text = await readIfExists(fileSystem, candidate);
        if (text !== undefined) return parseConfig(text, candidate);
        const parent = UriUtils.dirname(folder);
        if (parent.toString() === folder.toString()) return undefined;
        folder = parent;
    }
}

/** The file's text, or undefined when there is none (or no file system at all). */
async function readIfExists(fileSystem: FileSystemProvider, uri: URI): Promise<string | undefined> {
    try {
        return await fileSystem.readFile(uri);
    } catch {
        return undefined;
    }
}
