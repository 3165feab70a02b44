// Word-level text comparison for the multi-plan views: a word diff (LCS over words) and
// TF-IDF cosine scoring for short texts. The similarity score and the words compared are
// template/action-plan-text-similarity's (one owner for the commitment matcher and the views).
import { similarityWords } from '../template/action-plan-text-similarity.js';

/** One run of a word-level diff: words kept, removed from the old text or added in the new. */
export interface WordDiffPart {
    op: 'same' | 'removed' | 'added';
    text: string;
}

/** Length table of the longest common subsequence of two word lists (row-major, (n+1)×(m+1)). */
function lcsTable(a: readonly string[], b: readonly string[]): Uint32Array {
    const width = b.length + 1;
    const table = new Uint32Array((a.length + 1) * width);
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            table[i * width + j] =
                a[i] === b[j]
                    ? table[(i + 1) * width + j + 1]! + 1
                    : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
        }
    }
    return table;
}

/** The word-level diff of two texts, over whitespace-separated words as written (compared case-insensitively). */
export function wordDiff(oldText: string, newText: string): WordDiffPart[] {
    const a = oldText.split(/\s+/).filter(Boolean);
    const b = newText.split(/\s+/).filter(Boolean);
    const key = (word: string) => word.toLowerCase();
    const table = lcsTable(a.map(key), b.map(key));
    const width = b.length + 1;
    const parts: WordDiffPart[] = [];
    const push = (op: WordDiffPart['op'], word: string) => {
        const last = parts.at(-1);
        if (last?.op === op) last.text += ' ' + word;
        else parts.push({ op, text: word });
    };
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && key(a[i]!) === key(b[j]!)) {
            push('same', b[j]!);
            i++;
            j++;
        } else if (j < b.length && (i === a.length || table[i * width + j + 1]! >= table[(i + 1) * width + j]!)) {
            push('added', b[j++]!);
        } else {
            push('removed', a[i++]!);
        }
    }
    return parts;
}

/** TF-IDF vectors over a fixed set of texts, compared by cosine similarity. */
export class TfIdf {
    private readonly idf = new Map<string, number>();
    private readonly vectors: Map<string, number>[];

    /** `ignore`: more words to leave out, e.g. the economies' names (every offer names its economy). */
    constructor(texts: readonly string[], ignore: Iterable<string> = []) {
        const skip = new Set([...STOP_WORDS, ...[...ignore].flatMap(similarityWords)]);
        const bags = texts.map((text) => similarityWords(text).filter((word) => word.length > 2 && !skip.has(word)));
        const documentFrequency = new Map<string, number>();
        for (const bag of bags)
            for (const word of new Set(bag)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
        for (const [word, count] of documentFrequency)
            this.idf.set(word, Math.log((1 + texts.length) / (1 + count)) + 1);
        this.vectors = bags.map((bag) => this.vector(bag));
    }

    /**
     * The similarity of text `i` with each of the texts `among` that shares a word with
     * it (the others score 0), through an index of their words: for many texts this
     * visits only the pairs that share words, not every pair. Build `among` with postings.
     */
    similarities(i: number, among: Postings): Map<number, number> {
        const scores = new Map<number, number>();
        for (const [word, weight] of this.vectors[i]!)
            for (const [j, other] of among.get(word) ?? []) scores.set(j, (scores.get(j) ?? 0) + weight * other);
        for (const [j, dot] of scores) scores.set(j, Math.min(dot, 1));
        return scores;
    }

    /** The words of texts `texts` (indexes of the constructor's list) with their weights, for similarities. */
    postings(texts: Iterable<number>): Postings {
        const postings: Postings = new Map();
        for (const j of texts)
            for (const [word, weight] of this.vectors[j]!) {
                const list = postings.get(word);
                if (list) list.push([j, weight]);
                else postings.set(word, [[j, weight]]);
            }
        return postings;
    }

    /** The text's TF-IDF vector scaled to length 1, so that a dot product is the cosine. */
    private vector(bag: readonly string[]): Map<string, number> {
        const counts = new Map<string, number>();
        for (const word of bag) counts.set(word, (counts.get(word) ?? 0) + 1);
        const vector = new Map<string, number>();
        for (const [word, count] of counts) vector.set(word, count * (this.idf.get(word) ?? 0));
        let sum = 0;
        for (const weight of vector.values()) sum += weight * weight;
        const length = Math.sqrt(sum);
        if (length > 0) for (const [word, weight] of vector) vector.set(word, weight / length);
        return vector;
    }
}

/** Word → the texts that hold it, with its weight in each (TfIdf.postings). */
export type Postings = Map<string, Array<[text: number, weight: number]>>;

/** Words too common in action plans to say what a need or an offer is about. */
const STOP_WORDS = new Set(
    'the and for with from that this will has have been are was were its their our into such other which also through under more than all any can may not per economy economies apec'.split(
        ' ',
    ),
);
