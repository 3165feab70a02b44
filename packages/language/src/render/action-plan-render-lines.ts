import { splitLines } from './action-plan-render-text-join.js';

/**
 * Collects the lines of a plain-text export. Blank lines are asked for, not
 * written: `blank()` adds one only between content, so there is never more
 * than one in a row, none at the start and none at the end.
 */
export class TextLines {
    private readonly lines: string[] = [];
    private pendingBlank = false;

    /**
     * Adds a line; a string holding line breaks becomes several lines, with
     * empty lines at its ends dropped and runs of them inside kept to one.
     */
    line(text: string): this {
        const lines = splitLines(text).filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''));
        while (lines.at(-1) === '') lines.pop();
        if (lines.length === 0) return this;
        if (this.pendingBlank && this.lines.length > 0) this.lines.push('');
        this.pendingBlank = false;
        // A loop, not push(...lines): a string with many line breaks would overflow the call stack.
        for (const line of lines) this.lines.push(line);
        return this;
    }

    /** A paragraph: a line with a blank line before and after it. */
    paragraph(text: string | undefined): this {
        if (text === undefined) return this;
        return this.blank().line(text).blank();
    }

    blank(): this {
        this.pendingBlank = true;
        return this;
    }

    /** The text, ending with exactly one newline. */
    toString(): string {
        return this.lines.length === 0 ? '\n' : this.lines.join('\n') + '\n';
    }
}
