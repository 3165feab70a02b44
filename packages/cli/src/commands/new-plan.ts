import { readFile, stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { newPlan } from '@actionplan/language/node';
import type { NewPlanRequest } from '@actionplan/language/node';
import { ExitCode } from '../exit-codes.js';
import type { ExitCodeValue } from '../exit-codes.js';
import { ioErrorMessage, writeAtomically } from '../file-io.js';
import { parseYear } from './roll-forward.js';

export interface NewPlanIo {
    cwd: string;
    out: (text: string) => void;
    err: (text: string) => void;
}

export interface NewPlanCliOptions {
    template: string;
    economy: string;
    year: string;
    output?: string;
    force?: boolean;
}

/** A template file rather than a shipped template's name: it has a path separator or the extension. */
function isTemplateFile(name: string): boolean {
    return name.endsWith('.actionplan') || name.includes('/') || name.includes(sep);
}

/**
 * `actionplan new --template <name or file> --economy <name> --year <yyyy> [-o file] [--force]`:
 * a complete plan on the template (newPlanText), to stdout or atomically to -o. An
 * existing -o file is kept unless --force. Exit 2 for a bad option, an unknown
 * template or an I/O problem.
 */
export async function runNew(options: NewPlanCliOptions, io: NewPlanIo): Promise<ExitCodeValue> {
    const year = parseYear(options.year);
    if (year === undefined) {
        io.err(`actionplan new: --year ${options.year}: expected a four-digit year from 1989 on`);
        return ExitCode.UsageOrIo;
    }
    const economy = options.economy.trim();
    if (economy.length === 0) {
        io.err('actionplan new: --economy: expected the economy\'s name, e.g. --economy "New Zealand"');
        return ExitCode.UsageOrIo;
    }
    const output = options.output === undefined ? undefined : resolve(io.cwd, options.output);
    if (output !== undefined && !options.force && (await stat(output).catch(() => undefined))) {
        io.err(`actionplan new: ${options.output} already exists; refusing to overwrite it (use --force)`);
        return ExitCode.UsageOrIo;
    }
    let template: NewPlanRequest['template'] = options.template;
    if (isTemplateFile(options.template)) {
        const path = resolve(io.cwd, options.template);
        let text: string;
        try {
            text = await readFile(path, 'utf8');
        } catch (error) {
            io.err(`actionplan new: --template ${options.template}: cannot read (${ioErrorMessage(error)})`);
            return ExitCode.UsageOrIo;
        }
        // The plan names its template by the path from the plan's folder.
        const from = output === undefined ? io.cwd : dirname(output);
        const ref = JSON.stringify(relative(from, path).split(sep).join('/'));
        template = { text, source: options.template, ref };
    }
    const result = newPlan({ template, economy, year });
    if ('error' in result) {
        const hint = typeof template === 'string' ? "; give a template file's path for your own" : '';
        io.err(`actionplan new: --template ${options.template}: ${result.error}${hint}`);
        return ExitCode.UsageOrIo;
    }
    const text = result.text;
    if (output === undefined) {
        io.out(text.replace(/\n$/, ''));
        return ExitCode.Clean;
    }
    try {
        await writeAtomically(output, text);
    } catch (error) {
        io.err(`actionplan new: ${options.output}: cannot write (${ioErrorMessage(error)})`);
        return ExitCode.UsageOrIo;
    }
    return ExitCode.Clean;
}

export function registerNewCommand(program: Command, io: NewPlanIo, setExit: (code: ExitCodeValue) => void): void {
    program
        .command('new')
        .description('write a new plan on a template: every section, commitment and block, ready to fill in')
        .requiredOption(
            '--template <name or file>',
            'a shipped template (ctap-2013, progress-report) or a template file',
        )
        .requiredOption('--economy <name>', 'the economy the plan is for')
        .requiredOption('--year <yyyy>', 'the calendar year the plan reports on')
        .option('-o, --output <file>', 'write the plan here instead of stdout')
        .option('--force', 'replace the -o file if it exists')
        .action(async (options: NewPlanCliOptions) => setExit(await runNew(options, io)));
}
