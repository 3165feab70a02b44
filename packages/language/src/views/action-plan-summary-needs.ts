// Capacity-building needs matched with the offers of other economies: offers for the same
// commitment, and offers for other commitments whose words are close (TF-IDF cosine).
import type { SummaryMatch, SummaryOffer } from './action-plan-summary-model.js';
import { TfIdf } from './action-plan-words.js';

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
    const score = (a: string, b: string) => Math.round(tfidf.similarity(index.get(a)!, index.get(b)!) * 1000) / 1000;
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
    return needs.map((need) => {
        const same = (byRow.get(row(need)) ?? [])
            .filter((offer) => other(need, offer))
            .map((offer) => offerRow(offer, score(need.text, offer.text)))
            .sort(byDesc)
            .slice(0, SAME_OFFER_LIMIT);
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
