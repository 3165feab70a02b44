import { lstat, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { ISSUE_CODE_INFO } from '@actionplan/language/node';
import { ExitCode } from '../exit-codes.js';
import type { ExitCodeValue } from '../exit-codes.js';
import { ioErrorMessage } from '../file-io.js';
import { packageFile } from '../package-file.js';

export interface InitIo {
    cwd: string;
    out: (text: string) => void;
    err: (text: string) => void;
}

export const CONFIG_FILE = '.actionplanrc.json';
export const EXAMPLE_FILE = 'example.actionplan';
const SCHEMA_URL = 'https://raw.githubusercontent.com/actionplan/actionplan/main/docs/actionplanrc.schema.json';

/** `.actionplanrc.json` listing every rule at its default severity, to change or turn off. */
export function initialConfig(): string {
    const rules = Object.fromEntries(Object.entries(ISSUE_CODE_INFO).map(([code, info]) => [code, info.severity]));
    return JSON.stringify({ $schema: SCHEMA_URL, rules }, null, 2) + '\n';
}

/**
 * `actionplan init`: writes `.actionplanrc.json` (every rule at its default) and an
 * example plan into the current folder. Refuses (exit 2, nothing written) when either
 * file exists; each file is created exclusively, so a file that appears meanwhile is
 * not overwritten either.
 */
export async function runInit(io: InitIo): Promise<ExitCodeValue> {
    const example = await readFile(packageFile('init/example.actionplan'), 'utf8');
    const files: Array<[string, string]> = [
        [CONFIG_FILE, initialConfig()],
        [EXAMPLE_FILE, example],
    ];
    const existing: string[] = [];
    for (const [name] of files) {
        const exists = await lstat(join(io.cwd, name)).then(
            () => true,
            (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
        );
        if (exists) {
            existing.push(name);
        }
    }
    if (existing.length > 0) {
        io.err(
            `actionplan init: ${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''} here; nothing written`,
        );
        return ExitCode.UsageOrIo;
    }
    const written: string[] = [];
    for (const [name, text] of files) {
        try {
            await writeFile(join(io.cwd, name), text, { flag: 'wx' });
            written.push(name);
        } catch (error) {
            io.err(`actionplan init: cannot write ${name} (${ioErrorMessage(error)}); nothing written`);
            for (const done of written) await unlink(join(io.cwd, done)).catch(() => undefined);
            return ExitCode.UsageOrIo;
        }
    }
    for (const name of written) io.out(`wrote ${name}`);
    io.out(`next: edit ${EXAMPLE_FILE} (or rename it), then run actionplan lint .`);
    return ExitCode.Clean;
}

export function registerInitCommand(program: Command, io: InitIo, setExit: (code: ExitCodeValue) => void): void {
    program
        .command('init')
        .description(`write ${CONFIG_FILE} (every rule at its default) and ${EXAMPLE_FILE} in the current folder`)
        .action(async () => setExit(await runInit(io)));
}
