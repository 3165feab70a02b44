import { relative } from 'node:path';
import type { Command } from 'commander';
import { encodePlanFile, formatText, planFileProblem, readPlanFile, withLineEndings } from '@actionplan/language/node';
import type { DecodedText } from '@actionplan/language/node';
import { ENCODING_FLAGS, ENCODING_HELP, checkEncodingOption } from '../encoding-option.js';
import { collectPlanFiles } from '../collect-files.js';
import { ExitCode } from '../exit-codes.js';
import type { ExitCodeValue } from '../exit-codes.js';
import { ioErrorMessage, writeAtomically } from '../file-io.js';
import { startProgress } from '../progress.js';
import type { ProgressStream } from '../progress.js';

export interface FormatIo {
    cwd: string;
    out: (text: string) => void;
    err: (text: string) => void;
    /** Where the progress bar of a long run goes (stderr; drawn only when it is a terminal). */
    progress?: ProgressStream;
}

export interface FormatOptions {
    check?: boolean;
    write?: boolean;
    /** `--encoding`: the encoding of files without a byte order mark (default UTF-8). */
    encoding?: string;
}

/**
 * `actionplan format <files or folders…> [--check | --write]`: puts plans in the
 * canonical layout. Without a flag the formatted text goes to stdout; `--check`
 * lists the files that would change (exit 1); `--write` rewrites them atomically.
 * A file with a syntax error is never formatted (exit 2).
 */
export async function runFormat(paths: string[], options: FormatOptions, outer: FormatIo): Promise<ExitCodeValue> {
    let io = outer;
    if (options.check && options.write) {
        io.err('actionplan format: --check and --write cannot be used together');
        return ExitCode.UsageOrIo;
    }
    const encodingProblem = checkEncodingOption(options.encoding);
    if (encodingProblem) {
        io.err(`actionplan format: ${encodingProblem}`);
        return ExitCode.UsageOrIo;
    }
    const { files, problems } = await collectPlanFiles(paths, io.cwd);
    for (const problem of problems) io.err(`actionplan format: ${problem}`);
    let failed = problems.length > 0;
    let changed = 0;
    const progress = startProgress(io.progress ?? { write: () => undefined }, 'formatting', files.length);
    // The bar is cleared before each line printed, and drawn again by the next update.
    io = {
        ...io,
        out: (text) => {
            progress.end();
            outer.out(text);
        },
        err: (text) => {
            progress.end();
            outer.err(text);
        },
    };
    let done = 0;
    for (const path of files) {
        progress.update(done++);
        const shown = relative(io.cwd, path) || path;
        let stored: DecodedText;
        try {
            stored = await readPlanFile(path, { encoding: options.encoding });
        } catch (error) {
            io.err(`actionplan format: ${shown}: cannot read (${ioErrorMessage(error)})`);
            failed = true;
            continue;
        }
        // Bytes that did not decode are never formatted, so never written back with U+FFFD.
        const undecodable = planFileProblem(stored);
        if (undecodable) {
            io.err(`${shown}: ${undecodable}`);
            failed = true;
            continue;
        }
        const source = stored.text;
        const result = formatText(source);
        if (result.text === undefined) {
            const { line, column, message } = result.error!;
            io.err(`${shown}:${line}:${column}: cannot format a file with a syntax error: ${message}`);
            failed = true;
            continue;
        }
        // The file keeps its line ends (CRLF stays CRLF), encoding and byte order mark.
        const formatted = withLineEndings(result.text, source);
        if (options.check) {
            if (formatted !== source) {
                io.out(shown);
                changed++;
            }
        } else if (options.write) {
            if (formatted === source) continue;
            try {
                await writeAtomically(path, encodePlanFile(formatted, stored));
                io.out(`formatted ${shown}`);
            } catch (error) {
                io.err(`actionplan format: ${shown}: cannot write (${ioErrorMessage(error)})`);
                failed = true;
            }
        } else {
            if (result.text !== '') io.out(result.text.replace(/\n$/, ''));
        }
    }
    progress.update(files.length);
    progress.end();
    if (failed) return ExitCode.UsageOrIo;
    return options.check && changed > 0 ? ExitCode.LintErrors : ExitCode.Clean;
}

export function registerFormatCommand(program: Command, io: FormatIo, setExit: (code: ExitCodeValue) => void): void {
    program
        .command('format')
        .description('put plan files in the canonical layout (prints to stdout unless --check or --write)')
        .argument('<paths...>', 'files or folders to format')
        .option('--check', 'list the files that are not in the canonical layout; exit 1 if any')
        .option('--write', 'rewrite the files that are not in the canonical layout')
        .option(ENCODING_FLAGS, ENCODING_HELP)
        .action(async (paths: string[], options: FormatOptions) => setExit(await runFormat(paths, options, io)));
}
