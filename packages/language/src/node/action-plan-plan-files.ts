// Reading and rewriting plan files in Node: decodeBytes with iconv-lite for the
// encodings TextDecoder is not asked to handle (`--encoding windows-1252`, `latin1`,
// `shift_jis` …), and the file system the CLI gives createActionPlanServices.
import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { NodeFileSystemProvider } from 'langium/node';
import type { FileSystemProvider } from 'langium';
import { DecodingFileSystemProvider } from '../workspace/action-plan-decoding-file-system.js';
import { checkEncoding, decodeBytes, describeDecodeProblem } from '../workspace/action-plan-text-decoding.js';
import type { DecodedText, LegacyCodec } from '../workspace/action-plan-text-decoding.js';
import { encodeText, withLineEndings } from '../workspace/action-plan-text-encoding.js';

/** iconv-lite as decodeBytes' codec for legacy encodings. */
export const iconvCodec: LegacyCodec = {
    exists: (label) => iconv.encodingExists(label),
    decode: (bytes, label) => iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), label),
    encode: (text, label) => new Uint8Array(iconv.encode(text, label)),
};

export interface PlanFileOptions {
    /** `--encoding`: the encoding of files without a byte order mark (default UTF-8). */
    encoding?: string;
}

/** Validates an `--encoding` label (throws UnknownEncodingError with a one-line message). */
export function checkEncodingLabel(label: string): string {
    return checkEncoding(label, iconvCodec);
}

/** Reads and decodes a plan file; `problem` is set when it cannot be decoded (then never write it back). */
export async function readPlanFile(path: string, options: PlanFileOptions = {}): Promise<DecodedText> {
    return decodeBytes(await readFile(path), { encoding: options.encoding, legacy: iconvCodec });
}

/** The one-line CLI message for a file that could not be decoded (without the file name), or undefined. */
export function planFileProblem(decoded: DecodedText): string | undefined {
    return decoded.problem ? describeDecodeProblem(decoded.problem, 'cli') : undefined;
}

/**
 * New text for a file that was read as `stored`, as the bytes to write: its line
 * ends (CRLF stays CRLF), encoding and byte order mark. `text` may use LF only.
 */
export function encodePlanFile(text: string, stored: DecodedText): Uint8Array {
    return encodeText(withLineEndings(text, stored.text), stored, iconvCodec);
}

/** The Node file system for createActionPlanServices, decoding plan files with these options. */
export function planFileSystem(options: PlanFileOptions = {}): { fileSystemProvider: () => FileSystemProvider } {
    return {
        fileSystemProvider: () =>
            new DecodingFileSystemProvider(new NodeFileSystemProvider(), {
                encoding: options.encoding,
                legacy: iconvCodec,
            }),
    };
}
