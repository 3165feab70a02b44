/** What to write instead of a character that has no meaning outside quotes. */
const ADVICE: Record<string, string> = {
    "'": 'text goes in straight double quotes " … "',
    '`': 'text goes in straight double quotes " … "',
    ':': 'write a field and its value with a space, as in title "…"',
    '=': 'write a field and its value with a space, as in title "…"',
    ';': 'statements end at the line end, without ";"',
    '[': 'lists are written between { and }, one "- …" item a line',
    ']': 'lists are written between { and }, one "- …" item a line',
    '*': 'a list item starts with a hyphen: - "…"',
    '#': 'comments start with //',
    '\u00a0': '',
};

function nameOf(char: string): string {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || (code >= 0x200b && code <= 0x200f) || code === 0x2060) {
        return `an invisible character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
    }
    return `'${char}'`;
}

/** The message for characters the lexer could not read, in plain words. */
export function strayCharactersMessage(chars: string): string {
    const first = [...chars][0] ?? '';
    const advice = ADVICE[first];
    const all = [...chars];
    const what =
        all.length > 1 ? `The characters ${all.map(nameOf).join(' ')} are` : `The character ${nameOf(first)} is`;
    return `${what} not allowed outside quotes: ${advice || 'remove it, or put the text in straight quotes " … "'}`;
}
