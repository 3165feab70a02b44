// Renders bench/RESULTS.md from the results of bench/run.mjs, with the hand-written
// profiling notes of bench/FINDINGS.md appended.
import { existsSync, readFileSync } from 'node:fs';
import { fmtMs } from './measure.mjs';

const findingsPath = new URL('../FINDINGS.md', import.meta.url);

const range = (s) => `${fmtMs(s.min)} – ${fmtMs(s.max)}`;
const x = (ratio) => `${ratio.toFixed(2)}×`;
const mbs = (n) => `${n.toFixed(1)} MB`;
const verdict = (ok) => (ok ? 'met' : '**missed**');

function lintSection(lint) {
    const c = lint.commands;
    const rows = [
        [
            '`actionplan lint corpus-1000/` (current lint command)',
            'cli',
            lint.ratios.cliToMdlint,
            lint.ratios.cliToFloor,
        ],
        [
            '`lintInParallel` alone (`bench/lint-pool-cli.mjs`)',
            'pool',
            lint.ratios.poolToMdlint,
            lint.ratios.poolToFloor,
        ],
        [
            'before the pool: `diagnoseFiles` on all files, one thread (`bench/lint-sequential-cli.mjs`)',
            'sequential',
            c.sequential.wall.median / c.mdlint.wall.median,
            c.sequential.wall.median / c.floor.wall.median,
        ],
        [
            'markdownlint-cli2 0.24.1, default rules, Markdown export',
            'mdlint',
            1,
            c.mdlint.wall.median / c.floor.wall.median,
        ],
        [
            'floor: read + Langium/Chevrotain lex (`bench/floor.mjs`)',
            'floor',
            c.floor.wall.median / c.mdlint.wall.median,
            1,
        ],
    ];
    const lines = [
        `Rounds: ${lint.rounds} (markdownlint: ${lint.mdlintRounds}), interleaved, order rotated each round. ` +
            `Corpus: ${mbs(lint.corpusMB)} of plan text; Markdown export: ${mbs(lint.markdownMB)}. ` +
            `1-minute load average at each run: ${lint.loads.join(', ')}.`,
        '',
        '| command | median wall | min – max | median CPU | peak RSS | plan MB/s | ÷ markdownlint | ÷ floor |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ];
    for (const [label, key, toMd, toFloor] of rows) {
        const r = c[key];
        lines.push(
            `| ${label} | ${fmtMs(r.wall.median)} | ${range(r.wall)} | ${fmtMs(r.cpu.median)} | ${r.peakRssMB.toFixed(0)} MB | ` +
                `${r.mbPerSecond.toFixed(2)} | ${x(toMd)} | ${x(toFloor)} |`,
        );
    }
    lines.push(
        '',
        `Gain of the pool, wall medians: current lint command ÷ before-the-pool ${x(lint.ratios.cliToSequential)}, ` +
            `\`lintInParallel\` ÷ before-the-pool ${x(lint.ratios.poolToSequential)}; CPU ` +
            `${fmtMs(c.cli.cpu.median)} / ${fmtMs(c.pool.cpu.median)} vs ${fmtMs(c.sequential.cpu.median)}; ` +
            `peak RSS ${c.cli.peakRssMB.toFixed(0)} / ${c.pool.peakRssMB.toFixed(0)} vs ${c.sequential.peakRssMB.toFixed(0)} MB. ` +
            'The current lint command (packages/cli/src/commands/lint.ts) already calls `lintInParallel`.',
    );
    return lines.join('\n');
}

function statRow(label, s, target) {
    return `| ${label} | ${fmtMs(s.p50 ?? s.median)} | ${s.p95 === undefined ? '' : fmtMs(s.p95)} | ${range(s)} | ${s.n} | ${target} |`;
}

function editorSection(editor) {
    const b = editor.big;
    const lines = [
        `Big plan: ${b.lines} lines (10× the seed). Server: \`packages/language/bin/actionplan-language-server.js --stdio\`.`,
        '',
        '| measure | p50 / median | p95 | min – max | n | target |',
        '| --- | --- | --- | --- | --- | --- |',
        statRow('one-char edit in big-plan → diagnostics', b.diagnosticsAfterEdit, 'p50 ≤ 100 ms, p95 ≤ 250 ms'),
        statRow(
            `completion (commitment id after \`undertaken \`, ${b.completion.items} items)`,
            b.completion,
            'p50 ≤ 50 ms',
        ),
        statRow(`documentSymbol (${b.documentSymbol.topLevelSymbols} top-level)`, b.documentSymbol, '≤ 50 ms'),
        statRow(`initialize → first diagnostics, ${editor.firstDiagnostics.file}`, editor.firstDiagnostics, '≤ 1 s'),
    ];
    return lines.join('\n');
}

/** What one edit costs the server before it publishes, by build phase (bench/lib/phases.mjs). */
function phasesSection(phases) {
    if (!phases) return 'Not measured.';
    const names = {
        parse: 'parse (lex, CST, AST)',
        IndexedContent: 'index exports',
        ComputedScopes: 'local scopes',
        Linked: 'link',
        IndexedReferences: 'index references',
        Validated: 'validate',
    };
    return [
        `A rebuild of big-plan in process, as after a keystroke (medians of ${phases.total.n}):`,
        '',
        '| phase | median | min – max |',
        '| --- | --- | --- |',
        ...Object.entries(phases).map(
            ([phase, s]) => `| ${names[phase] ?? phase} | ${fmtMs(s.median)} | ${range(s)} |`,
        ),
    ].join('\n');
}

function scalingSection(inproc, editor, manifest) {
    const l = inproc.lintScaling;
    const r = editor.revalidation;
    const lines = [
        '| plan | lines | lint, in process (median) | ÷ previous size | re-validation after a one-char edit, server (p50) | ÷ previous size |',
        '| --- | --- | --- | --- | --- | --- |',
    ];
    let prev;
    for (const size of ['1x', '10x', '100x']) {
        const lint = l[size].median;
        const reval = r[size].p50;
        lines.push(
            `| ${size} | ${manifest.scaling[size].lines} | ${fmtMs(lint)} (${range(l[size])}) | ${prev ? x(lint / prev.lint) : ''} | ` +
                `${fmtMs(reval)} (${range(r[size])}) | ${prev ? x(reval / prev.reval) : ''} |`,
        );
        prev = { lint, reval };
    }
    lines.push('', 'Target: 10× input costs at most 11× time.');
    return lines.join('\n');
}

function memorySection(lint, editor) {
    const row = (m) =>
        `indexed as the workspace: ${m.indexed.rss.toFixed(0)} MB RSS after ${fmtMs(m.indexedMs)}; then all ${m.plans} opened ` +
        `and diagnosed after ${fmtMs(m.openMs)}: **${m.memory.peak.toFixed(0)} MB peak** (${m.memory.rss.toFixed(0)} MB now); ` +
        `documentSymbol then answered in ${fmtMs(m.answers.documentSymbolMs)}`;
    const lines = [
        '| measure | value | target |',
        '| --- | --- | --- |',
        `| server, corpus-100 | ${row(editor.memory100)} | peak ≤ 400 MB |`,
    ];
    if (editor.memory1000) lines.push(`| server, corpus-1000 | ${row(editor.memory1000)} | stays up and answers |`);
    lines.push(
        `| CLI peak RSS on corpus-1000, current lint command | ${lint.commands.cli.peakRssMB.toFixed(0)} MB | ≤ 500 MB |`,
        `| CLI peak RSS on corpus-1000, before the pool | ${lint.commands.sequential.peakRssMB.toFixed(0)} MB | ≤ 500 MB |`,
        `| CLI peak RSS on corpus-1000, worker pool (all threads) | ${lint.commands.pool.peakRssMB.toFixed(0)} MB | ≤ 500 MB |`,
    );
    return lines.join('\n');
}

function importExportSection(inproc) {
    const ie = inproc.importExport;
    if (ie.missing) return `Not measured: ${ie.missing}.`;
    return [
        `Seed 004: ${ie.seedLines} lines of canonical text → ${ie.dslLines} lines of DSL → ${ie.exportedLines} lines exported.`,
        '',
        '| step | median | min – max | n | target |',
        '| --- | --- | --- | --- | --- |',
        `| import (\`importCanonicalText\`) | ${fmtMs(ie.import.median)} | ${range(ie.import)} | ${ie.import.n} | ≤ 200 ms |`,
        `| export: parse + link the DSL, then \`exportPlan(…, 'text')\` | ${fmtMs(ie.exportWithParse.median)} | ${range(ie.exportWithParse)} | ${ie.exportWithParse.n} | ≤ 200 ms |`,
        `| of which \`exportPlan\` alone | ${fmtMs(ie.exportPlanOnly.median)} | ${range(ie.exportPlanOnly)} | ${ie.exportPlanOnly.n} | |`,
    ].join('\n');
}

export const WORD_HEADING = '## Word export and import of seed 004 (whole CLI processes)';

/** bench/word.mjs: the .docx export and import against the text export, side by side. */
export function wordSection(word) {
    const row = (label, command, s, ratio) =>
        `| ${label} | \`${command}\` | ${fmtMs(s.wall.median)} | ${range(s.wall)} | ${s.cpu ? fmtMs(s.cpu.median) : '–'} | ${s.rssMB ? `${s.rssMB.toFixed(0)} MB` : '–'} | ${ratio} |`;
    const { stats, commands, ratios } = word;
    const verdict = (r) => `${r.toFixed(2)}× (${r <= 2 ? 'met' : 'NOT met'}: ≤ 2×)`;
    return [
        `Generated by \`node bench/word.mjs --write\` on ${word.date}: ${word.rounds} rounds, interleaved, order rotated each round; ` +
            `1-minute load average ${word.loadBefore[0]} before, ${word.loadAfter[0]} after. ` +
            `examples/japan-ctap-2013.actionplan (seed 004 imported, ${word.planLines} lines); its .docx: ${(word.docxBytes / 1024).toFixed(0)} KB.`,
        '',
        '| step | command | median wall | min – max | median CPU | peak RSS | ÷ text export |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        row('text export', commands.text, stats.text, '1.00×'),
        row('DOCX export', commands.docxExport, stats.docxExport, verdict(ratios.docxExport)),
        row('DOCX import', commands.docxImport, stats.docxImport, verdict(ratios.docxImport)),
        row(
            'text import (for comparison)',
            commands.textImport,
            stats.textImport,
            `${(stats.textImport.wall.median / stats.text.wall.median).toFixed(2)}×`,
        ),
        '',
        stats.text.cpu && stats.docxExport.cpu && stats.docxImport.cpu
            ? `By CPU time (less moved by the load than wall time): DOCX export ${(stats.docxExport.cpu.median / stats.text.cpu.median).toFixed(2)}×, DOCX import ${(stats.docxImport.cpu.median / stats.text.cpu.median).toFixed(2)}× the text export. The \`docx\` and \`mammoth\` libraries load only for these commands.`
            : '',
    ].join('\n');
}

function targetsSection(res) {
    const { lint, inproc, editor } = res;
    const best = Math.min(lint.commands.cli.wall.median, lint.commands.pool.wall.median);
    const bestName = best === lint.commands.pool.wall.median ? 'pool' : 'current command';
    const toMd = best / lint.commands.mdlint.wall.median;
    const toFloor = best / lint.commands.floor.wall.median;
    const b = editor.big;
    const scaleLint = inproc.lintScaling['100x'].median / inproc.lintScaling['10x'].median;
    const scaleReval = editor.revalidation['100x'].p50 / editor.revalidation['10x'].p50;
    const scaleLint1 = inproc.lintScaling['10x'].median / inproc.lintScaling['1x'].median;
    const scaleReval1 = editor.revalidation['10x'].p50 / editor.revalidation['1x'].p50;
    const ie = inproc.importExport;
    const rows = [
        ['CI lint ÷ markdownlint-cli2', '≤ 0.25×', `${x(toMd)} (${bestName})`, toMd <= 0.25],
        ['CI lint ÷ floor (read + lex)', '≤ 5×', `${x(toFloor)} (${bestName})`, toFloor <= 5],
        [
            'diagnostics after one-char edit, big-plan, p50',
            '≤ 100 ms',
            fmtMs(b.diagnosticsAfterEdit.p50),
            b.diagnosticsAfterEdit.p50 <= 100,
        ],
        ['same, p95', '≤ 250 ms', fmtMs(b.diagnosticsAfterEdit.p95), b.diagnosticsAfterEdit.p95 <= 250],
        ['completion p50', '≤ 50 ms', fmtMs(b.completion.p50), b.completion.p50 <= 50],
        ['documentSymbol (p50)', '≤ 50 ms', fmtMs(b.documentSymbol.p50), b.documentSymbol.p50 <= 50],
        [
            'initialize → first diagnostics (median)',
            '≤ 1 s',
            fmtMs(editor.firstDiagnostics.median),
            editor.firstDiagnostics.median <= 1000,
        ],
        [
            'lint scaling 1×→10× / 10×→100×',
            '≤ 11×',
            `${x(scaleLint1)} / ${x(scaleLint)}`,
            scaleLint <= 11 && scaleLint1 <= 11,
        ],
        [
            're-validation scaling 1×→10× / 10×→100×',
            '≤ 11×',
            `${x(scaleReval1)} / ${x(scaleReval)}`,
            scaleReval <= 11 && scaleReval1 <= 11,
        ],
        [
            'server peak RSS, 100 plans',
            '≤ 400 MB',
            `${editor.memory100.memory.peak.toFixed(0)} MB`,
            editor.memory100.memory.peak <= 400,
        ],
    ];
    if (editor.memory1000) {
        rows.push([
            'server with 1,000 plans',
            'stays up, answers',
            `${editor.memory1000.memory.peak.toFixed(0)} MB peak, answered`,
            true,
        ]);
    }
    rows.push([
        'CLI peak RSS, corpus-1000 (current / pool)',
        '≤ 500 MB',
        `${lint.commands.cli.peakRssMB.toFixed(0)} / ${lint.commands.pool.peakRssMB.toFixed(0)} MB`,
        lint.commands.pool.peakRssMB <= 500,
    ]);
    if (!ie.missing) {
        rows.push(['import seed 004 (median)', '≤ 200 ms', fmtMs(ie.import.median), ie.import.median <= 200]);
        rows.push([
            'export seed 004 (median, with parse)',
            '≤ 200 ms',
            fmtMs(ie.exportWithParse.median),
            ie.exportWithParse.median <= 200,
        ]);
    }
    return [
        '| target | goal | measured | |',
        '| --- | --- | --- | --- |',
        ...rows.map(([t, g, m, ok]) => `| ${t} | ${g} | ${m} | ${verdict(ok)} |`),
    ].join('\n');
}

export function renderResults(res) {
    const m = res.machine;
    const findings = existsSync(findingsPath) ? `\n${readFileSync(findingsPath, 'utf8').trim()}\n` : '';
    return `# Benchmark results

Generated by \`npm run bench\` (bench/run.mjs) on ${res.date}${res.quick ? ' with --quick (fewer repetitions)' : ''}; commit ${res.commit}.
Machine: ${m.cpus}, ${m.memoryGB} GB, Node ${m.node}; shared with other agents (1-minute load average
${m.loadBefore[0]} before, ${m.loadAfter[0]} after, on ${m.cpus.split(' ')[0]} cores). Absolute times move with the load;
compare the ratios, which were measured side by side in the same run. Whole run: ${res.totalSeconds.toFixed(0)} s.

Workloads (bench/generate.mjs, deterministic, written to bench/workloads/): corpus-1000 = ${res.manifest.count} seed-sized CTAP plans,
${res.manifest.corpus.lines} lines, ${mbs(res.manifest.corpus.bytes / 1e6)}; big-plan = 10× the seed (${res.manifest.scaling['10x'].lines} lines);
scaling set 1×/10×/100× (${res.manifest.scaling['1x'].lines} / ${res.manifest.scaling['10x'].lines} / ${res.manifest.scaling['100x'].lines} lines).
Markdown for markdownlint: ${res.manifest.markdown.renderer}.

## Targets

${targetsSection(res)}

## CI lint (corpus-1000)

${lintSection(res.lint)}

## Editor latency (language server on stdio)

${editorSection(res.editor)}

${phasesSection(res.inproc.bigPlanPhases)}

## Scaling

${scalingSection(res.inproc, res.editor, res.manifest)}

## Memory

${memorySection(res.lint, res.editor)}

## Import and export of seed 004 (in process)

${importExportSection(res.inproc)}
${res.word ? `\n${WORD_HEADING}\n\n${wordSection(res.word)}\n` : ''}${findings}`;
}
