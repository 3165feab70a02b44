import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import { createActionPlanServices } from '../../packages/language/src/action-plan-module.js';
import type { Document } from '../../packages/language/src/generated/ast.js';
import { ADVERSARIAL_JOBS, planWith } from './adversarial.js';
import { loadExporter, missing } from './optional-modules.js';

/**
 * A stage must finish a 100 kB adversarial plan within this; a linear pass takes well under a
 * second. (`export:text` of 100 kB of newlines, 1.25 million escaped lines, took 2.1 s after
 * the round-trip escaping; split/join instead of regular-expression replaces brought it to
 * about 1 s on a quiet 2-core machine.)
 */
const TIME_BOUND_MS = 2000;
/** A job silent this long is stopped (a runaway regex cannot be interrupted in-process). */
const KILL_AFTER_MS = 5000;
const worker = fileURLToPath(new URL('./adversarial-worker.ts', import.meta.url));

type Outcome = { ms: number } | { error: string } | { killed: number };

/** Runs every adversarial job in child processes, restarting after a runaway job. */
async function runJobs(): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    let from = 0;
    while (from < ADVERSARIAL_JOBS.length) {
        from = await new Promise<number>((resolve) => {
            const child = spawn(process.execPath, ['--import', 'tsx', worker, String(from)], {
                stdio: ['ignore', 'pipe', 'inherit'],
            });
            let current = from;
            let timer: NodeJS.Timeout | undefined;
            const arm = () => {
                clearTimeout(timer);
                timer = setTimeout(() => {
                    outcomes[current] = { killed: KILL_AFTER_MS };
                    child.kill('SIGKILL');
                }, KILL_AFTER_MS);
            };
            let buffer = '';
            child.stdout.on('data', (chunk: Buffer) => {
                buffer += chunk.toString();
                for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
                    const [kind, index, ...rest] = buffer.slice(0, nl).split(' ');
                    buffer = buffer.slice(nl + 1);
                    current = Number(index);
                    if (kind === 'start') arm();
                    if (kind === 'done') outcomes[current] = { ms: Number(rest[0]) };
                    if (kind === 'error') outcomes[current] = { error: rest.join(' ') };
                }
            });
            child.on('exit', () => {
                clearTimeout(timer);
                outcomes[current] ??= { error: 'the worker died' };
                resolve(current + 1);
            });
        });
    }
    return outcomes;
}

describe('robustness: security', function () {
    this.timeout(300000);

    it(`validates, formats, exports and imports 100 kB adversarial strings within ${TIME_BOUND_MS} ms a stage`, async () => {
        const outcomes = await runJobs();
        const problems = ADVERSARIAL_JOBS.flatMap(({ name, stage }, i) => {
            const outcome = outcomes[i];
            if (!outcome) return [`${stage} "${name}": no result`];
            if ('killed' in outcome) return [`${stage} "${name}": still running after ${outcome.killed} ms, stopped`];
            if ('error' in outcome) return [`${stage} "${name}": ${outcome.error}`];
            return outcome.ms > TIME_BOUND_MS ? [`${stage} "${name}": ${outcome.ms} ms`] : [];
        });
        assert.deepEqual(
            problems,
            [],
            `${problems.length} of ${ADVERSARIAL_JOBS.length} jobs:\n${problems.join('\n')}`,
        );
    });

    it('escapes <script> and every other markup character in the HTML export', async () => {
        const exporter = await loadExporter();
        if (!exporter) throw missing('exportPlan', 'packages/language/src/render/action-plan-render.ts');
        const services = createActionPlanServices(EmptyFileSystem);
        const attack = '<script>alert("x")</script><img src=x onerror=alert(1)> & \' "';
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(
            planWith(attack),
            URI.parse('memory:///script.actionplan'),
        );
        await services.shared.workspace.DocumentBuilder.build([document]);
        const root = document.parseResult.value as Document;
        const html = exporter.exportPlan(root, 'html');
        assert.doesNotMatch(html, /<script/i);
        assert.doesNotMatch(html, /<img/i);
        // The text is there, escaped, not dropped.
        assert.match(html, /&(lt|#60);script&(gt|#62);/);
        // Markdown passes raw HTML through to the page; `\<script>` is shown as text.
        assert.doesNotMatch(
            exporter.exportPlan(root, 'markdown'),
            /(^|[^\\])<script/im,
            'raw HTML in the Markdown export',
        );
    });
});
