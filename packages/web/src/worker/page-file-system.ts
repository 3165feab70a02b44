import { URI, UriUtils } from 'langium';
import type { FileSystemNode, FileSystemProvider } from 'langium';

/**
 * The worker's file system: the files the page holds (opened, imported,
 * kept in localStorage), pushed here with `actionplan/files`. Folders are
 * implied by the file paths. Everything is in memory, so the synchronous
 * calls Langium may make answer as well as the asynchronous ones.
 */
export class PageFileSystem implements FileSystemProvider {
    private readonly files = new Map<string, string>();

    set(uri: string, text: string): void {
        this.files.set(key(URI.parse(uri)), text);
    }

    delete(uri: string): void {
        this.files.delete(key(URI.parse(uri)));
    }

    statSync(uri: URI): FileSystemNode {
        if (this.files.has(key(uri))) return { isFile: true, isDirectory: false, uri };
        if (this.isFolder(uri)) return { isFile: false, isDirectory: true, uri };
        throw notFound(uri);
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return this.statSync(uri);
    }

    existsSync(uri: URI): boolean {
        return this.files.has(key(uri)) || this.isFolder(uri);
    }

    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    readFileSync(uri: URI): string {
        const text = this.files.get(key(uri));
        if (text === undefined) throw notFound(uri);
        return text;
    }

    async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        const folder = key(uri).replace(/\/?$/, '/');
        const children = new Map<string, FileSystemNode>();
        for (const file of this.files.keys()) {
            if (!file.startsWith(folder)) continue;
            const rest = file.slice(folder.length);
            const slash = rest.indexOf('/');
            const child = URI.parse(folder + (slash < 0 ? rest : rest.slice(0, slash)));
            children.set(key(child), { isFile: slash < 0, isDirectory: slash >= 0, uri: child });
        }
        return [...children.values()];
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return this.readDirectorySync(uri);
    }

    private isFolder(uri: URI): boolean {
        const folder = key(uri).replace(/\/?$/, '/');
        for (const file of this.files.keys()) if (file.startsWith(folder)) return true;
        return false;
    }
}

/** One spelling per URI (`%20` vs space and the like). */
function key(uri: URI): string {
    return UriUtils.normalize(uri);
}

function notFound(uri: URI): Error {
    return Object.assign(new Error(`ENOENT: no such file in the page's workspace: ${uri.toString()}`), {
        code: 'ENOENT',
    });
}
