// Compares two lists of measures (items with timeframes and sub-items): edited text is a
// change with a word diff, not a removal and an addition.
import type { ExportItem } from '../render/action-plan-render-types.js';
import type { ChangeBlock, PlanChange } from './action-plan-diff-model.js';
import { matchByText } from './action-plan-match.js';
import { wordDiff } from './action-plan-words.js';

/** Items this similar (words in order, see textSimilarity) are one measure whose text was edited. */
export const MEASURE_THRESHOLD = 0.5;

export interface ItemPlace {
    section?: string;
    block?: ChangeBlock;
    commitment?: string;
}

/** Changes between two item lists of one place; items left unmatched are returned for move detection. */
export function diffItems(
    olds: readonly ExportItem[],
    news: readonly ExportItem[],
    place: ItemPlace,
    changes: PlanChange[],
): { removed: ExportItem[]; added: ExportItem[] } {
    const matching = matchByText(olds, news, (item) => item.text, MEASURE_THRESHOLD);
    for (const pair of matching.pairs) diffItem(pair.old, pair.new, place, changes);
    return { removed: matching.removed, added: matching.added };
}

function diffItem(oldItem: ExportItem, newItem: ExportItem, place: ItemPlace, changes: PlanChange[]): void {
    if (oldItem.text !== newItem.text) {
        changes.push({
            kind: 'changed',
            what: 'measure',
            ...place,
            old: oldItem.text,
            new: newItem.text,
            words: wordDiff(oldItem.text, newItem.text),
        });
    }
    if (oldItem.timeframe !== newItem.timeframe) {
        changes.push({
            kind: oldItem.timeframe === undefined ? 'added' : newItem.timeframe === undefined ? 'removed' : 'changed',
            what: 'measure',
            ...place,
            field: 'timeframe',
            text: newItem.text,
            ...(oldItem.timeframe === undefined ? {} : { old: String(oldItem.timeframe) }),
            ...(newItem.timeframe === undefined ? {} : { new: String(newItem.timeframe) }),
        });
    }
    const rest = diffItems(oldItem.subitems, newItem.subitems, place, changes);
    reportUnmatched(rest, place, changes);
}

/** Unmatched items as removed and added measures. */
export function reportUnmatched(
    rest: { removed: readonly ExportItem[]; added: readonly ExportItem[] },
    place: ItemPlace,
    changes: PlanChange[],
): void {
    for (const item of rest.removed) changes.push({ kind: 'removed', what: 'measure', ...place, text: item.text });
    for (const item of rest.added) changes.push({ kind: 'added', what: 'measure', ...place, text: item.text });
}
