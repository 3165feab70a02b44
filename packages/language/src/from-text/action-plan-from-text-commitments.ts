// A section's commitments: declared once from the commitments list, then each
// copy in the five other lists is matched back to its declaration. Copies
// drift (a final period, `(2011) .`), the commitments list may join two
// commitments on one bullet, a measure may stand on the commitment's line,
// and a page break may leave a paragraph's rest as a stray bullet.
import type { IdAllocator } from './action-plan-from-text-ids.js';
import { commitmentIdBase } from './action-plan-from-text-ids.js';
import type { BlockKind } from '../generated/ast.js';
import { joinWording } from '../facts/index.js';
import type { Notices, PlanBlock, PlanCommitment, PlanItem } from './action-plan-from-text-model.js';
import type { RawEntry, RawItem, RawList, SourceLine } from './action-plan-from-text-model.js';
import { unescapeText } from '../facts/action-plan-text-escapes.js';
import {
    endsSentence,
    matchKey,
    sentenceCuts,
    splitNote,
    splitTimeframe,
    toParts,
} from './action-plan-from-text-wording.js';

interface Declared {
    commitment: PlanCommitment;
    key: string;
    line: number;
}

export function toPlanItems(items: RawItem[], notices: Notices): PlanItem[] {
    return items.map((item) => {
        for (const line of item.joined ?? []) {
            notices.add(line, `joined this line to the paragraph of line ${item.line} that a page break cut`);
        }
        return { ...splitTimeframe(item.text), subItems: toPlanItems(item.subItems, notices) };
    });
}

/** Cuts a commitments-list bullet into the commitments the other lists show apart, if they do. */
function splitJoined(text: string, known: Set<string>): string[] | undefined {
    if (known.has(matchKey(text))) return [text];
    for (const cut of sentenceCuts(text)) {
        const left = text.slice(0, cut).trim();
        if (!known.has(matchKey(left))) continue;
        const rest = splitJoined(text.slice(cut).trim(), known);
        if (rest) return [left, ...rest];
    }
    return undefined;
}

export class SectionCommitments {
    readonly commitments: PlanCommitment[] = [];
    readonly blocks: PlanBlock[] = [];
    private readonly declared: Declared[] = [];

    constructor(
        private readonly ids: IdAllocator,
        private readonly notices: Notices,
    ) {}

    /** Declares the commitments of the `LEADERS' AND MINISTERS' COMMITMENTS` list, in order. */
    declareList(list: RawList, copies: RawList[]): void {
        const known = new Set(copies.flatMap((c) => c.entries.map((e) => matchKey(e.bullet.text))));
        for (const entry of list.entries) {
            const bullet = this.withContinuation(entry);
            const { text, note } = splitNote(bullet.text);
            const pieces = (!known.has(matchKey(text)) && splitJoined(text, known)) || [text];
            if (pieces.length > 1) {
                this.notices.add(
                    bullet.line,
                    `this bullet holds ${pieces.length} commitments that the other lists show apart: ` +
                        `declared apart, the later ones with \`continues\``,
                );
            }
            pieces.forEach((piece, index) => {
                // A commitment joined to the next one keeps its note on the bullet, after its wording.
                const own = splitNote(piece);
                const last = index === pieces.length - 1;
                this.declare(own.text, bullet.line, index > 0, own.note ?? (last ? note : undefined));
            });
        }
    }

    private declare(text: string, line: number, continues: boolean, note?: string): Declared {
        const parts = toParts(text);
        const prose = parts.map((p) => ('text' in p ? p.text : '')).join(' ');
        const commitment: PlanCommitment = {
            id: this.ids.allocate(commitmentIdBase(prose), 'commitment'),
            continues,
            parts,
        };
        if (note) commitment.note = note;
        if (joinWording(parts) !== unescapeText(text.trim())) {
            this.notices.add(line, `normalised the spacing around the years and final period of "${clip(text)}"`);
        }
        const declared = { commitment, key: matchKey(text), line };
        this.declared.push(declared);
        this.commitments.push(commitment);
        return declared;
    }

