import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import ignoreModule from 'ignore';
import type { Ignore } from 'ignore';
import { isPlanPath, PLAN_EXTENSION } from '@actionplan/language/node';

// A CommonJS module: under NodeNext its default import is module.exports, whose `default` is the factory.
const ignore = ignoreModule.default;

export const IGNORE_FILE = '.actionplanignore';

export interface CollectedFiles {
    /** Absolute paths of plan files, in argument order, folders and glob matches sorted. */
    files: string[];
    /** One line per argument that could not be read or matched nothing. */
    problems: string[];
}

const GLOB_CHARS = /[*?[\]{}]/;

/** `a/**\/b*.actionplan` → a RegExp over `/`-separated paths relative to the glob's base. */
export function globToRegExp(glob: string): RegExp {
    let pattern = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i]!;
        if (c === '*' && glob[i + 1] === '*') {
            const slash = glob[i + 2] === '/';
            pattern += slash ? '(?:[^/]*/)*' : '.*';
            i += slash ? 2 : 1;
        } else if (c === '*') {
            pattern += '[^/]*';
        } else if (c === '?') {
            pattern += '[^/]';
        } else if (c === '{') {
            const end = glob.indexOf('}', i);
            if (end < 0) {
                pattern += '\\{';
                continue;
            }
            pattern += `(?:${glob
                .slice(i + 1, end)
                .split(',')
                .map(escapeRegExp)
                .join('|')})`;
            i = end;
        } else if (c === '[') {
            const end = glob.indexOf(']', i);
            if (end < 0) {
                pattern += '\\[';
                continue;
            }
            pattern += `[${glob
                .slice(i + 1, end)
                .replace(/^!/, '^')
                .replace(/\\/g, '\\\\')}]`;
            i = end;
        } else {
            pattern += escapeRegExp(c);
        }
    }
    return new RegExp(`^${pattern}$`);
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function toPosix(path: string): string {
    return path.split(sep).join('/');
}

/** The `.actionplanignore` of the working folder (gitignore syntax), if any. */
async function loadIgnore(cwd: string): Promise<Ignore> {
    const rules = ignore();
    const text = await readFile(join(cwd, IGNORE_FILE), 'utf8').catch(() => undefined);
    if (text !== undefined) rules.add(text);
    return rules;
}

/**
 * Expands the files, folders and globs given on the command line into plan
 * files (folders recursively). Files found through a folder or a glob are
 * skipped when `.actionplanignore` in the working folder matches them; a file
 * named explicitly is always linted.
 */
export async function collectPlanFiles(args: string[], cwd: string): Promise<CollectedFiles> {
    const files: string[] = [];
    const problems: string[] = [];
    const ignored = await loadIgnore(cwd);
    const isIgnored = (path: string) => {
        const rel = toPosix(relative(cwd, path));
        return rel !== '' && !rel.startsWith('../') && !/^[a-zA-Z]:/.test(rel) && ignored.ignores(rel);
    };
    for (const arg of args) {
        if (GLOB_CHARS.test(arg)) {
            const matches = (await expandGlob(arg, cwd)).filter((path) => !isIgnored(path));
            if (matches.length === 0) problems.push(`${arg}: no plan files match`);
            files.push(...matches);
            continue;
        }
        const path = resolve(cwd, arg);
        const info = await stat(path).catch(() => undefined);
        if (!info) {
            problems.push(`${arg}: no such file or folder`);
        } else if (info.isDirectory()) {
            const found = (await walk(path)).filter((file) => !isIgnored(file));
            if (found.length === 0) problems.push(`${arg}: no ${PLAN_EXTENSION} files in this folder`);
            files.push(...found);
        } else {
            files.push(path);
        }
    }
    return { files: [...new Set(files)], problems };
}

/** Plan files matching a glob: walks from the glob's longest literal folder prefix. */
async function expandGlob(glob: string, cwd: string): Promise<string[]> {
    const parts = toPosix(glob).split('/');
    const firstGlob = parts.findIndex((part) => GLOB_CHARS.test(part));
    const base = resolve(cwd, parts.slice(0, firstGlob).join('/') || '.');
    const matcher = globToRegExp(parts.slice(firstGlob).join('/'));
    const info = await stat(base).catch(() => undefined);
    if (!info?.isDirectory()) return [];
    const candidates = await walk(base);
    return candidates.filter((path) => matcher.test(toPosix(relative(base, path))));
}

/** Plan files under a folder, sorted; hidden folders and node_modules are skipped. */
async function walk(folder: string): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const found: string[] = [];
    for (const entry of entries) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            found.push(...(await walk(path)));
        } else if (entry.isFile() && isPlanPath(entry.name)) {
            found.push(path);
        }
    }
    return found;
}
