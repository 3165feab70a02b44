import { resolve } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import type { FileDiagnostics } from '@actionplan/language/node';
import { collectPlanFiles } from '../collect-files.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import type { ExitCodeValue } from '../exit-codes.js';
import { countSeverities, displayPath, severityName } from '../format-shared.js';
import type { FormatContext } from '../format-shared.js';
import { formatGithub } from '../format-github.js';
import { formatJson } from '../format-json.js';
import { formatSarif } from '../format-sarif.js';
import { formatStylish } from '../format-stylish.js';
import { lintInParallel } from '../lint-pool.js';
import { fixFiles } from './lint-fix.js';
import { checkConfigs, configFileRules, lintStdin, oversized, parseRuleOptions, undecodable } from './lint-inputs.js';
import { startProgress } from '../progress.js';
import type { ProgressStream } from '../progress.js';
import { ENCODING_FLAGS, ENCODING_HELP, checkEncodingOption } from '../encoding-option.js';
import type { LintRun } from './lint-inputs.js';
import { ioErrorMessage, writeAtomically } from '../file-io.js';

export interface LintIo {
    cwd: string;
    out: (text: string) => void;
    err: (text: string) => void;
    /** Where the progress bar of a long run goes (stderr; drawn only when it is a terminal). */
    progress?: ProgressStream;
}

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type LintFormat = (typeof FORMATS)[number];

export interface LintOptions {
    format: LintFormat;
    output?: string;
    /** The old spelling of --output, kept as an alias. */
    outputFile?: string;
    maxWarnings?: string;
    quiet?: boolean;
    rule?: string[];
    config?: string;
    stdin?: boolean;
    stdinFilename?: string;
    fix?: boolean;
    maxFileSize?: string;
    /** `--encoding`: the encoding of files without a byte order mark (default UTF-8). */
    encoding?: string;
}

/** Larger files are refused (exit 2) rather than parsed: a plan is rarely more than a few hundred kB. */
export const DEFAULT_MAX_FILE_SIZE = 16 * 1024 * 1024;

function render(format: LintFormat, results: FileDiagnostics[], context: FormatContext): string {
    switch (format) {
        case 'json':
            return formatJson(results, context.cwd);
        case 'sarif':
            return formatSarif(results, context);
        case 'github':
            return formatGithub(results, context.cwd);
        default:
            return formatStylish(results, context.cwd, context);
    }
}

function useColor(options: LintOptions): boolean {
    if (options.output || options.format !== 'stylish') return false;
    const force = process.env.FORCE_COLOR;
    if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
    if (process.env.NO_COLOR) return false;
    return process.stdout.isTTY === true;
}

