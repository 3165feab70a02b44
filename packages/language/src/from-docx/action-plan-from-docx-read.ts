// Reads the body of a .docx into paragraphs and tables, with what the
// canonical-text importer needs of Word's structure: each paragraph's lines
// (line breaks kept), its list level and whether the list is numbered (Word's
// automatic numbering, from the paragraph or from its style), its style name.
// mammoth does the reading (zip, relationships, styles, numbering, tracked
// changes); a bad file becomes a DocxError with one clear sentence.
import type mammothModule from 'mammoth';

export class DocxError extends Error {
    override name = 'DocxError';
}

export interface DocxParagraph {
    kind: 'paragraph';
    /** The text, split at Word's line breaks; tabs kept as `\t`. */
    lines: string[];
    styleName?: string;
    list?: { level: number; ordered: boolean };
}

export interface DocxTable {
    kind: 'table';
    /** Each row's cells; a cell's paragraphs and line breaks joined with `\n`. */
    rows: string[][];
}

export type DocxElement = DocxParagraph | DocxTable;

/** The subset of mammoth's (documented, unstable) document tree read here. */
interface MammothElement {
    type: string;
    children?: MammothElement[];
    value?: string;
    breakType?: string;
    styleName?: string | null;
    numbering?: { level: string | number; isOrdered: boolean } | null;
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Reads a .docx file's body; throws DocxError for anything that is not a readable Word document. */
export async function readDocx(bytes: Uint8Array): Promise<DocxElement[]> {
    checkContainer(bytes);
    let root: MammothElement | undefined;
    // Loaded on first use: every other command of the CLI and the server starts without it.
    const { default: mammoth } = (await import('mammoth')) as { default: typeof mammothModule };
    const input = { arrayBuffer: toArrayBuffer(bytes), buffer: bytes } as unknown as Parameters<
        typeof mammoth.convertToHtml
    >[0];
    try {
        await mammoth.convertToHtml(input, {
            // Keep the document tree and hand mammoth an empty one: no HTML is needed.
            transformDocument: (document: MammothElement) => {
                root = document;
                return { ...document, children: [] };
            },
        });
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (/main document part/i.test(message))
            throw new DocxError('not a Word document: the zip holds no word/document.xml');
        throw new DocxError(`damaged Word document (${message.split('\n')[0]})`);
    }
    return (root?.children ?? []).flatMap(element);
}

/** Tells a zip (a .docx) from an encrypted Word file, a Word 97-2003 .doc and anything else. */
function checkContainer(bytes: Uint8Array): void {
    if (bytes.length === 0) throw new DocxError('empty file, not a Word document');
    if (CFB_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
        if (containsUtf16(bytes, 'EncryptedPackage')) {
            throw new DocxError('the Word document is password-protected: remove the password in Word and try again');
        }
        throw new DocxError('a Word 97-2003 .doc (or another OLE file), not a .docx: save it as .docx in Word');
    }
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DocxError('not a Word document (.docx is a zip archive)');
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
    const needle = Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]);
    outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
        for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
        return true;
    }
    return false;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function element(node: MammothElement): DocxElement[] {
    if (node.type === 'paragraph') return [paragraph(node)];
    if (node.type === 'table') return [table(node)];
    // Anything else at the top (a bookmark, a note) carries no text of the plan.
    return [];
}

/** Word's list style names, for a list whose numbering the style does not define. */
const LIST_STYLE = /^List (Bullet|Number)(?: (\d))?$/;

function paragraph(node: MammothElement): DocxParagraph {
    const lines = [''];
    collectText(node, lines);
    const result: DocxParagraph = { kind: 'paragraph', lines };
    if (node.styleName) result.styleName = node.styleName;
    // `List Bullet 2` is a second-level list whatever level its own numbering gives (Word's own
    // template numbers it at level 0 of a list of its own, indented further).
    const listStyle = LIST_STYLE.exec(node.styleName ?? '');
    const styleLevel = listStyle?.[2] ? Number(listStyle[2]) - 1 : 0;
    if (node.numbering) {
        const level = Number(node.numbering.level);
        result.list = {
            level: Math.max(Number.isFinite(level) ? level : 0, styleLevel),
            ordered: node.numbering.isOrdered,
        };
    } else if (listStyle) {
        result.list = { level: styleLevel, ordered: listStyle[1] === 'Number' };
    }
    return result;
}

function collectText(node: MammothElement, lines: string[]): void {
    for (const child of node.children ?? []) {
        switch (child.type) {
            case 'text':
                lines[lines.length - 1] += child.value ?? '';
                break;
            case 'tab':
                lines[lines.length - 1] += '\t';
                break;
            case 'break':
                lines.push('');
                break;
            // Footnotes and comments are not part of the plan's text.
            case 'noteReference':
            case 'commentReference':
                break;
            default:
                collectText(child, lines);
        }
    }
}

function table(node: MammothElement): DocxTable {
    const rows: string[][] = [];
    for (const row of node.children ?? []) {
        if (row.type !== 'tableRow') continue;
        rows.push(
            (row.children ?? [])
                .filter((cell) => cell.type === 'tableCell')
                .map((cell) =>
                    (cell.children ?? [])
                        .flatMap(element)
                        .flatMap((inner) =>
                            inner.kind === 'paragraph' ? inner.lines : inner.rows.map((r) => r.join(' ')),
                        )
                        .join('\n'),
                ),
        );
    }
    return { kind: 'table', rows };
}
