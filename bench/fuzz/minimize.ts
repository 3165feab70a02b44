// Shrinks a fuzz finding to a small reproducer: `node --import tsx bench/fuzz/minimize.ts <seed> <case>
// [substring of the finding message]` (or `--file <path>`). Prints the minimal input and its finding.
import '../../packages/language/src/polyfills.js';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../../test/robustness/corpus.js';
import { caseInput } from '../../test/robustness/fuzz-case.js';
import { FuzzHarness } from '../../test/robustness/fuzz-harness.js';
import type { Finding } from '../../test/robustness/fuzz-harness.js';

const { values, positionals } = parseArgs({ options: { file: { type: 'string' } }, allowPositionals: true });
const bytes = values.file
    ? readFileSync(values.file)
    : caseInput(loadCorpus(), Number(positionals[0]), Number(positionals[1])).bytes;
const wanted = (values.file ? positionals[0] : positionals[2]) ?? '';
const harness = await FuzzHarness.create({ timeBoundMs: 60000 });

async function finding(input: Buffer): Promise<Finding | undefined> {
    const findings = [...(await harness.runPlan(input)).findings, ...(await harness.runImport(input.toString('utf8')))];
    return findings.find((f) => f.kind !== 'slow' && f.message.includes(wanted));
}

const first = await finding(bytes);
if (!first) {
    console.log('no such finding for this input');
    process.exit(1);
}
// Removes chunks of lines, then of bytes, while the same exception message remains.
let current = bytes;
for (const unit of ['line', 'byte'] as const) {
    const split = (b: Buffer) => (unit === 'line' ? b.toString('latin1').split(/(?<=\n)/) : [...b.toString('latin1')]);
    for (let size = Math.ceil(split(current).length / 2); size >= 1; size = Math.floor(size / 2)) {
        for (let at = 0; at < split(current).length;) {
            const pieces = split(current);
            const candidate = Buffer.from([...pieces.slice(0, at), ...pieces.slice(at + size)].join(''), 'latin1');
            const again = await finding(candidate);
            if (again && again.message === first.message) current = candidate;
            else at += size;
        }
    }
}
console.log(JSON.stringify(current.toString('utf8')));
console.log((await finding(current))?.stack);
harness.dispose();
