/**
 * How alike two texts are, as the share of their words that appear in both in the
 * same order: 2 × (longest common subsequence of words) / (words of a + words of b),
 * from 0 (nothing shared) to 1 (the same words). Words are compared case-blind, with
 * punctuation, Markdown markup and spacing ignored, so "the smooth flow of trade" and
 * "the smooth and secure flow of trade" score 2 × 5 / (5 + 7) ≈ 0.83.
 *
 * Used to recognise one commitment or measure in another plan or another year when
 * its wording drifted (a few words inserted, removed or changed). docs/diagnostics.md
 * (commitment-wording) explains the threshold, SAME_TEXT_THRESHOLD.
 */
export function textSimilarity(a: string, b: string): number {
    return wordSimilarity(similarityWords(a), similarityWords(b));
}

/**
 * Two texts at or above this similarity say the same thing in drifted wording. A few
 * words inserted, removed or changed in a commitment of 10 to 60 words stays well
 * above it (one word in ten changed: 0.9; a commitment cut to its first half: 0.67);
 * the most alike two different commitments of the ctap-2013 template score 0.40
 * (tests hold both sides).
 */
export const SAME_TEXT_THRESHOLD = 0.6;

/** True when the texts are the same or the same in drifted wording. */
export function isSameText(a: string, b: string): boolean {
    return textSimilarity(a, b) >= SAME_TEXT_THRESHOLD;
}

/** The words of a text as textSimilarity compares them: lower case, letters and digits only. */
export function similarityWords(text: string): string[] {
    return text.toLowerCase().match(WORD) ?? [];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** textSimilarity on texts already split with similarityWords (for comparing one text with many). */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
    if (a.length === 0 && b.length === 0) return 1;
    if (a.length === 0 || b.length === 0) return 0;
    return (2 * longestCommonSubsequence(a, b)) / (a.length + b.length);
}

/** Length of the longest common subsequence, in O(n·m) time and O(min(n, m)) memory. */
function longestCommonSubsequence(a: readonly string[], b: readonly string[]): number {
    const [long, short] = a.length >= b.length ? [a, b] : [b, a];
    let previous = new Uint32Array(short.length + 1);
    let current = new Uint32Array(short.length + 1);
    for (const word of long) {
        for (let j = 1; j <= short.length; j++) {
            current[j] = word === short[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
        }
        [previous, current] = [current, previous];
    }
    return previous[short.length]!;
}
