import { strict as assert } from 'node:assert';
import { runLspStress } from './lsp-stress.js';
import type { StressReport } from './lsp-stress.js';

/** The bounded run; `npm run fuzz` does 10,000 edits with RSS read after 1,000 and 10,000. */
const EDITS = 1000;

describe('robustness: language server under stress', function () {
    this.timeout(240000);
    let report: StressReport;

    before(async () => {
        report = await runLspStress({ edits: EDITS, checkpoints: [100, EDITS], seed: 8, resetEvery: 250 });
    });

    it(`stays up through ${EDITS} rapid incremental edits with completion and documentSymbol requests`, () => {
        assert.ok(report.alive, 'the server process exited');
        assert.ok(report.requests.sent > 150, `requests sent: ${report.requests.sent}`);
    });

    it('answers or properly cancels every request', () => {
        const { sent, answered, cancelled, failed, unanswered } = report.requests;
        const distinct = [...new Set(failed)];
        assert.deepEqual(distinct, [], `${failed.length} of ${sent} requests failed:\n${distinct.join('\n')}`);
        assert.equal(unanswered, 0, 'requests never answered');
        assert.equal(answered + cancelled, sent);
        // The five cancellation probes (a completion cancelled as soon as it is sent) are counted in
        // the report but not asserted: since 2026-12-03 the server answers them before the
        // cancellation arrives (0 of 5 on a lightly loaded machine), so whether one ends as
        // RequestCancelled depends on timing. A deterministic probe is an open task.
    });

    it('ends with the same diagnostics as a fresh parse of the final text', () => {
        // In sync: the edits, applied as the server applies them, give the client's text; a difference is the server's.
        assert.ok(report.textInSync, "the client's text and the server's drifted apart");
        assert.deepEqual(report.diagnosticsDiff, []);
    });

    it('does not grow with the number of edits (RSS after 1,000 edits within 1.5x of RSS after 100)', () => {
        const early = report.rss[100]!;
        const late = report.rss[EDITS]!;
        assert.ok(late <= early * 1.5, `RSS ${Math.round(early / 2 ** 20)} MB -> ${Math.round(late / 2 ** 20)} MB`);
    });
});
