import type { FileSystemNode, FileSystemProvider, URI } from 'langium';
import { decodeBytes } from './action-plan-text-decoding.js';
import type { DecodeOptions, DecodedText } from './action-plan-text-decoding.js';

/**
 * A file system whose text reads go through decodeBytes: a byte order mark (UTF-8,
 * UTF-16 LE/BE) is honoured and removed, and a file that cannot be decoded is still
 * read (U+FFFD for its bad bytes) so that the editor can show one diagnostic for it;
 * `readDecoded` says what went wrong. createActionPlanServices wraps every file
 * system it is given in one of these, so the language server, the CLI and the
 * public API read plan files (and `.actionplanrc.json`) the same way.
 */
export class DecodingFileSystemProvider implements FileSystemProvider {
    constructor(
        readonly inner: FileSystemProvider,
        readonly options: DecodeOptions = {},
    ) {}

    /** The file's text, how it was stored, and the decoding problem if any. */
    async readDecoded(uri: URI): Promise<DecodedText> {
        return decodeBytes(await this.inner.readBinary(uri), this.options);
    }

    async readFile(uri: URI): Promise<string> {
        return (await this.readDecoded(uri)).text;
    }

    readFileSync(uri: URI): string {
        return decodeBytes(this.inner.readBinarySync(uri), this.options).text;
    }

    stat(uri: URI): Promise<FileSystemNode> {
        return this.inner.stat(uri);
    }

    statSync(uri: URI): FileSystemNode {
        return this.inner.statSync(uri);
    }

    exists(uri: URI): Promise<boolean> {
        return this.inner.exists(uri);
    }

    existsSync(uri: URI): boolean {
        return this.inner.existsSync(uri);
    }

    readBinary(uri: URI): Promise<Uint8Array> {
        return this.inner.readBinary(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        return this.inner.readBinarySync(uri);
    }

    readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return this.inner.readDirectory(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        return this.inner.readDirectorySync(uri);
    }
}

/** The provider itself when it already decodes (a host chose the options), else it wrapped with the defaults. */
export function decodingFileSystem(provider: FileSystemProvider): DecodingFileSystemProvider {
    return provider instanceof DecodingFileSystemProvider ? provider : new DecodingFileSystemProvider(provider);
}
