// The canonical text as a sequence of laid-out blocks: paragraphs with a
// style, list items with their level, contact points with their fields. The
// `text` export prints the blocks as lines; the `docx` export turns the same
// blocks into Word paragraphs, lists and tables, so both say exactly the same.
import { letterLabel, splitLines } from './action-plan-render-text-join.js';

/** How a paragraph looks in Word; the text export prints every style alike. */
export type ParagraphStyle =
    'cover' | 'reference' | 'title' | 'heading1' | 'heading2' | 'heading3' | 'question' | 'label' | 'body';

/** The two canonical layouts; list markers differ between them. */
export type TextForm = 'ctap' | 'progress-report';

/** A contact field as the template labels it: `Name`, `Title`, `Telephone Number`, `Fax Number`, `Email Address`. */
export type ContactField = [label: string, value: string];

export type LayoutBlock =
    | { kind: 'paragraph'; style: ParagraphStyle; lines: string[] }
    /** `marker` starts `lines[0]` (trailing blanks of an empty item aside). */
    | { kind: 'item'; level: number; ordered: boolean; marker: string; lines: string[] }
    | { kind: 'contact'; role: string; fields: ContactField[] };

/**
 * The marker a list item prints with in the canonical text, from its level and
 * its position (1-based) among its siblings. CTAP: ` 1. ` for numbered items at
 * the margin, `- ` bullets, ` - ` sub-items one space deeper a level. Progress
 * report: `(1) ` items, `(a) ` sub-items, then ` - ` dashes.
 */
export function listMarker(form: TextForm, level: number, ordered: boolean, index: number): string {
    if (form === 'progress-report') {
        if (level === 0) return `(${index}) `;
        if (level === 1) return `(${letterLabel(index - 1)}) `;
        return `${' '.repeat(level - 1)}- `;
    }
    if (level === 0) return ordered ? ` ${index}. ` : '- ';
    return `${' '.repeat(level)}- `;
}

/** The labels of a contact point's first text line; the others go on its second line. */
const FIRST_LINE_LABELS = new Set(['Name', 'Title']);

/**
 * A contact point as the template prints it: `Contact Point: Name: X Title: Y`,
 * then (a paragraph of its own) `Telephone Number: … Fax Number: … Email Address: …`.
 */
export function contactTextLines(role: string, fields: readonly ContactField[]): string[] {
    let first = `${role}:`;
    const details: string[] = [];
    for (const [label, value] of fields) {
        if (FIRST_LINE_LABELS.has(label)) first += ` ${label}: ${value}`;
        else details.push(`${label}: ${value}`);
    }
    return details.length > 0 ? [first, details.join(' ')] : [first];
}

/**
 * Collects the blocks of a plain-text export. Blank lines are asked for, not
 * written: `blank()` adds one only between content, so there is never more
 * than one in a row, none at the start and none at the end.
 */
export class TextLines {
    private readonly lines: string[] = [];
    readonly blocks: LayoutBlock[] = [];
    private pendingBlank = false;

    constructor(private readonly form: TextForm = 'ctap') {}

    /**
     * Adds a line; a string holding line breaks becomes several lines, with
     * empty lines at its ends dropped and runs of them inside kept to one.
     */
    line(text: string, style: ParagraphStyle = 'body'): this {
        const lines = this.push(text);
        if (lines.length > 0) this.blocks.push({ kind: 'paragraph', style, lines });
        return this;
    }

    /** A paragraph: a line with a blank line before and after it. */
    paragraph(text: string | undefined, style: ParagraphStyle = 'body'): this {
        if (text === undefined) return this;
        return this.blank().line(text, style).blank();
    }

    /** Several lines (each split as `line` does) that form one paragraph, as the meeting's name, place and dates. */
    group(texts: readonly string[], style: ParagraphStyle = 'body'): this {
        const lines = texts.flatMap((text) => this.push(text));
        if (lines.length > 0) this.blocks.push({ kind: 'paragraph', style, lines });
        return this;
    }

    /** A list item at `level`, `index` (1-based) among its siblings; see listMarker. */
    item(text: string, level: number, ordered: boolean, index: number): this {
        const marker = listMarker(this.form, level, ordered, index);
        const lines = this.push(marker + text);
        if (lines.length > 0) this.blocks.push({ kind: 'item', level, ordered, marker, lines });
        return this;
    }

    /** A contact point: its two paragraphs (one when it has only a name and title). */
    contact(role: string, fields: readonly ContactField[]): this {
        const [first, second] = contactTextLines(role, fields);
        this.blank().push(first!);
        this.blank();
        if (second !== undefined) this.push(second);
        this.blank();
        this.blocks.push({ kind: 'contact', role, fields: [...fields] });
        return this;
    }

    blank(): this {
        this.pendingBlank = true;
        return this;
    }

    /** The text, ending with exactly one newline. */
    toString(): string {
        return this.lines.length === 0 ? '\n' : this.lines.join('\n') + '\n';
    }

    private push(text: string): string[] {
        // One pass (a text may hold many thousand line breaks): no empty line first, none twice.
        const lines: string[] = [];
        for (const line of splitLines(text))
            if (line !== '' || (lines.length > 0 && lines.at(-1) !== '')) lines.push(line);
        if (lines.at(-1) === '') lines.pop();
        if (lines.length === 0) return lines;
        if (this.pendingBlank && this.lines.length > 0) this.lines.push('');
        this.pendingBlank = false;
        // A loop, not push(...lines): a string with many line breaks would overflow the call stack.
        for (const line of lines) this.lines.push(line);
        return lines;
    }
}
