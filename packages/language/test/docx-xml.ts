// Reads a .docx back for tests, without the importer's code: unzips it (jszip)
// and reads word/document.xml paragraph by paragraph and table row by row,
// with each paragraph's style, list numbering (numId, level, numFmt) and text.
import JSZip from 'jszip';

export interface XmlParagraph {
    kind: 'p';
    style?: string;
    list?: { numId: string; level: number; format: string; text: string };
    /** The text, split at `<w:br/>`. */
    lines: string[];
    bold: boolean;
}

export interface XmlTable {
    kind: 'tbl';
    /** Each row's cells' text. */
    rows: string[][];
}

export interface DocxXml {
    body: Array<XmlParagraph | XmlTable>;
    document: string;
    styles: string;
    footer: string;
    files: string[];
}

const decode = (text: string) =>
    text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');

export async function readDocxXml(bytes: Uint8Array): Promise<DocxXml> {
    const zip = await JSZip.loadAsync(bytes);
    const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
    const document = await read('word/document.xml');
    const numbering = await read('word/numbering.xml');
    const styles = await read('word/styles.xml');
    const footerName = Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name));
    const footer = footerName ? await read(footerName) : '';
    const formats = numberFormats(numbering);
    const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1] ?? '';
    const elements: Array<XmlParagraph | XmlTable> = [];
    for (const match of body.matchAll(
        /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g,
    )) {
        const xml = match[0];
        if (xml.startsWith('<w:tbl>')) {
            const rows = [...xml.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) =>
                [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
                    [...cell[1]!.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)]
                        .map((p) => paragraph(p[0], formats).lines.join('\n'))
                        .join('\n'),
                ),
            );
            elements.push({ kind: 'tbl', rows });
        } else {
            elements.push(paragraph(xml, formats));
        }
    }
    return { body: elements, document, styles, footer, files: Object.keys(zip.files) };
}

function paragraph(xml: string, formats: Map<string, [string, string]>): XmlParagraph {
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1];
    const numId = /<w:numId w:val="([^"]+)"\/>/.exec(xml)?.[1];
    const level = Number(/<w:ilvl w:val="(\d+)"\/>/.exec(xml)?.[1] ?? 0);
    const lines = [''];
    for (const token of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)) {
        if (token[0] === '<w:br/>') lines.push('');
        else if (token[0] === '<w:tab/>') lines[lines.length - 1] += '\t';
        else lines[lines.length - 1] += decode(token[1]!);
    }
    const result: XmlParagraph = { kind: 'p', lines, bold: /<w:b\/>/.test(xml) };
    if (style) result.style = style;
    if (numId) {
        const [format = '?', text = '?'] = formats.get(`${numId}:${level}`) ?? [];
        result.list = { numId, level, format, text };
    }
    return result;
}

/** `numId:level` → numFmt (`decimal`, `bullet`, `lowerLetter`) and lvlText (`%1.`), through the abstract numbering. */
function numberFormats(numbering: string): Map<string, [string, string]> {
    const abstract = new Map<string, Map<number, [string, string]>>();
    for (const match of numbering.matchAll(
        /<w:abstractNum [^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
    )) {
        const levels = new Map<number, [string, string]>();
        for (const lvl of match[2]!.matchAll(/<w:lvl [^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
            const format = /<w:numFmt w:val="([^"]+)"\/>/.exec(lvl[2]!)?.[1] ?? '?';
            const text = /<w:lvlText w:val="([^"]*)"\/>/.exec(lvl[2]!)?.[1] ?? '?';
            levels.set(Number(lvl[1]), [format, decode(text)]);
        }
        abstract.set(match[1]!, levels);
    }
    const formats = new Map<string, [string, string]>();
    for (const match of numbering.matchAll(/<w:num [^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
        const abstractId = /<w:abstractNumId w:val="(\d+)"\/>/.exec(match[2]!)?.[1] ?? '';
        for (const [level, format] of abstract.get(abstractId) ?? []) formats.set(`${match[1]}:${level}`, format);
    }
    return formats;
}
