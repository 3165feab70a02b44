import { relative, resolve } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import { DIFF_FORMATS, ImportError, diffPlans, planFileModel, renderDiff } from '@actionplan/language/node';
import type { DiffFormat, PlanExport } from '@actionplan/language/node';
import { ExitCode } from '../exit-codes.js';
import type { ExitCodeValue } from '../exit-codes.js';
import { ioErrorMessage, writeAtomically } from '../file-io.js';

export interface DiffIo {
    cwd: string;
    out: (text: string) => void;
    err: (text: string) => void;
}

export interface DiffOptions {
    format: DiffFormat;
    output?: string;
}

/**
 * `actionplan diff <old> <new>`: the semantic diff of two plans (a `.actionplan` or a
 * canonical `.txt` on either side). Exit 0 when equivalent, 1 when they differ, 2 on error.
 */
export async function runDiff(
    oldFile: string,
    newFile: string,
    options: DiffOptions,
    io: DiffIo,
): Promise<ExitCodeValue> {
    const models: PlanExport[] = [];
    for (const file of [oldFile, newFile]) {
        const path = resolve(io.cwd, file);
        try {
            models.push((await planFileModel(path)).model);
        } catch (error) {
            const where = error instanceof ImportError ? `:${error.line}:${error.column}` : '';
            io.err(
                `actionplan diff: ${relative(io.cwd, path) || file}${where}: ${error instanceof ImportError ? error.message : `cannot read (${ioErrorMessage(error)})`}`,
            );
            return ExitCode.UsageOrIo;
        }
    }
    const diff = diffPlans(models[0]!, models[1]!);
    const text = renderDiff(diff, options.format, { old: oldFile, new: newFile });
    if (options.output === undefined) io.out(text.replace(/\n$/, ''));
    else {
        try {
            await writeAtomically(resolve(io.cwd, options.output), text);
        } catch (error) {
            io.err(`actionplan diff: ${options.output}: cannot write (${ioErrorMessage(error)})`);
            return ExitCode.UsageOrIo;
        }
    }
    return diff.equivalent ? ExitCode.Clean : ExitCode.LintErrors;
}

export function registerDiffCommand(program: Command, io: DiffIo, setExit: (code: ExitCodeValue) => void): void {
    program
        .command('diff')
        .description('compare two plans by meaning (exit 0: equivalent, 1: they differ, 2: error)')
        .argument('<old>', "last year's plan (.actionplan or canonical .txt)")
        .argument('<new>', "this year's plan (.actionplan or canonical .txt)")
        .addOption(new Option('-f, --format <format>', 'output format').choices([...DIFF_FORMATS]).default('text'))
        .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
        .action(async (oldFile: string, newFile: string, options: DiffOptions) =>
            setExit(await runDiff(oldFile, newFile, options, io)),
        );
}
