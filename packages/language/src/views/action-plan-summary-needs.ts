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
    // The offers for a need's commitment, scored and sorted once per need text and commitment:
    // through the row's word index, so only offers sharing a word are scored; the others
    // (score 0) follow in file order, as many as the limit can use.
    const rows = new Map<string, RowIndex>();
    const rowIndex = (key: string): RowIndex => {
        let r = rows.get(key);
        if (!r) {
            const inRow = (byRow.get(key) ?? []).map((offer, pos) => ({ offer, pos }));
            const byFile = [...inRow].sort((x, y) => x.offer.file.localeCompare(y.offer.file) || x.pos - y.pos);
            const textOf = (x: Placed) => index.get(x.offer.text)!;
            const perEconomy = group(inRow, (x) => x.offer.economy ?? x.offer.file);
            r = {
                postings: tfidf.postings(new Set(inRow.map(textOf))),
                byText: group(inRow, (x) => String(textOf(x))),
                byFile,
                // Enough to leave SAME_OFFER_LIMIT after dropping the need's own economy's offers.
                keep: SAME_OFFER_LIMIT + Math.max(0, ...[...perEconomy.values()].map((x) => x.length)),
            };
            rows.set(key, r);
        }
        return r;
    };
    const sameRows = new Map<string, SummaryOffer[]>();
    const sameFor = (need: NeedOrOffer) => {
        const key = `${row(need)}\n${need.text}`;
        let list = sameRows.get(key);
        if (!list) {
            const r = rowIndex(row(need));
            const scored: Array<Placed & { score: number }> = [];
            for (const [j, s] of tfidf.similarities(index.get(need.text)!, r.postings)) {
                const score = Math.round(s * 1000) / 1000;
                if (score > 0) for (const x of r.byText.get(String(j)) ?? []) scored.push({ ...x, score });
            }
            scored.sort((x, y) => y.score - x.score || x.offer.file.localeCompare(y.offer.file) || x.pos - y.pos);
            const picked = scored.slice(0, r.keep);
            const taken = new Set(scored.map((x) => x.pos));
            for (const x of r.byFile) {
                if (picked.length >= r.keep) break;
                if (!taken.has(x.pos)) picked.push({ ...x, score: 0 });
            }
            list = picked.map(({ offer, score }) => offerRow(offer, score));
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

interface Placed {
    offer: NeedOrOffer;
    /** Its position among its row's offers (ties keep that order). */
    pos: number;
}

interface RowIndex {
    postings: Postings;
    /** The row's offers by their text's index in the TF-IDF list. */
    byText: Map<string, Placed[]>;
    byFile: Placed[];
    keep: number;
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
