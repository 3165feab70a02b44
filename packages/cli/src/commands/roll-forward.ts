import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { rollForward } from '@actionplan/language/node';
import { ExitCode } from '../exit-codes.js';
import type { ExitCodeValue } from '../exit-codes.js';
import { ioErrorMessage, sameFile, writeAtomically } from '../file-io.js';

export interface RollForwardIo {
    cwd: string;
    out: (text: string) => void;
    err: (text: string) => void;
}

export interface RollForwardCliOptions {
    year: string;
    output?: string;
}

/** A calendar year as the options give it: four digits, from APEC's founding on. */
export function parseYear(text: string): number | undefined {
    if (!/^\d{4}$/.test(text.trim())) return undefined;
    const year = Number(text);
    return year >= 1989 ? year : undefined;
}

/**
 * `actionplan roll-forward <plan> --year <yyyy> [-o file]`: next year's plan
 * (rollForwardText), to stdout or atomically to -o, never onto the input. Exit 1 for a
 * plan that cannot be rolled forward (syntax errors, not a CTAP, an earlier year), 2 for
 * usage and I/O problems.
 */
export async function runRollForward(
    file: string,
    options: RollForwardCliOptions,
    io: RollForwardIo,
): Promise<ExitCodeValue> {
    const year = parseYear(options.year);
    if (year === undefined) {
        io.err(`actionplan roll-forward: --year ${options.year}: expected a four-digit year from 1989 on`);
        return ExitCode.UsageOrIo;
    }
    const input = resolve(io.cwd, file);
    const shown = relative(io.cwd, input) || file;
    let text: string;
    try {
        text = await readFile(input, 'utf8');
    } catch (error) {
        io.err(`actionplan roll-forward: ${shown}: cannot read (${ioErrorMessage(error)})`);
        return ExitCode.UsageOrIo;
    }
    const output = options.output === undefined ? undefined : resolve(io.cwd, options.output);
    if (output !== undefined && (await sameFile(input, output))) {
        io.err(`actionplan roll-forward: -o ${options.output} is the input file; refusing to overwrite it`);
        return ExitCode.UsageOrIo;
    }
    const result = rollForward(text, { year }, pathToFileURL(input).toString());
    if ('error' in result) {
        const at = result.line === undefined ? '' : `:${result.line}:${result.column ?? 1}`;
        io.err(`${shown}${at}: ${result.error}`);
        return ExitCode.LintErrors;
    }
    if (output === undefined) {
        io.out(result.text.replace(/\n$/, ''));
        return ExitCode.Clean;
    }
    try {
        await writeAtomically(output, result.text);
    } catch (error) {
        io.err(`actionplan roll-forward: ${options.output}: cannot write (${ioErrorMessage(error)})`);
        return ExitCode.UsageOrIo;
    }
    return ExitCode.Clean;
}

export function registerRollForwardCommand(
    program: Command,
    io: RollForwardIo,
    setExit: (code: ExitCodeValue) => void,
): void {
    program
        .command('roll-forward')
        .description("write next year's plan from this year's: calendar year and last updated set, the rest kept")
        .argument('<plan>', "this year's .actionplan file")
        .requiredOption('--year <yyyy>', 'the new calendar year')
        .option('-o, --output <file>', 'write the new plan here (replaced if it exists) instead of stdout')
        .action(async (file: string, options: RollForwardCliOptions) =>
            setExit(await runRollForward(file, options, io)),
        );
}
