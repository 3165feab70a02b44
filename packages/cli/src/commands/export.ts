import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { BINARY_EXPORT_FORMATS, EXPORT_FORMATS, exportFile, exportFileDocx } from '@actionplan/language/node';
import type { BinaryExportFormat, ExportFormat, FileDocxExport, FileExport } from '@actionplan/language/node';
import { planFileProblem, readPlanFile } from '@actionplan/language/node';
import { ENCODING_FLAGS, ENCODING_HELP, checkEncodingOption } from '../encoding-option.js';
import { ExitCode } from '../exit-codes.js';
import type { ExitCodeValue } from '../exit-codes.js';
import { formatStylish } from '../format-stylish.js';
import { ioErrorMessage, sameFile, writeAtomically } from '../file-io.js';

export interface ExportIo {
    cwd: string;
    out: (text: string) => void;
    err: (text: string) => void;
    /** Binary output (a .docx) on stdout; absent (a terminal): refused without -o. */
    outBytes?: (bytes: Uint8Array) => void;
}

export interface ExportOptions {
    format?: string;
    output?: string;
    force?: boolean;
    /** `--encoding`: the encoding of files without a byte order mark (default UTF-8). */
    encoding?: string;
}

/**
 * `actionplan export <file> [--format text|json|markdown|html|docx] [-o out] [--force]`:
 * renders a plan. Without -o the export goes to stdout (a .docx only when stdout is
 * not a terminal); with -o it is written atomically (never onto the input). A plan with errors is not exported (the
 * language package decides, as for the editor's export commands): its errors go
 * to stderr in the stylish format, nothing is written, exit 1. `--force` exports
 * it anyway, the errors still on stderr.
 */
export async function runExport(file: string, options: ExportOptions, io: ExportIo): Promise<ExitCodeValue> {
    const format = (options.format ?? 'text') as ExportFormat | BinaryExportFormat;
    const binary = (BINARY_EXPORT_FORMATS as readonly string[]).includes(format);
    if (!binary && !(EXPORT_FORMATS as readonly string[]).includes(format)) {
        io.err(`actionplan export: unknown format "${options.format}" (use ${FORMAT_NAMES})`);
        return ExitCode.UsageOrIo;
    }
    if (binary && options.output === undefined && !io.outBytes) {
        io.err(`actionplan export: --format ${format} writes a binary file: give -o FILE or redirect stdout to a file`);
        return ExitCode.UsageOrIo;
    }
    const encodingProblem = checkEncodingOption(options.encoding);
    if (encodingProblem) {
        io.err(`actionplan export: ${encodingProblem}`);
        return ExitCode.UsageOrIo;
    }
    const input = resolve(io.cwd, file);
    const info = await stat(input).catch(() => undefined);
    if (!info?.isFile()) {
        io.err(`actionplan export: ${file}: ${info ? 'not a file' : 'no such file'}`);
        return ExitCode.UsageOrIo;
    }
    const output = options.output === undefined ? undefined : resolve(io.cwd, options.output);
    if (output !== undefined && (await sameFile(input, output))) {
        io.err(`actionplan export: ${options.output}: the output would overwrite the input file`);
        return ExitCode.UsageOrIo;
    }
    // A file that does not decode is one line, exit 2; a binary one too (not thousands of syntax errors).
    const undecodable = await readPlanFile(input, { encoding: options.encoding }).then(
        planFileProblem,
        () => undefined,
    );
    if (undecodable) {
        io.err(`${relative(io.cwd, input) || file}: ${undecodable}`);
        return ExitCode.UsageOrIo;
    }
    let result: FileExport | FileDocxExport;
    try {
        const exportOptions = { force: options.force, encoding: options.encoding };
        result = binary
            ? await exportFileDocx(input, exportOptions)
            : await exportFile(input, format as ExportFormat, exportOptions);
    } catch (error) {
        io.err(`actionplan export: ${file}: cannot read (${ioErrorMessage(error)})`);
        return ExitCode.UsageOrIo;
    }
    if (result.errors.diagnostics.length > 0) io.err(formatStylish([result.errors], io.cwd));
    const content = binary ? (result as FileDocxExport).bytes : (result as FileExport).text;
    if (content === undefined) return ExitCode.LintErrors;
    if (output === undefined) {
        if (typeof content === 'string') io.out(content.replace(/\n$/, ''));
        else io.outBytes!(content);
        return ExitCode.Clean;
    }
    try {
        await writeAtomically(output, content);
    } catch (error) {
        io.err(`actionplan export: ${relative(io.cwd, output) || output}: cannot write (${ioErrorMessage(error)})`);
        return ExitCode.UsageOrIo;
    }
    return ExitCode.Clean;
}

const FORMAT_NAMES = [...EXPORT_FORMATS, ...BINARY_EXPORT_FORMATS].join(', ');

export function registerExportCommand(program: Command, io: ExportIo, setExit: (code: ExitCodeValue) => void): void {
    program
        .command('export')
        .description('render a plan as canonical text, JSON, Markdown, HTML or Word (stdout unless -o)')
        .argument('<file>', 'the .actionplan file to export')
        .option('-f, --format <format>', `output format: ${FORMAT_NAMES}`, 'text')
        .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
        .option('--force', 'export a plan that has errors anyway (the errors are still printed)')
        .option(ENCODING_FLAGS, ENCODING_HELP)
        .action(async (file: string, options: ExportOptions) => setExit(await runExport(file, options, io)));
}
