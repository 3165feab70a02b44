// How plan text is quoted: as a DSL string literal (for generated source and
// quick fixes), and shortened inside a message.

/**
 * `"text"` as a DSL STRING: backslashes and double quotes escaped, everything
 * else verbatim (the value converter, parse/action-plan-value-converter.ts, reads
 * it back to the same text).
 */
export function dslString(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `"Japan will continue to hold training courses…"`: a text flattened and shortened for a message. */
export function quoteForMessage(text: string | undefined, max = 60): string {
    // Only the start is shown: flatten that, not a 100 kB text.
    const flat = (text ?? '')
        .slice(0, max * 4)
        .replace(/\s+/g, ' ')
        .trim();
    return `"${flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat}"`;
}

/** Text cut at a word boundary to about `max` characters, for outlines and lists (no quotes). */
export function shorten(text: string, max = 60): string {
    if (text.length <= max) return text;
    const cut = text.slice(0, max);
    const space = cut.lastIndexOf(' ');
    return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
