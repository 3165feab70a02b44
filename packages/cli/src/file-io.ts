import { randomBytes } from 'node:crypto';
import { realpath, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes a temporary file next to the target, then renames it over the target: readers never see half a file. */
export async function writeAtomically(path: string, text: string | Uint8Array): Promise<void> {
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        await (typeof text === 'string' ? writeFile(temporary, text, 'utf8') : writeFile(temporary, text));
        await rename(temporary, path);
    } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
    }
}

/** True when both paths name the same file (through links too), or the same path. */
export async function sameFile(a: string, b: string): Promise<boolean> {
    if (a === b) return true;
    const [realA, realB] = await Promise.all([realpath(a).catch(() => a), realpath(b).catch(() => b)]);
    return realA === realB;
}

/** A short reason for a failed read or write, for one-line messages. */
export function ioErrorMessage(error: unknown): string {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a folder';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    return code ?? (error instanceof Error ? error.message : String(error));
}
