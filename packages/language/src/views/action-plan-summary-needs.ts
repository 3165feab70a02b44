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

/** An offer for another commitment is listed under `similar` from this score up. */
export const SIMILAR_OFFER_SCORE = 0.25;
/** At most this many similar offers a need. */
export const SIMILAR_OFFER_LIMIT = 5;

export function matchNeedsToOffers(needs: readonly NeedOrOffer[], offers: readonly NeedOrOffer[]): SummaryMatch[] {
    if (needs.length === 0) return [];
    // Distinct texts only: generated or copied plans repeat the same wording many times.
    const texts = [...new Set([...needs, ...offers].map((x) => x.text))];
    const index = new Map(texts.map((text, i) => [text, i]));
    const economies = [...needs, ...offers].flatMap((x) => (x.economy ? [x.economy] : []));
    const tfidf = new TfIdf(texts, economies);
    const score = (need: NeedOrOffer, offer: NeedOrOffer) =>
        Math.round(tfidf.similarity(index.get(need.text)!, index.get(offer.text)!) * 1000) / 1000;
    const other = (need: NeedOrOffer, offer: NeedOrOffer) =>
        offer.file !== need.file && (offer.economy ?? offer.file) !== (need.economy ?? need.file);
    const byDesc = (a: SummaryOffer, b: SummaryOffer) => b.score - a.score || a.file.localeCompare(b.file);
    return needs.map((need) => {
        const same: SummaryOffer[] = [];
        const similar: SummaryOffer[] = [];
        for (const offer of offers) {
            if (!other(need, offer)) continue;
            const sameCommitment = offer.section === need.section && offer.commitment === need.commitment;
            const s = score(need, offer);
            if (sameCommitment) same.push(offerRow(offer, s));
            else if (s >= SIMILAR_OFFER_SCORE) similar.push(offerRow(offer, s));
        }
        return {
            need: need.text,
            file: need.file,
            ...(need.economy === undefined ? {} : { economy: need.economy }),
            section: need.section,
            commitment: need.commitment,
            offers: same.sort(byDesc),
            similar: similar.sort(byDesc).slice(0, SIMILAR_OFFER_LIMIT),
        };
    });
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
