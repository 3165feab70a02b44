// The `docx` export: the canonical text's blocks (action-plan-render-lines) laid
// out as the template in Word. Styled paragraphs and real headings, contact
// points as two-column tables, lists through Word's numbering, A4 pages with
// the document number and page numbers in the footer. Every line of the text
// export appears, in order, in the body; a list marker is Word's numbering, not
// text. Browser-safe: returns the bytes, writes nothing.
import {
    AlignmentType,
    BorderStyle,
    Document,
    Footer,
    HeadingLevel,
    Packer,
    PageNumber,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    Tab,
    TabStopType,
    TextRun,
    WidthType,
} from 'docx';
import type { ParagraphChild } from 'docx';
import type { LayoutBlock, ParagraphStyle } from './action-plan-render-lines.js';
import { DOCX_NUMBERING, DOCX_STYLES, LIST_REFERENCES, PAGE, TEXT_WIDTH } from './action-plan-render-docx-styles.js';
import { planLayout } from './action-plan-render-text.js';
import { planHeading } from './action-plan-render-view.js';
import type { PlanExport } from './action-plan-render-types.js';

/** Renders the plan as a .docx file. */
export async function renderDocx(model: PlanExport): Promise<Uint8Array> {
    const blocks = planLayout(model).blocks;
    const reference = model.kind === 'ctap' ? model.header.document : undefined;
    const document = new Document({
        creator: 'ActionPlan',
        title: documentTitle(model),
        styles: DOCX_STYLES,
        numbering: DOCX_NUMBERING,
        sections: [
            {
                properties: {
                    page: {
                        size: { width: PAGE.width, height: PAGE.height },
                        margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin },
                    },
                },
                footers: { default: footer(reference) },
                children: body(blocks, model.kind === 'progress-report'),
            },
        ],
    });
    return new Uint8Array(await Packer.toArrayBuffer(document));
}

function documentTitle(model: PlanExport): string {
    switch (model.kind) {
        case 'ctap':
            return planHeading(model.header);
        case 'empty':
            return '';
        default:
            return model.title;
    }
}

/** The document number at the left, `Page n of m` at the right. */
function footer(reference: string | undefined): Footer {
    const children: ParagraphChild[] = [];
    if (reference) children.push(new TextRun(wordText(reference)), new TextRun({ children: [new Tab()] }));
    children.push(new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }));
    return new Footer({
        children: [
            new Paragraph({
                children,
                alignment: reference ? AlignmentType.LEFT : AlignmentType.CENTER,
                tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
                style: 'Footer',
            }),
        ],
    });
}

function body(blocks: readonly LayoutBlock[], report: boolean): Array<Paragraph | Table> {
    const children: Array<Paragraph | Table> = [];
    // Each run of list items is one Word list (a numbering instance), so its numbers start at 1.
    let list: { reference: string; instance: number } | undefined;
    let instances = 0;
    for (const block of blocks) {
        if (block.kind !== 'item') {
            list = undefined;
            if (block.kind === 'paragraph') children.push(paragraph(block.lines, block.style));
            else children.push(...contact(block.role, block.fields));
            continue;
        }
        const wanted = report
            ? LIST_REFERENCES.report
            : block.level > 0 && list
              ? list.reference
              : block.ordered
                ? LIST_REFERENCES.numbers
                : LIST_REFERENCES.bullets;
        if (!list || list.reference !== wanted) list = { reference: wanted, instance: ++instances };
        const [first = '', ...rest] = block.lines;
        const text = first.startsWith(block.marker) ? first.slice(block.marker.length) : '';
        children.push(
            new Paragraph({
                children: [new TextRun(wordText(text))],
                numbering: { reference: list.reference, level: block.level, instance: list.instance },
            }),
        );
        // Further lines of an item's text print at the margin in the text export: plain paragraphs here.
        for (const line of rest) children.push(paragraph([line], 'body'));
    }
    return children;
}

const HEADINGS: Partial<Record<ParagraphStyle, (typeof HeadingLevel)[keyof typeof HeadingLevel]>> = {
    title: HeadingLevel.TITLE,
    heading1: HeadingLevel.HEADING_1,
    heading2: HeadingLevel.HEADING_2,
    heading3: HeadingLevel.HEADING_3,
};

const STYLE_IDS: Partial<Record<ParagraphStyle, string>> = {
    question: 'Question',
    cover: 'Cover',
    reference: 'Reference',
    label: 'Label',
};

/** One paragraph; its lines separated by line breaks. */
function paragraph(lines: readonly string[], style: ParagraphStyle): Paragraph {
    const runs = lines.map((line, index) => new TextRun({ text: wordText(line), break: index > 0 ? 1 : 0 }));
    const heading = HEADINGS[style];
    if (heading) return new Paragraph({ children: runs, heading });
    return new Paragraph({ children: runs, style: STYLE_IDS[style] });
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const LABEL_WIDTH = Math.round(TEXT_WIDTH * 0.3);

/** `Contact Point:` above a table of its fields, one row each: label | value. */
function contact(role: string, fields: ReadonlyArray<[string, string]>): Array<Paragraph | Table> {
    const heading = new Paragraph({ children: [new TextRun(wordText(`${role}:`))], style: 'Label' });
    if (fields.length === 0) return [heading];
    const cell = (text: string, width: number, bold: boolean) =>
        new TableCell({
            width: { size: width, type: WidthType.DXA },
            borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER },
            margins: { top: 40, bottom: 40, left: 100, right: 100 },
            children: [
                new Paragraph({
                    children: text
                        .split('\n')
                        .map((line, index) => new TextRun({ text: wordText(line), bold, break: index > 0 ? 1 : 0 })),
                    spacing: { after: 0 },
                }),
            ],
        });
    const table = new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH],
        rows: fields.map(
            ([label, value]) =>
                new TableRow({
                    cantSplit: true,
                    children: [cell(`${label}:`, LABEL_WIDTH, true), cell(value, TEXT_WIDTH - LABEL_WIDTH, false)],
                }),
        ),
    });
    // An empty paragraph after the table keeps two contact tables from merging into one.
    return [heading, table, new Paragraph({ children: [], spacing: { after: 0 } })];
}

/** Characters XML 1.0 forbids (controls other than tab, lone surrogates) cannot go into a Word file. */
function wordText(text: string): string {
    return text.replace(
        // eslint-disable-next-line no-control-regex -- these are exactly the characters to drop
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
        '',
    );
}
