// Capacity-building needs matched with the offers of other economies: offers for the same
// commitment, and offers for other commitments whose words are close (TF-IDF cosine).
import type { SummaryMatch, SummaryOffer } from './action-plan-summary-model.js';
import { TfIdf } from './action-plan-words.js';
import type { Postings } from './action-plan-words.js';

export interface NeedOrOffer {
    file: string;
    economy?: string;
    section: string;
    commitment: string;
    text: string;
}

/** At most this many offers for the same commitment a need, best first. */
export const SAME_OFFER_LIMIT = 20;
/** An offer for another commitment is listed under `similar` from this score up. */
export const SIMILAR_OFFER_SCORE = 0.25;
/** At most this many similar offers a need. */
export const SIMILAR_OFFER_LIMIT = 5;

export function matchNeedsToOffers(needs: readonly NeedOrOffer[], offers: readonly NeedOrOffer[]): SummaryMatch[] {
    if (needs.length === 0) return [];
    // Scores are computed once per pair of distinct texts: plans repeat the same wording many times.
    const texts = [...new Set([...needs, ...offers].map((x) => x.text))];
    const index = new Map(texts.map((text, i) => [text, i]));
    const economies = [...needs, ...offers].flatMap((x) => (x.economy ? [x.economy] : []));
    const tfidf = new TfIdf(texts, economies);
    const row = (x: NeedOrOffer) => `${x.section}\n${x.commitment}`;
    const byRow = group(offers, row);
    const byText = group(offers, (x) => x.text);
    const offerOrder = new Map([...byText.keys()].map((text, k) => [text, k]));
    const offerPostings = tfidf.postings([...byText.keys()].map((text) => index.get(text)!));
    const closeTexts = new Map<string, Array<{ text: string; score: number }>>();
    const close = (need: string) => {
        let list = closeTexts.get(need);
        if (!list) {
            list = [...tfidf.similarities(index.get(need)!, offerPostings)]
                .map(([j, s]) => ({ text: texts[j]!, score: Math.round(s * 1000) / 1000 }))
                .filter((x) => x.score >= SIMILAR_OFFER_SCORE)
                .sort((a, b) => b.score - a.score || offerOrder.get(a.text)! - offerOrder.get(b.text)!);
            closeTexts.set(need, list);
        }
        return list;
    };
    const other = (need: NeedOrOffer, offer: NeedOrOffer) =>
        offer.file !== need.file && (offer.economy ?? offer.file) !== (need.economy ?? need.file);
    const byDesc = (a: SummaryOffer, b: SummaryOffer) => b.score - a.score || a.file.localeCompare(b.file);
    // The offers for a need's commitment, scored and sorted once per need text and commitment.
    const rowPostings = new Map<string, Postings>();
    const sameRows = new Map<string, SummaryOffer[]>();
    const sameFor = (need: NeedOrOffer) => {
        const key = `${row(need)}\n${need.text}`;
        let list = sameRows.get(key);
        if (!list) {
            const inRow = byRow.get(row(need)) ?? [];
            let postings = rowPostings.get(row(need));
            if (!postings) {
                postings = tfidf.postings(new Set(inRow.map((offer) => index.get(offer.text)!)));
                rowPostings.set(row(need), postings);
            }
            const scores = tfidf.similarities(index.get(need.text)!, postings);
            const rounded = (offer: NeedOrOffer) => Math.round((scores.get(index.get(offer.text)!) ?? 0) * 1000) / 1000;
            // Enough to leave SAME_OFFER_LIMIT after dropping the need's own economy's offers.
            const perEconomy = group(inRow, (offer) => offer.economy ?? offer.file);
            const keep = SAME_OFFER_LIMIT + Math.max(0, ...[...perEconomy.values()].map((x) => x.length));
            list = inRow
                .map((offer) => ({ offer, score: rounded(offer) }))
                .sort((a, b) => b.score - a.score || a.offer.file.localeCompare(b.offer.file))
                .slice(0, keep)
                .map(({ offer, score }) => offerRow(offer, score));
            sameRows.set(key, list);
        }
        return list;
    };
    return needs.map((need) => {
        const same: SummaryOffer[] = [];
        for (const offer of sameFor(need)) {
            if (same.length >= SAME_OFFER_LIMIT) break;
            if (other(need, offer)) same.push(offer);
        }
        const similar: SummaryOffer[] = [];
        for (const { text, score: s } of close(need.text)) {
            for (const offer of byText.get(text)!) {
                if (similar.length >= SIMILAR_OFFER_LIMIT) break;
                if (other(need, offer) && row(offer) !== row(need)) similar.push(offerRow(offer, s));
            }
            if (similar.length >= SIMILAR_OFFER_LIMIT) break;
        }
        return {
            need: need.text,
            file: need.file,
            ...(need.economy === undefined ? {} : { economy: need.economy }),
            section: need.section,
            commitment: need.commitment,
            offers: same,
            similar: similar.sort(byDesc),
        };
    });
}

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
    const groups = new Map<string, T[]>();
    for (const item of items) {
        const k = key(item);
        const list = groups.get(k);
        if (list) list.push(item);
        else groups.set(k, [item]);
    }
    return groups;
}

function offerRow(offer: NeedOrOffer, score: number): SummaryOffer {
    return {
        file: offer.file,
        ...(offer.economy === undefined ? {} : { economy: offer.economy }),
        section: offer.section,
        commitment: offer.commitment,
        text: offer.text,
        score,
    };
}
