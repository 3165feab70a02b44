import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import { DocxError, DocxImportError, importDocx, importText, ImportError } from '@actionplan/language/node';
import type { ImportForm } from '@actionplan/language/node';
import { planFileProblem, readPlanFile } from '@actionplan/language/node';
import { ENCODING_FLAGS, ENCODING_HELP, checkEncodingOption } from '../encoding-option.js';
import { ExitCode } from '../exit-codes.js';
import type { ExitCodeValue } from '../exit-codes.js';
import { ioErrorMessage, sameFile, writeAtomically } from '../file-io.js';

export interface ImportIo {
    cwd: string;
    out: (text: string) => void;
    err: (text: string) => void;
}

export interface ImportOptions {
    output?: string;
    form?: ImportForm;
    /** `--encoding`: the text's encoding when it has no byte order mark (default UTF-8). */
    encoding?: string;
}

/** A .docx by its name, or a zip or OLE file (a .docx saved under another name, an encrypted one) by its first bytes. */
function isWordFile(path: string, bytes: Buffer): boolean {
    if (/\.(?:docx|docm|dotx)$/i.test(path)) return true;
    if (bytes.length < 4) return false;
    return bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')) || bytes.readUInt32BE(0) === 0xd0cf11e0;
}

/**
 * `actionplan import <file.txt|file.docx> [-o out.actionplan] [--form ctap|progress-report]`:
 * canonical text or a Word document → `.actionplan`. Word's notices name paragraphs and
 * tables (`plan.docx: paragraph 12: …`); a file that is no readable .docx exits 2. The
 * DSL goes to stdout, or atomically to `-o`
 * (never over the input); what the importer had to decide goes to stderr as
 * `path:line: message`. Exit 2 for usage and I/O problems, 1 for text it cannot read.
 */
export async function runImport(file: string, options: ImportOptions, io: ImportIo): Promise<ExitCodeValue> {
    const inputPath = resolve(io.cwd, file);
    const shown = relative(io.cwd, inputPath) || file;
    const encodingProblem = checkEncodingOption(options.encoding);
    if (encodingProblem) {
        io.err(`actionplan import: ${encodingProblem}`);
        return ExitCode.UsageOrIo;
    }
    let text = '';
    let bytes: Buffer;
    try {
        bytes = await readFile(inputPath);
        if (!isWordFile(inputPath, bytes)) {
            const stored = await readPlanFile(inputPath, { encoding: options.encoding });
            const undecodable = planFileProblem(stored);
            if (undecodable) {
                io.err(`${shown}: ${undecodable}`);
                return ExitCode.UsageOrIo;
            }
            text = stored.text;
        }
    } catch (error) {
        io.err(`actionplan import: ${shown}: cannot read (${ioErrorMessage(error)})`);
        return ExitCode.UsageOrIo;
    }
    const outputPath = options.output === undefined ? undefined : resolve(io.cwd, options.output);
    if (outputPath !== undefined && (await sameFile(inputPath, outputPath))) {
        io.err(`actionplan import: -o ${options.output} is the input file; refusing to overwrite it`);
        return ExitCode.UsageOrIo;
    }
    const form = options.form ? { form: options.form } : {};
    let result: { dsl: string };
    try {
        if (isWordFile(inputPath, bytes)) {
            const imported = await importDocx(bytes, form);
            for (const notice of imported.notices) io.err(`${shown}: ${notice.where}: ${notice.message}`);
            result = imported;
        } else {
            const imported = importText(text, form);
            for (const notice of imported.notices) io.err(`${shown}:${notice.line}: ${notice.message}`);
            result = imported;
        }
    } catch (error) {
        if (error instanceof ImportError) {
            io.err(`${shown}:${error.line}:${error.column}: ${error.message}`);
            return ExitCode.LintErrors;
        }
        if (error instanceof DocxImportError) {
            io.err(`${shown}: ${error.where}: ${error.message}`);
            return ExitCode.LintErrors;
        }
        if (error instanceof DocxError) {
            io.err(`actionplan import: ${shown}: ${error.message}`);
            return ExitCode.UsageOrIo;
        }
        throw error;
    }
    if (outputPath === undefined) {
        io.out(result.dsl.replace(/\n$/, ''));
        return ExitCode.Clean;
    }
    try {
        await writeAtomically(outputPath, result.dsl);
    } catch (error) {
        io.err(`actionplan import: ${options.output}: cannot write (${ioErrorMessage(error)})`);
        return ExitCode.UsageOrIo;
    }
    return ExitCode.Clean;
}

export function registerImportCommand(program: Command, io: ImportIo, setExit: (code: ExitCodeValue) => void): void {
    program
        .command('import')
        .description('import canonical text or a Word document (a CTAP or a progress report) as an .actionplan file')
        .argument('<file>', 'the canonical text file or .docx')
        .option('-o, --output <file>', 'write the .actionplan file here (replaced if it exists) instead of stdout')
        .addOption(
            new Option('--form <form>', 'the form of the text (detected when omitted)').choices([
                'ctap',
                'progress-report',
            ]),
        )
        .option(ENCODING_FLAGS, ENCODING_HELP)
        .action(async (file: string, options: ImportOptions) => setExit(await runImport(file, options, io)));
}
