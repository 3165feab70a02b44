// The full language-server stress run: 10,000 incremental edits (or --edits N)
// with completion, documentSymbol and cancellations; RSS read after 1,000 and
// after all edits. Exit 1 on a failed request, a dead server, diverging
// diagnostics or RSS growth over 1.5x.
import { parseArgs } from 'node:util';
import { runLspStress } from '../../test/robustness/lsp-stress.js';

const { values } = parseArgs({
    options: { edits: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } },
});
const edits = Number(values.edits);
const early = Math.min(1000, Math.round(edits / 10));
const report = await runLspStress({
    edits,
    checkpoints: [early, edits],
    seed: Number(values.seed),
    resetEvery: 500,
    log: console.log,
});
const mb = (bytes: number | undefined) => `${Math.round((bytes ?? 0) / 2 ** 20)} MB`;
const failed = [...new Set(report.requests.failed)];
console.log(`plan: ${report.plan}`);
console.log(`edits: ${report.edits}, server alive: ${report.alive}`);
console.log(
    `requests: ${report.requests.sent} sent (${report.requests.cancelRequested} with a $/cancelRequest), ${report.requests.answered} answered, ${report.requests.cancelled} cancelled, ${report.requests.failed.length} failed, ${report.requests.unanswered} unanswered`,
);
console.log(
    `cancellation probes: ${report.requests.probesCancelled} of ${report.requests.probes} ended as RequestCancelled`,
);
for (const line of failed) console.log(`  failed: ${line}`);
console.log(`RSS after ${early} edits: ${mb(report.rss[early])}, after ${edits}: ${mb(report.rss[edits])}`);
console.log(
    `final diagnostics: ${report.finalDiagnostics}, differences from a fresh parse: ${report.diagnosticsDiff.length}, client text in sync: ${report.textInSync}`,
);
for (const line of report.diagnosticsDiff.slice(0, 10)) console.log(`  ${line}`);
const grew = (report.rss[edits] ?? 0) > 1.5 * (report.rss[early] ?? Infinity);
process.exitCode =
    !report.alive ||
    failed.length > 0 ||
    report.requests.unanswered > 0 ||
    report.requests.probesCancelled === 0 ||
    report.diagnosticsDiff.length > 0 ||
    !report.textInSync ||
    grew
        ? 1
        : 0;
