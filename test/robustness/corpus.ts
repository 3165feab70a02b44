// The fuzz corpus: the examples (plans), the seeds (canonical source text, the
// importer's input and garbage to the parser) and generated plans.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { planArb, printOptionsArb } from './arbitraries.js';
import { printPlan } from './plan-printer.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface CorpusEntry {
    name: string;
    bytes: Buffer;
    /** `plan` inputs are DSL; `source` inputs are canonical text for the importer. */
    kind: 'plan' | 'source';
}

function filesIn(folder: string, extension: string, kind: CorpusEntry['kind']): CorpusEntry[] {
    const path = join(repoRoot, folder);
    return readdirSync(path)
        .filter((name) => name.endsWith(extension))
        .sort()
        .map((name) => ({ name: `${folder}/${name}`, bytes: readFileSync(join(path, name)), kind }));
}

export function loadCorpus(generated = 20, seed = 8): CorpusEntry[] {
    const plans = fc.sample(fc.tuple(planArb, printOptionsArb), { numRuns: generated, seed });
    return [
        ...filesIn('examples', '.actionplan', 'plan'),
        ...filesIn('seeds', '.txt', 'source'),
        ...plans.map(([model, options], i) => ({
            name: `generated#${i}`,
            bytes: Buffer.from(printPlan(model, options)),
            kind: 'plan' as const,
        })),
    ];
}
