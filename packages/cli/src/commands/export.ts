import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import {
    EXPORT_FORMATS,
    IssueCodes,
    createActionPlanServices,
    diagnoseFiles,
    exportPlan,
    isDocument,
} from '@actionplan/language';
import type { ExportFormat } from '@actionplan/language';
import { ExitCode } from '../exit-codes.js';
import type { ExitCodeValue } from '../exit-codes.js';
import { formatStylish } from '../format-stylish.js';
import { ioErrorMessage, sameFile, writeAtomically } from '../file-io.js';

export interface ExportIo {
    cwd: string;
    out: (text: string) => void;
    err: (text: string) => void;
}

export interface ExportOptions {
    format?: string;
    output?: string;
}

/** Diagnostics that leave the plan incomplete: exporting it would print holes. */
const BLOCKING_CODES = new Set<string>([IssueCodes.SyntaxError, IssueCodes.UnresolvedReference]);

/**
 * `actionplan export <file> [--format text|json|markdown|html] [-o out]`: renders a
 * plan. Without -o the export goes to stdout; with -o it is written atomically
 * (never onto the input). A plan that does not parse or link is not exported:
 * its errors are printed and the exit code is 1.
 */
export async function runExport(file: string, options: ExportOptions, io: ExportIo): Promise<ExitCodeValue> {
    const format = (options.format ?? 'text') as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) {
        io.err(`actionplan export: unknown format "${options.format}" (use ${EXPORT_FORMATS.join(', ')})`);
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
    const { shared } = createActionPlanServices(NodeFileSystem);
    let results;
    try {
        results = await diagnoseFiles(shared, [input]);
    } catch (error) {
        io.err(`actionplan export: ${file}: cannot read (${ioErrorMessage(error)})`);
        return ExitCode.UsageOrIo;
    }
    const blocking = results.map(({ path, diagnostics }) => ({
        path,
        diagnostics: diagnostics
            .filter((d) => typeof d.code === 'string' && BLOCKING_CODES.has(d.code))
            // Shown as errors whatever severity a configuration gave them: they stop the export.
            .map((d) => ({ ...d, severity: 1 as const })),
    }));
    if (blocking.some((r) => r.diagnostics.length > 0)) {
        io.err(formatStylish(blocking, io.cwd));
        return ExitCode.LintErrors;
    }
    const root = shared.workspace.LangiumDocuments.getDocument(URI.file(input))?.parseResult.value;
    if (!isDocument(root)) {
        io.err(`actionplan export: ${file}: cannot read the plan`);
        return ExitCode.UsageOrIo;
    }
    const text = exportPlan(root, format);
    if (output === undefined) {
        io.out(text.replace(/\n$/, ''));
        return ExitCode.Clean;
    }
    try {
        await writeAtomically(output, text);
    } catch (error) {
        io.err(`actionplan export: ${relative(io.cwd, output) || output}: cannot write (${ioErrorMessage(error)})`);
        return ExitCode.UsageOrIo;
    }
    return ExitCode.Clean;
}

export function registerExportCommand(program: Command, io: ExportIo, setExit: (code: ExitCodeValue) => void): void {
    program
        .command('export')
        .description('render a plan as canonical text, JSON, Markdown or HTML (stdout unless -o)')
        .argument('<file>', 'the .actionplan file to export')
        .option('-f, --format <format>', `output format: ${EXPORT_FORMATS.join(', ')}`, 'text')
        .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
        .action(async (file: string, options: ExportOptions) => setExit(await runExport(file, options, io)));
}
