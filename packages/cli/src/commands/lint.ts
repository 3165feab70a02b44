import type { Command } from 'commander';
import { NodeFileSystem } from 'langium/node';
import { createActionPlanServices, diagnoseFiles } from '@actionplan/language';
import { collectPlanFiles } from '../collect-files.js';
import { ExitCode } from '../exit-codes.js';
import type { ExitCodeValue } from '../exit-codes.js';
import { formatStylish, severityName } from '../format-stylish.js';

export interface LintIo {
    cwd: string;
    out: (text: string) => void;
    err: (text: string) => void;
}

/** `actionplan lint <files or folders…>`: parse, link and validate plans; report every diagnostic. */
export async function runLint(paths: string[], io: LintIo): Promise<ExitCodeValue> {
    const { files, problems } = await collectPlanFiles(paths, io.cwd);
    for (const problem of problems) io.err(`actionplan lint: ${problem}`);
    const { shared } = createActionPlanServices(NodeFileSystem);
    const results = await diagnoseFiles(shared, files);
    const report = formatStylish(results, io.cwd);
    if (report) io.out(report);
    if (problems.length > 0) return ExitCode.UsageOrIo;
    const hasErrors = results.some((r) => r.diagnostics.some((d) => severityName(d) === 'error'));
    return hasErrors ? ExitCode.LintErrors : ExitCode.Clean;
}

export function registerLintCommand(program: Command, io: LintIo, setExit: (code: ExitCodeValue) => void): void {
    program
        .command('lint')
        .description('check plan files (folders are searched recursively for .actionplan files)')
        .argument('<paths...>', 'files or folders to lint')
        .action(async (paths: string[]) => setExit(await runLint(paths, io)));
}
