// Child process of security.test.ts: runs the adversarial jobs from the index
// given in argv[2] on, printing `start i`, then `done i ms` or `error i message`,
// so the parent can stop a job that runs away (a synchronous regex cannot be
// interrupted in-process) and name it.
import '../../packages/language/src/polyfills.js';
import { EmptyFileSystem, URI } from 'langium';
import { createActionPlanServices } from '../../packages/language/src/action-plan-module.js';
import type { Document } from '../../packages/language/src/generated/ast.js';
import { ADVERSARIAL_JOBS, planWith } from './adversarial.js';
import { loadExporter, loadImporter } from './optional-modules.js';

const services = createActionPlanServices(EmptyFileSystem);
const exporter = await loadExporter();
const importer = await loadImporter();
let counter = 0;
let built: { payload: string; document: Awaited<ReturnType<typeof build>> } | undefined;

async function build(text: string, validation: boolean) {
    const uri = URI.parse(`memory:///adversarial-${counter++}.actionplan`);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation });
    return document;
}

for (let index = Number(process.argv[2] ?? 0); index < ADVERSARIAL_JOBS.length; index++) {
    const { stage, payload } = ADVERSARIAL_JOBS[index]!;
    process.stdout.write(`start ${index}\n`);
    try {
        // One unvalidated document per payload serves the stages after parsing, built outside the timing.
        if (stage !== 'validate' && built?.payload !== payload)
            built = { payload, document: await build(planWith(payload), false) };
        const document = built?.document;
        const start = performance.now();
        if (stage === 'validate') {
            await build(planWith(payload), true);
        } else if (stage === 'format') {
            services.ActionPlan.lsp.Formatter!.formatDocument(document!, {
                textDocument: { uri: document!.uri.toString() },
                options: { tabSize: 4, insertSpaces: true },
            });
        } else if (stage.startsWith('export:')) {
            if (!exporter) throw new Error('exportPlan is not available yet');
            exporter.exportPlan(document!.parseResult.value as Document, stage.slice(7) as 'text');
        } else if (stage === 'import') {
            if (!importer) throw new Error('importCanonicalText is not available yet');
            try {
                importer.importCanonicalText(`EXECUTIVE SUMMARY\n\n1. ${payload}\n 1. ${payload}\n`);
            } catch (error) {
                if (!(error instanceof importer.ImportError)) throw error;
            }
        }
        process.stdout.write(`done ${index} ${Math.round(performance.now() - start)}\n`);
    } catch (error) {
        process.stdout.write(`error ${index} ${String(error).split('\n')[0]}\n`);
    }
    for (const uri of services.shared.workspace.LangiumDocuments.all.map((d) => d.uri).toArray()) {
        if (uri.toString() !== built?.document.uri.toString())
            services.shared.workspace.LangiumDocuments.deleteDocument(uri);
    }
}
