import { resolve } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import {
    ImportError,
    SUMMARY_FORMATS,
    planFileModel,
    renderSummaryHtml,
    renderSummaryMarkdown,
    renderSummaryText,
    renderSummaryXlsx,
    summarizePlans,
    summaryCatalog,
} from '@actionplan/language/node';
import type { FileDiagnostics, PlanSummary, SummaryFormat, SummaryInput } from '@actionplan/language/node';
import { collectPlanFiles } from '../collect-files.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import type { ExitCodeValue } from '../exit-codes.js';
import { ioErrorMessage, writeAtomically } from '../file-io.js';
import { countSeverities, displayPath } from '../format-shared.js';
import { lintInParallel } from '../lint-pool.js';

export interface SummaryIo {
    cwd: string;
    out: (text: string) => void;
    err: (text: string) => void;
}

export interface SummaryOptions {
    format: SummaryFormat;
    output?: string;
    /** A shipped CTAP template whose commitments are the rows; default: the newest. */
    template?: string;
}

/**
 * `actionplan summary <files or folders…>`: the cross-economy summary of many plans
 * (commitment matrix, contacts, needs matched to offers). Plans are linted on the lint
 * pool, which also hands back their export models; canonical `.txt` files named on
 * the command line are imported on the fly.
 */
export async function runSummary(paths: string[], options: SummaryOptions, io: SummaryIo): Promise<ExitCodeValue> {
    if (paths.length === 0) throw new UsageError('give the plan files or folders to summarize');
    const rows = summaryCatalog(options.template);
    if ('error' in rows) throw new UsageError(rows.error);
    if (options.format === 'xlsx' && options.output === undefined)
        throw new UsageError('--format xlsx writes a workbook: give -o <file>.xlsx');
    const texts = paths.filter((path) => /\.txt$/i.test(path)).map((path) => resolve(io.cwd, path));
    const { files, problems } = await collectPlanFiles(
        paths.filter((path) => !/\.txt$/i.test(path)),
        io.cwd,
    );
    for (const problem of problems) io.err(`actionplan summary: ${problem}`);
    if (problems.length > 0) return ExitCode.UsageOrIo;
    const results: FileDiagnostics[] = files.length > 0 ? await lintInParallel(files, { models: 'summary' }) : [];
    for (const path of texts) {
        try {
            results.push(await planFileModel(path));
        } catch (error) {
            const where = error instanceof ImportError ? `:${error.line}:${error.column}` : '';
            io.err(`actionplan summary: ${displayPath(path, io.cwd)}${where}: ${ioErrorMessage(error)}`);
            return ExitCode.UsageOrIo;
        }
    }
    const inputs: SummaryInput[] = results.map((result) => {
        const counts = countSeverities([result]);
        return {
            file: displayPath(result.path, io.cwd),
            plan: result.model!,
            errors: counts.error,
            warnings: counts.warning,
        };
    });
    const summary = summarizePlans(inputs, rows.catalog);
    const rendered = await render(summary, options.format);
    if (options.output === undefined) {
        io.out(String(rendered).replace(/\n$/, ''));
        return ExitCode.Clean;
    }
    try {
        await writeAtomically(resolve(io.cwd, options.output), rendered);
    } catch (error) {
        io.err(`actionplan summary: ${options.output}: cannot write (${ioErrorMessage(error)})`);
        return ExitCode.UsageOrIo;
    }
    return ExitCode.Clean;
}

async function render(summary: PlanSummary, format: SummaryFormat): Promise<string | Uint8Array> {
    switch (format) {
        case 'json':
            return JSON.stringify(summary, null, 2) + '\n';
        case 'markdown':
            return renderSummaryMarkdown(summary);
        case 'html':
            return renderSummaryHtml(summary);
        case 'xlsx':
            return renderSummaryXlsx(summary);
        default:
            return renderSummaryText(summary);
    }
}

export function registerSummaryCommand(program: Command, io: SummaryIo, setExit: (code: ExitCodeValue) => void): void {
    program
        .command('summary')
        .description('summarize many plans: commitments by economy, contacts, needs matched to offers')
        .argument('<paths...>', '.actionplan files, folders or globs; canonical .txt files are imported on the fly')
        .addOption(new Option('-f, --format <format>', 'output format').choices([...SUMMARY_FORMATS]).default('text'))
        .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
        .option(
            '--template <name>',
            'the shipped CTAP template whose commitments are the rows (default: the newest, ctap-2013)',
        )
        .action(async (paths: string[], options: SummaryOptions) => setExit(await runSummary(paths, options, io)));
}
