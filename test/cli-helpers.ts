import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const cliPath = fileURLToPath(new URL('../packages/cli/bin/actionplan.js', import.meta.url));
export const serverPath = fileURLToPath(
    new URL('../packages/language/bin/actionplan-language-server.js', import.meta.url),
);

export interface CliResult {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the built `actionplan` CLI as a child process, as a user or CI job would. */
export function runCli(args: string[], options: { cwd?: string; input?: string } = {}): CliResult {
    const result = spawnSync(process.execPath, [cliPath, ...args], {
        cwd: options.cwd ?? repoRoot,
        input: options.input,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
