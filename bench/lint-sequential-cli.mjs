// The lint command as it was before the worker pool: every plan loaded into one set of
// services and built at once by diagnoseFiles, in this thread. Kept to show the pool's gain.
// Usage: node bench/lint-sequential-cli.mjs <paths…>
import '@actionplan/language/polyfills';
import { NodeFileSystem } from 'langium/node';
import { createActionPlanServices, diagnoseFiles } from '@actionplan/language';
import { collectPlanFiles } from '../packages/cli/dist/collect-files.js';
import { formatStylish } from '../packages/cli/dist/format-stylish.js';

const { files, problems } = await collectPlanFiles(process.argv.slice(2), process.cwd());
for (const problem of problems) process.stderr.write(`actionplan lint: ${problem}\n`);
const { shared } = createActionPlanServices(NodeFileSystem);
const results = await diagnoseFiles(shared, files);
const report = formatStylish(results, process.cwd());
if (report) process.stdout.write(report + '\n');
process.exitCode =
    problems.length > 0 ? 2 : results.some((r) => r.diagnostics.some((d) => (d.severity ?? 1) === 1)) ? 1 : 0;
