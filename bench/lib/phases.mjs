// Where a rebuild of one plan spends its time, phase by phase, in process: what a keystroke
// costs the language server before it publishes diagnostics (parse, index, scopes, link,
// reference index, validation).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DocumentState, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createActionPlanServices } from '@actionplan/language';
import { summary } from './measure.mjs';

const PHASES = ['IndexedContent', 'ComputedScopes', 'Linked', 'IndexedReferences', 'Validated'];

/** Parses and builds `path` `runs` times (alternating two texts so nothing is reused); medians per phase. */
export async function rebuildPhases(path, runs = 20, warmup = 3) {
    const text = readFileSync(path, 'utf8');
    const edited = text.replace('- "', '- "x');
    const { shared } = createActionPlanServices(NodeFileSystem);
    const builder = shared.workspace.DocumentBuilder;
    const documents = shared.workspace.LangiumDocuments;
    const uri = URI.file(path);
    let marks = {};
    for (const phase of PHASES) builder.onBuildPhase(DocumentState[phase], () => (marks[phase] = performance.now()));
    const samples = Object.fromEntries(['parse', ...PHASES, 'total'].map((phase) => [phase, []]));
    for (let i = 0; i < runs + warmup; i++) {
        marks = {};
        if (documents.hasDocument(uri)) documents.deleteDocument(uri);
        const started = performance.now();
        const document = shared.workspace.LangiumDocumentFactory.fromString(i % 2 ? text : edited, uri);
        const parsed = performance.now();
        documents.addDocument(document);
        await builder.build([document], { validation: true });
        const built = performance.now();
        if (i < warmup) continue;
        samples.parse.push(parsed - started);
        let previous = parsed;
        for (const phase of PHASES) {
            samples[phase].push(marks[phase] - previous);
            previous = marks[phase];
        }
        samples.total.push(built - started);
    }
    return Object.fromEntries(Object.entries(samples).map(([phase, values]) => [phase, summary(values)]));
}
