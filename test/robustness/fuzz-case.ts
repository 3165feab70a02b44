// One numbered fuzz case, reproducible from (corpus, seed, index): the bounded
// mocha run and `npm run fuzz` share it, so a finding replays by its number.
import type { CorpusEntry } from './corpus.js';
import type { Finding, FuzzHarness } from './fuzz-harness.js';
import { hugeLine, mutate } from './mutations.js';
import { prng } from './plan-printer.js';

export interface CaseFinding extends Finding {
    index: number;
    entry: string;
    mutation: string;
}

/** Negative case numbers -1, -2, -3 are the 10 MB lines (a string, an identifier, quotes) in the first example. */
export const HUGE_CASES = 3;

export function caseInput(corpus: CorpusEntry[], seed: number, index: number) {
    if (index < 0) {
        const entry = corpus.find((e) => e.kind === 'plan')!;
        const kind = (-index - 1) % HUGE_CASES;
        return { entry, mutation: `10 MB line, kind ${kind}`, bytes: hugeLine(entry.bytes, prng(seed), kind) };
    }
    const entry = corpus[index % corpus.length]!;
    const { name, bytes } = mutate(entry.bytes, (seed * 1_000_003 + index) | 0);
    return { entry, mutation: name, bytes };
}

export async function runFuzzCase(
    harness: FuzzHarness,
    corpus: CorpusEntry[],
    seed: number,
    index: number,
): Promise<{ findings: CaseFinding[]; bytes: Buffer }> {
    const { entry, mutation, bytes } = caseInput(corpus, seed, index);
    const findings: Finding[] = [...(await harness.runPlan(bytes)).findings];
    // The importer reads every case: its own seeds damaged, and plans it must refuse with an ImportError.
    findings.push(...(await harness.runImport(bytes.toString('utf8'))));
    return { findings: findings.map((f) => ({ ...f, index, entry: entry.name, mutation })), bytes };
}
