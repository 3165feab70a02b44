import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const PLAN_EXTENSION = '.actionplan';

export interface CollectedFiles {
    /** Absolute paths of plan files, in argument order, folders sorted. */
    files: string[];
    /** One line per argument that could not be read. */
    problems: string[];
}

/** Expands the files and folders given on the command line into plan files (folders recursively). */
export async function collectPlanFiles(args: string[], cwd: string): Promise<CollectedFiles> {
    const files: string[] = [];
    const problems: string[] = [];
    for (const arg of args) {
        const path = resolve(cwd, arg);
        const info = await stat(path).catch(() => undefined);
        if (!info) {
            problems.push(`${arg}: no such file or folder`);
        } else if (info.isDirectory()) {
            files.push(...(await walk(path)));
        } else {
            files.push(path);
        }
    }
    return { files: [...new Set(files)], problems };
}

async function walk(folder: string): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    const found: string[] = [];
    for (const entry of entries) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            found.push(...(await walk(path)));
        } else if (entry.isFile() && entry.name.endsWith(PLAN_EXTENSION)) {
            found.push(path);
        }
    }
    return found;
}
