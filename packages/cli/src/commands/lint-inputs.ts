import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import {
    ConfigError,
    createActionPlanServices,
    diagnoseFiles,
    findConfig,
    ruleSettingProblem,
} from '@actionplan/language';
import type { ActionPlanDocumentValidator, FileDiagnostics, RuleSettings } from '@actionplan/language';
import { UsageError } from '../exit-codes.js';

// What `actionplan lint` reads before linting: rule options, file sizes, configs, standard input.

export interface LintRun {
    results: FileDiagnostics[];
    problems: string[];
}

/** `--rule CODE=severity` (repeatable, or comma-separated) → settings; UsageError for a bad one. */
export function parseRuleOptions(values: string[] = []): RuleSettings {
    const rules: RuleSettings = {};
    for (const pair of values.flatMap((value) => value.split(','))) {
        const match = /^\s*([\w-]+)\s*[=:]\s*(\w+)\s*$/.exec(pair);
        const problem = match ? ruleSettingProblem(match[1]!, match[2]) : `expected CODE=off|error|warning|info|hint`;
        if (problem || !match) throw new UsageError(`--rule ${pair}: ${problem}`);
        rules[match[1]!] = match[2] as RuleSettings[string];
    }
    return rules;
}

export async function oversized(paths: string[], limit: number): Promise<string[]> {
    const sizes = await Promise.all(
        paths.map((path) =>
            stat(path)
                .then((info) => info.size)
                .catch(() => 0),
        ),
    );
    return paths.filter((_, index) => sizes[index]! > limit);
}

async function readStdin(): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
}

/** A bad `.actionplanrc.json` stops the run before any file is linted (exit 2). */
export async function checkConfigs(paths: string[]): Promise<string[]> {
    const seen = new Map<string, string | undefined>();
    for (const path of paths) {
        const folder = dirname(path);
        if (seen.has(folder)) continue;
        try {
            await findConfig(NodeFileSystem.fileSystemProvider(), URI.file(path));
            seen.set(folder, undefined);
        } catch (error) {
            if (!(error instanceof ConfigError)) throw error;
            seen.set(folder, `invalid configuration ${error.message}`);
        }
    }
    return [...new Set([...seen.values()].filter((p): p is string => p !== undefined))];
}

export function lintServices(overrides: RuleSettings) {
    const services = createActionPlanServices(NodeFileSystem);
    const validator = services.ActionPlan.validation.DocumentValidator as ActionPlanDocumentValidator;
    validator.ruleOverrides = overrides;
    return { services, validator };
}

export async function lintStdin(
    stdinFilename: string | undefined,
    overrides: RuleSettings,
    cwd: string,
): Promise<LintRun> {
    const bytes = await readStdin();
    const path = resolve(cwd, stdinFilename ?? 'stdin.actionplan');
    const { services, validator } = lintServices(overrides);
    const uri = URI.file(path);
    validator.sourceBytes.set(uri.toString(), bytes);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    services.shared.workspace.LangiumDocuments.addDocument(document);
    return { results: await diagnoseFiles(services.shared, [path]), problems: [] };
}