    /** A commitments-list bullet with lines under it: a wording the source broke over lines. */
    private withContinuation(entry: RawEntry): SourceLine {
        if (entry.items.length === 0) return entry.bullet;
        for (const item of entry.items) {
            this.notices.add(item.line, `joined this line to the commitment of line ${entry.bullet.line}`);
        }
        return { line: entry.bullet.line, text: [entry.bullet.text, ...entry.items.map((i) => i.text)].join(' ') };
    }

    /** Attaches the entries of one of the five per-commitment lists to the declared commitments. */
    attachList(list: RawList & { kind: BlockKind }): void {
        const seen = new Set<Declared>();
        let previous: PlanBlock | undefined;
        // A list with one bullet per declared commitment (as the exporter writes it) is read in order:
        // a bullet whose wording differs is that commitment's own (`as`) wording.
        const inOrder = list.entries.length === this.declared.length;
        list.entries.forEach((entry, index) => {
            const block = this.attachEntry(
                list.kind,
                entry,
                seen,
                previous,
                inOrder ? this.declared[index] : undefined,
            );
            if (block) previous = block;
        });
        for (const declared of this.declared) {
            if (seen.has(declared)) continue;
            this.notices.add(
                list.heading.line,
                `commitment \`${declared.commitment.id}\` (line ${declared.line}) is missing from this list; ` +
                    `the exporter will list it here`,
            );
        }
    }

    private attachEntry(
        kind: BlockKind,
        entry: RawEntry,
        seen: Set<Declared>,
        previous: PlanBlock | undefined,
        expected: Declared | undefined,
    ): PlanBlock | undefined {
        const { text } = splitNote(entry.bullet.text);
        const key = matchKey(text);
        const candidates = expected
            ? [expected].filter((d) => d.key === key)
            : this.declared.filter((d) => d.key === key);
        let declared = candidates.find((d) => !seen.has(d)) ?? candidates[0];
        let wording = text;
        let inlineItem: string | undefined;
        if (!declared) {
            for (const cut of sentenceCuts(text)) {
                const cutKey = matchKey(text.slice(0, cut));
                const match = expected
                    ? expected.key === cutKey
                        ? expected
                        : undefined
                    : this.declared.find((d) => d.key === cutKey);
                if (match) {
                    [declared, wording, inlineItem] = [match, text.slice(0, cut).trim(), text.slice(cut).trim()];
                    this.notices.add(
                        entry.bullet.line,
                        `a measure stands on the commitment's line: kept as \`inline\``,
                    );
                    break;
                }
            }
        }
        if (!declared && expected) declared = expected;
        if (!declared) {
            const last = previous?.items.at(-1);
            if (previous && last && !endsSentence(last.text)) {
                last.text = `${last.text} ${entry.bullet.text}`;
                previous.items.push(...toPlanItems(entry.items, this.notices));
                this.notices.add(
                    entry.bullet.line,
                    `this bullet is no commitment of the section: joined it to the measure before the page break`,
                );
                return undefined;
            }
            this.notices.add(entry.bullet.line, `this commitment is not in the commitments list: declared from here`);
            declared = this.declare(text, entry.bullet.line, false);
        }
        seen.add(declared);
        const items = toPlanItems(entry.items, this.notices);
        if (inlineItem !== undefined) {
            // The sub-bullets right under the commitment's line are the inline measure's.
            const own = entry.items.findIndex((item) => item.marker !== 'bullet');
            const subItems = items.splice(0, own < 0 ? items.length : own);
            items.unshift({ ...splitTimeframe(inlineItem), subItems });
        }
        const block: PlanBlock = { kind, commitment: declared.commitment, inline: inlineItem !== undefined, items };
        const copy = toParts(wording);
        if (joinWording(copy) !== joinWording(declared.commitment.parts)) {
            block.wording = copy;
            this.notices.add(
                entry.bullet.line,
                `this copy of \`${declared.commitment.id}\` differs from the commitments list (line ${declared.line}): ` +
                    `kept its wording with \`as\``,
            );
        }
        if (block.items.length > 0 || block.wording || block.inline) this.blocks.push(block);
        return block;
    }
}

function clip(text: string): string {
    return text.length > 50 ? `${text.slice(0, 47)}...` : text;
}
