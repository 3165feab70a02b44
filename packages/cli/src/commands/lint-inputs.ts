import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { configProblems, lintSource, ruleSettingProblem } from '@actionplan/language/node';
import type { FileDiagnostics, RuleSettings } from '@actionplan/language/node';
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
    return (await configProblems(paths)).map((problem) => `invalid configuration ${problem}`);
}

export async function lintStdin(
    stdinFilename: string | undefined,
    overrides: RuleSettings,
    cwd: string,
): Promise<LintRun> {
    const bytes = await readStdin();
    const path = resolve(cwd, stdinFilename ?? 'stdin.actionplan');
    return { results: [await lintSource(path, bytes, { rules: overrides })], problems: [] };
}