/** `actionplan lint`: parse, link and validate plans; report every diagnostic in the chosen format. */
export async function runLint(
    paths: string[],
    options: LintOptions,
    io: LintIo,
    version: string,
): Promise<ExitCodeValue> {
    options = { ...options, output: options.output ?? options.outputFile };
    const overrides = { ...(await configFileRules(options.config, io.cwd)), ...parseRuleOptions(options.rule) };
    const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
    if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
        throw new UsageError(`--max-warnings ${options.maxWarnings}: expected a whole number ≥ 0`);
    }
    const maxFileSize = options.maxFileSize === undefined ? DEFAULT_MAX_FILE_SIZE : Number(options.maxFileSize);
    if (!Number.isInteger(maxFileSize) || maxFileSize <= 0) {
        throw new UsageError(`--max-file-size ${options.maxFileSize}: expected a number of bytes > 0`);
    }
    if (options.stdin && paths.length > 0) throw new UsageError('--stdin lints standard input: give no paths');
    if (!options.stdin && paths.length === 0) throw new UsageError('give files, folders or globs to lint (or --stdin)');
    if (options.stdinFilename && !options.stdin) throw new UsageError('--stdin-filename needs --stdin');
    if (options.stdin && options.fix) throw new UsageError('--fix rewrites files: it cannot fix standard input');
    const encodingProblem = checkEncodingOption(options.encoding);
    if (encodingProblem) throw new UsageError(encodingProblem);

    const run: LintRun = options.stdin
        ? await lintStdin(options.stdinFilename, overrides, io.cwd, options.encoding)
        : { results: [], problems: [] };
    if (!options.stdin) {
        const { files, problems } = await collectPlanFiles(paths, io.cwd);
        run.problems.push(...problems);
        const output = options.output && resolve(io.cwd, options.output);
        if (output && files.includes(output))
            throw new UsageError(`--output ${options.output} is one of the files to lint`);
        const tooLarge = await oversized(files, maxFileSize);
        run.problems.push(
            ...tooLarge.map(
                (path) => `${displayPath(path, io.cwd)}: larger than ${maxFileSize} bytes (--max-file-size)`,
            ),
        );
        // Bytes not valid in the file's encoding: one line each, exit 2, never linted or fixed.
        const notDecoded = await undecodable(
            files.filter((path) => !tooLarge.includes(path)),
            options.encoding,
        );
        for (const [path, problem] of notDecoded) run.problems.push(`${displayPath(path, io.cwd)}: ${problem}`);
        const skipped = new Set([...tooLarge, ...notDecoded.keys()]);
        files.splice(0, files.length, ...files.filter((path) => !skipped.has(path)));
        const configProblems = await checkConfigs(files);
        if (configProblems.length > 0) {
            for (const problem of configProblems) io.err(`actionplan lint: ${problem}`);
            return ExitCode.UsageOrIo;
        }
        const progress = startProgress(io.progress ?? { write: () => undefined }, 'linting', files.length);
        run.results = await lintInParallel(files, {
            rules: overrides,
            encoding: options.encoding,
            onProgress: (done) => progress.update(done),
        });
        progress.end();
        if (options.fix) await fixFiles(run, overrides, io, options.encoding);
    }
    for (const problem of run.problems) io.err(`actionplan lint: ${problem}`);
    const counts = countSeverities(run.results);
    const shown = options.quiet
        ? run.results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => severityName(d) === 'error') }))
        : run.results;
    const report = render(options.format, shown, { cwd: io.cwd, color: useColor(options), toolVersion: version });
    if (options.output) {
        try {
            await writeAtomically(resolve(io.cwd, options.output), report + '\n');
        } catch (error) {
            io.err(`actionplan lint: ${options.output}: cannot write the report (${ioErrorMessage(error)})`);
            return ExitCode.UsageOrIo;
        }
    } else if (report) {
        io.out(report);
    }
    if (run.problems.length > 0) return ExitCode.UsageOrIo;
    if (counts.error > 0) return ExitCode.LintErrors;
    if (maxWarnings !== undefined && !options.quiet && counts.warning > maxWarnings) {
        io.err(`actionplan lint: ${counts.warning} warnings; --max-warnings allows ${maxWarnings}`);
        return ExitCode.LintErrors;
    }
    return ExitCode.Clean;
}

export function registerLintCommand(
    program: Command,
    io: LintIo,
    setExit: (code: ExitCodeValue) => void,
    version = '0.0.0',
): void {
    program
        .command('lint')
        .description('check plan files (folders are searched recursively for .actionplan files; globs are expanded)')
        .argument('[paths...]', 'files, folders or globs to lint')
        .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
        .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output')
        .addOption(new Option('--output-file <file>', 'the old spelling of --output').hideHelp())
        .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
        .option('--quiet', 'report errors only')
        .option(
            '--rule <CODE=severity>',
            'set a rule to off|error|warning|info|hint (repeatable)',
            (v: string, all: string[] = []) => [...all, v],
        )
        .option('-c, --config <file>', 'apply the rules of this configuration file over the nearest .actionplanrc.json')
        .option('--stdin', 'lint standard input')
        .option('--stdin-filename <name>', 'the file name standard input is linted as (config lookup, imports, report)')
        .option('--max-file-size <bytes>', `refuse files larger than this (default ${DEFAULT_MAX_FILE_SIZE})`)
        .option(ENCODING_FLAGS, ENCODING_HELP)
        .option('--fix', 'apply the safe fixes (sort years, merge exact duplicate commitments) in place')
        .action(async (paths: string[], options: LintOptions) => {
            try {
                setExit(await runLint(paths, options, io, version));
            } catch (error) {
                if (!(error instanceof UsageError)) throw error;
                io.err(`actionplan lint: ${error.message}`);
                setExit(ExitCode.UsageOrIo);
            }
        });
}
