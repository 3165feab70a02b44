// The Word look of the `docx` export: A4 pages, the template's fonts and
// spacing, heading styles, and the numbering definitions of its lists.
import { AlignmentType, LevelFormat } from 'docx';
import type { ILevelsOptions, IStylesOptions } from 'docx';

/** A4 in twentieths of a point, with 2.54 cm margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1440 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Font sizes are in half points. */
const BODY_SIZE = 22;

export const DOCX_STYLES: IStylesOptions = {
    default: {
        document: {
            run: { font: 'Arial', size: BODY_SIZE },
            paragraph: { spacing: { after: 120, line: 264 } },
        },
        title: {
            run: { font: 'Arial', size: 32, bold: true, color: '000000' },
            paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } },
        },
        heading1: {
            run: { font: 'Arial', size: 26, bold: true, color: '000000' },
            paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
        },
        heading2: {
            run: { font: 'Arial', size: 24, bold: true, color: '000000' },
            paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
        },
        heading3: {
            run: { font: 'Arial', size: BODY_SIZE, bold: true, italics: true, color: '000000' },
            paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
        },
        listParagraph: { paragraph: { spacing: { after: 60 } } },
    },
    paragraphStyles: [
        {
            id: 'Question',
            name: 'Question',
            basedOn: 'Normal',
            next: 'Normal',
            quickFormat: true,
            run: { bold: true },
            paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
        },
        {
            id: 'Cover',
            name: 'Cover',
            basedOn: 'Normal',
            next: 'Normal',
            run: { bold: true, size: 24 },
            paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
        },
        {
            id: 'Reference',
            name: 'Reference',
            basedOn: 'Normal',
            next: 'Normal',
            paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0 } },
        },
        {
            id: 'Label',
            name: 'Label',
            basedOn: 'Normal',
            next: 'Normal',
            run: { bold: true },
            paragraph: { spacing: { before: 240, after: 60 }, keepNext: true },
        },
    ],
};

/** Bullets by depth, as Word's default bullet list cycles them. */
const BULLETS = ['\u2022', '\u2013', '\u25e6', '\u2022', '\u2013', '\u25e6'];

function indent(level: number): ILevelsOptions['style'] {
    return { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } };
}

function bullet(level: number): ILevelsOptions {
    return {
        level,
        format: LevelFormat.BULLET,
        text: BULLETS[level] ?? '\u2022',
        alignment: AlignmentType.LEFT,
        style: indent(level),
    };
}

function numbered(level: number, format: ILevelsOptions['format'], text: string): ILevelsOptions {
    return { level, format, text, alignment: AlignmentType.LEFT, style: indent(level) };
}

const DEPTHS = [0, 1, 2, 3, 4, 5];

/** The three kinds of list of the canonical text; each list of the document is an instance of one. */
export const LIST_REFERENCES = {
    /** Commitments and measures under a commitment: bullets, sub-items bulleted one level deeper. */
    bullets: 'actionplan-bullets',
    /** Numbered measures and summary items: `1.`, their sub-items bulleted. */
    numbers: 'actionplan-numbers',
    /** Progress report items: `(1)`, sub-items `(a)`, then bullets. */
    report: 'actionplan-report',
} as const;

export const DOCX_NUMBERING = {
    config: [
        { reference: LIST_REFERENCES.bullets, levels: DEPTHS.map(bullet) },
        {
            reference: LIST_REFERENCES.numbers,
            levels: [numbered(0, LevelFormat.DECIMAL, '%1.'), ...DEPTHS.slice(1).map(bullet)],
        },
        {
            reference: LIST_REFERENCES.report,
            levels: [
                numbered(0, LevelFormat.DECIMAL, '(%1)'),
                numbered(1, LevelFormat.LOWER_LETTER, '(%2)'),
                ...DEPTHS.slice(2).map(bullet),
            ],
        },
    ],
};
