// The `actionplan` command line: a thin shell over @actionplan/language.
import '@actionplan/language/polyfills';
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerDiffCommand } from './commands/diff.js';
import { registerExportCommand } from './commands/export.js';
import { registerFormatCommand } from './commands/format.js';
import { registerImportCommand } from './commands/import.js';
import { registerLintCommand } from './commands/lint.js';
import { registerSummaryCommand } from './commands/summary.js';
import { registerInitCommand } from './commands/init.js';
import { addHelpExamples } from './help-examples.js';
import { registerNewCommand } from './commands/new-plan.js';
import { registerRollForwardCommand } from './commands/roll-forward.js';
import { ExitCode, UsageError } from './exit-codes.js';
import { packageFile } from './package-file.js';
import type { ExitCodeValue } from './exit-codes.js';

const packageJson = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as {
    version: string;
};

export async function main(argv: string[]): Promise<ExitCodeValue> {
    let exitCode: ExitCodeValue = ExitCode.Clean;
    const io = {
        cwd: process.cwd(),
        out: (text: string) => process.stdout.write(text + '\n'),
        err: (text: string) => process.stderr.write(text + '\n'),
        // Bytes never go to a terminal: `export --format docx` without -o asks for a file there.
        outBytes: process.stdout.isTTY ? undefined : (bytes: Uint8Array) => process.stdout.write(bytes),
        progress: process.stderr,
    };
    const program = new Command('actionplan')
        .description('Lint, import and export ActionPlan (.actionplan) government action plans')
        .version(packageJson.version, '-v, --version')
        .exitOverride()
        .showHelpAfterError('(run actionplan --help for usage)');
    registerLintCommand(program, io, (code) => (exitCode = code), packageJson.version);
    registerFormatCommand(program, io, (code) => (exitCode = code));
    registerExportCommand(program, io, (code) => (exitCode = code));
    registerImportCommand(program, io, (code) => (exitCode = code));
    registerSummaryCommand(program, io, (code) => (exitCode = code));
    registerDiffCommand(program, io, (code) => (exitCode = code));
    registerInitCommand(program, io, (code) => (exitCode = code));
    registerNewCommand(program, io, (code) => (exitCode = code));
    registerRollForwardCommand(program, io, (code) => (exitCode = code));
    addHelpExamples(program);
    try {
        await program.parseAsync(argv, { from: 'user' });
    } catch (error) {
        if (error instanceof CommanderError) {
            // --help and --version end here with exit code 0; usage errors with 2.
            return error.exitCode === 0 ? ExitCode.Clean : ExitCode.UsageOrIo;
        }
        if (error instanceof UsageError) {
            // A command's own usage check (e.g. `summary --format xlsx` without -o): one line, exit 2.
            const command = program.args[0];
            io.err(`actionplan${command ? ` ${command}` : ''}: ${error.message}`);
            return ExitCode.UsageOrIo;
        }
        throw error;
    }
    return exitCode;
}

// `actionplan export plan.actionplan | head`: the reader went away. Stop quietly, as
// Unix tools do, instead of dying of an unhandled EPIPE with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? ExitCode.Clean);
});

main(process.argv.slice(2)).then(
    (code) => {
        process.exitCode = code;
    },
    (error: unknown) => {
        process.stderr.write(`actionplan: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        process.stderr.write('This is a bug; please report it with the command you ran.\n');
        process.exitCode = ExitCode.UsageOrIo;
    },
);
