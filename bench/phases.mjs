// Per-phase time of rebuilding one plan in process (see lib/phases.mjs), for profiling:
//   node --cpu-prof bench/phases.mjs [plan.actionplan] [runs]
import '@actionplan/language/polyfills';
import { rebuildPhases } from './lib/phases.mjs';

const path = process.argv[2] ?? 'bench/workloads/big-plan/big-plan.actionplan';
const phases = await rebuildPhases(path, Number(process.argv[3] ?? 20));
for (const [phase, s] of Object.entries(phases)) console.log(`${phase.padEnd(18)} ${s.median.toFixed(1)} ms`);
