import type { IToken } from 'chevrotain';

/** Text as a string literal: straight quotes, backslashes escaped. */
export function quoteText(value: string): string {
    return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Text to show in a message: quoted, long texts cut to their first words. */
export function describeText(value: string, quoted = quoteText(value)): string {
    if (value.length <= 40) return quoted;
    const cut = value.slice(0, 32).replace(/\s+\S*$/, '');
    return `"${cut}…"`;
}

/** A token as an official would name it: a word, a text, a number, a sign. */
export function describeToken(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF' || Number.isNaN(token.startOffset)) return 'the end of the file';
    const name = token.tokenType.name;
    if (name === 'STRING') return `the text ${describeText(token.image.slice(1, -1), token.image)}`;
    if (name === 'INT') return `the number ${token.image}`;
    if (name === 'ID') return `the word '${token.image}'`;
    if (/^[a-z]/.test(name)) return `the word '${token.image}'`;
    return `'${token.image}'`;
}

/** The distance between two words in single-character edits (for "did you mean …?"). */
export function editDistance(a: string, b: string): number {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0]!;
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j]!;
            row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length]!;
}

/** The word of `choices` closest to `word`, when it is a likely typo of it. */
export function closestWord(word: string, choices: readonly string[]): string | undefined {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const choice of choices) {
        const first = choice.split(' ')[0]!;
        const distance = editDistance(word.toLowerCase(), first);
        if (distance < bestDistance) {
            best = choice;
            bestDistance = distance;
        }
    }
    const allowed = word.length <= 3 ? 1 : 2;
    return bestDistance > 0 && bestDistance <= allowed ? best : undefined;
}

/** "a, b or c" */
export function listWords(words: readonly string[]): string {
    return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
