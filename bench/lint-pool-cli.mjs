// `actionplan lint <paths…>` as lint.ts does it, but on the worker pool (lint-pool.ts),
// until the lead wires the pool into the lint command. Usage: node bench/lint-pool-cli.mjs <paths…>
import '@actionplan/language/polyfills';
import { collectPlanFiles } from '../packages/cli/dist/collect-files.js';
import { formatStylish } from '../packages/cli/dist/format-stylish.js';
import { lintInParallel } from '../packages/cli/dist/lint-pool.js';

const workers = process.env.LINT_WORKERS ? Number(process.env.LINT_WORKERS) : undefined;
const { files, problems } = await collectPlanFiles(process.argv.slice(2), process.cwd());
for (const problem of problems) process.stderr.write(`actionplan lint: ${problem}\n`);
const results = await lintInParallel(files, { workers });
const report = formatStylish(results, process.cwd());
if (report) process.stdout.write(report + '\n');
process.exitCode =
    problems.length > 0 ? 2 : results.some((r) => r.diagnostics.some((d) => (d.severity ?? 1) === 1)) ? 1 : 0;
