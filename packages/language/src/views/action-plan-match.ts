// Pairs the things of two lists that mean the same: equal words first, then the most
// similar remaining pairs above a threshold (greedy, best first).
import type { ExportSection } from '../render/action-plan-render-types.js';
import { similarityWords, textSimilarity } from '../template/action-plan-text-similarity.js';

export interface Matching<T> {
    pairs: Array<{ old: T; new: T; score: number }>;
    removed: T[];
    added: T[];
}

/** The normalized form two texts share when they say the same words. */
export function textKey(text: string): string {
    return similarityWords(text).join(' ');
}

export function matchByText<T>(
    olds: readonly T[],
    news: readonly T[],
    text: (item: T) => string,
    threshold: number,
): Matching<T> {
    const pairs: Matching<T>['pairs'] = [];
    const freeOld = new Set(olds.keys());
    const freeNew = new Set(news.keys());
    const byKey = new Map<string, number[]>();
    news.forEach((item, index) => {
        const key = textKey(text(item));
        byKey.set(key, [...(byKey.get(key) ?? []), index]);
    });
    olds.forEach((item, index) => {
        const candidates = byKey.get(textKey(text(item)));
        const match = candidates?.shift();
        if (match === undefined) return;
        pairs.push({ old: item, new: news[match]!, score: 1 });
        freeOld.delete(index);
        freeNew.delete(match);
    });
    const scored: Array<{ i: number; j: number; score: number }> = [];
    for (const i of freeOld)
        for (const j of freeNew) {
            const score = textSimilarity(text(olds[i]!), text(news[j]!));
            if (score >= threshold) scored.push({ i, j, score });
        }
    scored.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
    for (const { i, j, score } of scored) {
        if (!freeOld.has(i) || !freeNew.has(j)) continue;
        pairs.push({ old: olds[i]!, new: news[j]!, score });
        freeOld.delete(i);
        freeNew.delete(j);
    }
    return {
        pairs,
        removed: olds.filter((_, index) => freeOld.has(index)),
        added: news.filter((_, index) => freeNew.has(index)),
    };
}

/** Every section of an export model, nested ones after their parent, in document order. */
export function allSections(sections: readonly ExportSection[]): ExportSection[] {
    return sections.flatMap((section) => [section, ...allSections(section.sections)]);
}
