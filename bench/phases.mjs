// Scratch: per-phase time of rebuilding big-plan in process (edit simulation).
import '@actionplan/language/polyfills';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { URI, DocumentState } from 'langium';
import { NodeFileSystem } from 'langium/node';
import * as language from '@actionplan/language';

const path = process.argv[2] ?? 'bench/workloads/big-plan/big-plan.actionplan';
const text = readFileSync(path, 'utf8');
const services = language.createActionPlanServices(NodeFileSystem);
const shared = services.shared;
const uri = URI.file('/tmp/big.actionplan');
const builder = shared.workspace.DocumentBuilder;
let marks = {};
for (const s of [
    DocumentState.Parsed,
    DocumentState.IndexedContent,
    DocumentState.ComputedScopes,
    DocumentState.Linked,
    DocumentState.IndexedReferences,
    DocumentState.Validated,
])
    builder.onBuildPhase(s, () => {
        marks[DocumentState[s]] = performance.now();
    });
const totals = {};
const N = Number(process.argv[3] ?? 20);
const docs = shared.workspace.LangiumDocuments;
let cur = text;
for (let i = 0; i < N; i++) {
    cur = i % 2 ? text : text.replace('- "', '- "x');
    const t0 = performance.now();
    marks = {};
    if (docs.hasDocument(uri)) docs.deleteDocument(uri);
    const doc = shared.workspace.LangiumDocumentFactory.fromString(cur, uri);
    const t1 = performance.now();
    docs.addDocument(doc);
    await builder.build([doc], { validation: true });
    const t2 = performance.now();
    if (i < 3) continue;
    const seq = [['parse', t0, t1]];
    let prev = t1;
    for (const k of ['IndexedContent', 'ComputedScopes', 'Linked', 'IndexedReferences', 'Validated']) {
        seq.push([k, prev, marks[k]]);
        prev = marks[k];
    }
    seq.push(['total', t0, t2]);
    for (const [k, a, b] of seq) (totals[k] ??= []).push(b - a);
}
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
for (const [k, v] of Object.entries(totals)) console.log(k.padEnd(18), med(v).toFixed(1), 'ms');
