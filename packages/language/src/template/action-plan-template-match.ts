import type { Commitment, CtapPlan, Section } from '../generated/ast.js';
import { planParts } from '../link/action-plan-walk.js';
import { commitmentWording, commitmentYears } from './action-plan-template-model.js';
import type { TemplateCommitment, TemplateModel, TemplateSection } from './action-plan-template-model.js';
import { SAME_TEXT_THRESHOLD, similarityWords, wordSimilarity } from './action-plan-text-similarity.js';

/** The template commitment a plan's commitment is, and how closely its wording follows it. */
export interface CommitmentMatch {
    template: TemplateCommitment;
    /** textSimilarity of the two wordings (years aside): 1 when they are the same once normalized. */
    similarity: number;
    /** The same wording once normalized (normalizeText): no `commitment-wording` to report. */
    exact: boolean;
    /** The plan's years differ from the template's. */
    yearsDiffer: boolean;
}

/** A CTAP read against its template: which section and commitment of the template each of its own is. */
export interface PlanConformance {
    template: TemplateModel;
    /** Each plan section's template section (by id); absent when the template has no such section. */
    sections: Map<Section, TemplateSection>;
    /** Each commitment the plan declares or reports on, matched by its wording; absent when none matches. */
    commitments: Map<Commitment, CommitmentMatch>;
    /** The commitments each plan section lists: declared there, or reported on there by a block. */
    listed: Map<Section, Commitment[]>;
}

const cache = new WeakMap<CtapPlan, PlanConformance>();

/** The plan against its template (cached per parse and template). */
export function conformanceOf(plan: CtapPlan, template: TemplateModel): PlanConformance {
    const known = cache.get(plan);
    if (known?.template === template) return known;
    const result = compute(plan, template);
    cache.set(plan, result);
    return result;
}

function compute(plan: CtapPlan, template: TemplateModel): PlanConformance {
    const byId = new Map(template.allSections.map((section) => [section.id, section]));
    const sections = new Map<Section, TemplateSection>();
    const listed = new Map<Section, Commitment[]>();
    for (const section of planParts(plan).sections) {
        const match = byId.get(section.name ?? '');
        if (match) sections.set(section, match);
        const own = [...section.commitments];
        for (const block of section.blocks) {
            const target = block.commitment?.ref;
            if (target && !own.includes(target)) own.push(target);
        }
        listed.set(section, own);
    }
    const matcher = new CommitmentMatcher(template);
    const commitments = new Map<Commitment, CommitmentMatch>();
    for (const [section, own] of listed) {
        for (const commitment of own) {
            if (commitments.has(commitment)) continue;
            const match = matcher.match(commitment, sections.get(section));
            if (match) commitments.set(commitment, match);
        }
    }
    return { template, sections, commitments, listed };
}

/** Finds a commitment's template commitment: the same wording, else the most similar one above the threshold. */
export class CommitmentMatcher {
    private readonly exact = new Map<string, TemplateCommitment>();
    private readonly words: Array<[TemplateCommitment, string[]]>;

    constructor(readonly template: TemplateModel) {
        for (const commitment of template.commitments) {
            if (!this.exact.has(commitment.wording)) this.exact.set(commitment.wording, commitment);
        }
        this.words = template.commitments.map((c) => [c, similarityWords(c.wording)]);
    }

    /** `section`: the plan section's template section, preferred when two match equally well. */
    match(commitment: Commitment, section?: TemplateSection): CommitmentMatch | undefined {
        const wording = commitmentWording(commitment.text);
        const years = commitmentYears(commitment.text);
        const same = this.exact.get(wording);
        if (same) return { template: same, similarity: 1, exact: true, yearsDiffer: !sameYears(years, same.years) };
        const words = similarityWords(wording);
        let best: TemplateCommitment | undefined;
        let bestScore = 0;
        for (const [candidate, candidateWords] of this.words) {
            // Two texts whose lengths differ this much cannot reach the threshold.
            const shorter = Math.min(words.length, candidateWords.length);
            if ((2 * shorter) / (words.length + candidateWords.length) < SAME_TEXT_THRESHOLD) continue;
            const score = wordSimilarity(words, candidateWords);
            const better = score > bestScore || (score === bestScore && candidate.section === section);
            if (score >= SAME_TEXT_THRESHOLD && better) {
                best = candidate;
                bestScore = score;
            }
        }
        if (!best) return undefined;
        return { template: best, similarity: bestScore, exact: false, yearsDiffer: !sameYears(years, best.years) };
    }
}

/** The same years, in any order (unsorted-years is about the order). */
function sameYears(a: readonly number[], b: readonly number[]): boolean {
    const key = (years: readonly number[]) => [...new Set(years)].sort((x, y) => x - y).join(',');
    return key(a) === key(b);
}
