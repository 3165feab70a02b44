import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
    ConfigError,
    configProblems,
    decodeBytes,
    describeDecodeProblem,
    iconvCodec,
    lintSource,
    parseConfig,
    readPlanFile,
    ruleSettingProblem,
} from '@actionplan/language/node';
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

/**
 * `--config FILE`: the rules of that configuration file, applied over the nearest
 * `.actionplanrc.json` of each plan (and under `--rule`). UsageError when it cannot be
 * read or is not a valid configuration.
 */
export async function configFileRules(file: string | undefined, cwd: string): Promise<RuleSettings> {
    if (file === undefined) return {};
    const path = resolve(cwd, file);
    let text: string;
    try {
        text = await readFile(path, 'utf8');
    } catch (error) {
        throw new UsageError(
            `--config ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        );
    }
    try {
        // parseConfig only names the file by its path.
        return parseConfig(text, { fsPath: path } as Parameters<typeof parseConfig>[1]).rules ?? {};
    } catch (error) {
        if (error instanceof ConfigError)
            throw new UsageError(`--config ${file}: invalid configuration ${error.message}`);
        throw error;
    }
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

/**
 * Files whose bytes are not valid in their encoding, each with its one-line problem:
 * they are not linted (exit 2). A binary file is linted: it is one `not-text` error.
 */
export async function undecodable(paths: string[], encoding: string | undefined): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const path of paths) {
        const problem = (await readPlanFile(path, { encoding }).catch(() => undefined))?.problem;
        if (problem?.kind === 'invalid-bytes') found.set(path, describeDecodeProblem(problem, 'cli'));
    }
    return found;
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
    encoding?: string,
): Promise<LintRun> {
    const bytes = await readStdin();
    const path = resolve(cwd, stdinFilename ?? 'stdin.actionplan');
    const { problem } = decodeBytes(bytes, { encoding, legacy: iconvCodec });
    if (problem?.kind === 'invalid-bytes') {
        return { results: [], problems: [`${stdinFilename ?? '<stdin>'}: ${describeDecodeProblem(problem, 'cli')}`] };
    }
    return { results: [await lintSource(path, bytes, { rules: overrides, encoding })], problems: [] };
}
