// Runs one fuzz case through the parser + validator (diagnoseFiles on a real
// file, as the CLI does), the importer and the exporter, and reports anything
// that is not a clean answer: an exception, a diagnostic outside the document,
// a case over the time bound, importer output that does not parse.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import type { LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createActionPlanServices } from '../../packages/language/src/action-plan-module.js';
import { diagnoseFiles } from '../../packages/language/src/workspace/action-plan-documents.js';
import type { Document } from '../../packages/language/src/generated/ast.js';
import { rangeProblems } from './diagnostic-ranges.js';
import { loadExporter, loadImporter, missing } from './optional-modules.js';
import type { ExporterModule, ImporterModule } from './optional-modules.js';

export interface Finding {
    target: 'parse+validate' | 'importer' | 'exporter' | 'lsp';
    kind: 'exception' | 'slow' | 'range' | 'invalid-output';
    message: string;
    stack?: string;
}

export interface CaseResult {
    findings: Finding[];
    parsedClean: boolean;
}

export interface HarnessOptions {
    /**
     * A target taking longer than this (ms) plus SLOW_MS_PER_KB for each kB of the
     * input is reported as `slow` (a hang, short of an endless loop).
     */
    timeBoundMs: number;
    importer: boolean;
    exporter: boolean;
    /** How the importer and exporter stages are loaded (tests replace them). */
    loaders: {
        importer: () => Promise<ImporterModule | undefined>;
        exporter: () => Promise<ExporterModule | undefined>;
    };
}

const FORMATS = ['text', 'json', 'markdown', 'html'] as const;

/** The time a stage may take grows with the input: a 10 MB line gets 30 s more than a seed-sized plan. */
export const SLOW_MS_PER_KB = 3;

export class FuzzHarness {
    readonly folder = mkdtempSync(join(tmpdir(), 'actionplan-fuzz-'));
    private services = createActionPlanServices(NodeFileSystem);
    private casesSinceFresh = 0;
    /** The time bound of the case being run. */
    private boundMs: number;
    private importer?: ImporterModule;
    private exporter?: ExporterModule;

    private constructor(private readonly options: HarnessOptions) {
        this.boundMs = options.timeBoundMs;
    }

    private setInput(bytes: number): void {
        this.boundMs = this.options.timeBoundMs + (SLOW_MS_PER_KB * bytes) / 1024;
    }

    static async create(options: Partial<HarnessOptions> = {}): Promise<FuzzHarness> {
        const harness = new FuzzHarness({
            timeBoundMs: 5000,
            importer: true,
            exporter: true,
            loaders: { importer: loadImporter, exporter: loadExporter },
            ...options,
        });
        // A stage asked for whose module does not load fails the run: skipping it would pass with nothing checked.
        if (harness.options.importer) {
            harness.importer = await harness.options.loaders.importer();
            if (!harness.importer) {
                throw missing('the importer stage', 'packages/language/src/from-text/action-plan-from-text.ts');
            }
        }
        if (harness.options.exporter) {
            harness.exporter = await harness.options.loaders.exporter();
            if (!harness.exporter)
                throw missing('the exporter stage', 'packages/language/src/render/action-plan-render.ts');
        }
        return harness;
    }

    get hasImporter(): boolean {
        return this.importer !== undefined;
    }
    get hasExporter(): boolean {
        return this.exporter !== undefined;
    }

    dispose(): void {
        rmSync(this.folder, { recursive: true, force: true });
    }

    /** Parser, validator, editor features (unless `editor` is false) and exporter on `bytes` as a plan file. */
    async runPlan(bytes: Buffer, editor = true): Promise<CaseResult> {
        const findings: Finding[] = [];
        this.setInput(bytes.length);
        const path = join(this.folder, 'case.actionplan');
        writeFileSync(path, bytes);
        const { shared } = this.services;
        let parsedClean = false;
        await this.timed(findings, 'parse+validate', async () => {
            const [result] = await diagnoseFiles(shared, [path]);
            const document = shared.workspace.LangiumDocuments.getDocument(URI.file(path));
            if (!document || !result) throw new Error('diagnoseFiles returned no document for the case');
            const text = document.textDocument.getText();
            for (const problem of rangeProblems(text, result.diagnostics)) {
                findings.push({ target: 'parse+validate', kind: 'range', message: problem });
            }
            const { lexerErrors, parserErrors } = document.parseResult;
            parsedClean = lexerErrors.length === 0 && parserErrors.length === 0;
        });
        // Timed on their own, after the build: editor features, and the exporter on plans that parse.
        const document = shared.workspace.LangiumDocuments.getDocument(URI.file(path));
        if (document && editor) await this.editorFeatures(document, findings);
        if (document && parsedClean && this.exporter) {
            const root = document.parseResult.value as Document;
            for (const format of FORMATS) {
                await this.timed(findings, 'exporter', () => this.exporter!.exportPlan(root, format), format);
            }
        }
        this.reset();
        return { findings, parsedClean };
    }

    /** The importer on `text` as canonical source text: an ImportError is a clean answer; its DSL must parse. */
    async runImport(text: string): Promise<Finding[]> {
        const findings: Finding[] = [];
        const importer = this.importer;
        if (!importer) return findings;
        this.setInput(Buffer.byteLength(text));
        await this.timed(findings, 'importer', () => {
            let dsl: string;
            try {
                dsl = importer.importCanonicalText(text).dsl;
            } catch (error) {
                if (error instanceof importer.ImportError) return;
                throw error;
            }
            const result = this.services.ActionPlan.parser.LangiumParser.parse(dsl);
            const errors = [...result.lexerErrors.map((e) => e.message), ...result.parserErrors.map((e) => e.message)];
            if (errors.length > 0) {
                findings.push({
                    target: 'importer',
                    kind: 'invalid-output',
                    message: `imported DSL does not parse: ${errors[0]}`,
                });
            }
        });
        return findings;
    }

    /** What the editor asks of a half-typed plan: symbols, folding, completion and hover somewhere, formatting. */
    private async editorFeatures(document: LangiumDocument, findings: Finding[]): Promise<void> {
        const lsp = this.services.ActionPlan.lsp;
        const text = document.textDocument.getText();
        const textDocument = { uri: document.uri.toString() };
        const position = document.textDocument.positionAt((text.length * 7919 + 13) % (text.length + 1));
        const features: Array<[string, () => unknown]> = [
            ['documentSymbol', () => lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument })],
            ['foldingRange', () => lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument })],
            ['completion', () => lsp.CompletionProvider?.getCompletion(document, { textDocument, position })],
            ['hover', () => lsp.HoverProvider?.getHoverContent(document, { textDocument, position })],
            [
                'formatting',
                () =>
                    lsp.Formatter?.formatDocument(document, {
                        textDocument,
                        options: { tabSize: 4, insertSpaces: true },
                    }),
            ],
        ];
        for (const [name, run] of features) await this.timed(findings, 'lsp', run, name);
    }

    private async timed(
        findings: Finding[],
        target: Finding['target'],
        run: () => unknown,
        detail = '',
    ): Promise<void> {
        const start = performance.now();
        try {
            await run();
        } catch (error) {
            const e = error instanceof Error ? error : new Error(String(error));
            findings.push({
                target,
                kind: 'exception',
                message: `${detail} ${e.name}: ${e.message}`.trim(),
                stack: e.stack,
            });
        }
        const ms = performance.now() - start;
        if (ms > this.boundMs) {
            findings.push({ target, kind: 'slow', message: `${detail} took ${Math.round(ms)} ms`.trim() });
        }
    }

    /** Forgets the case's documents; fresh services now and then so nothing accumulates. */
    private reset(): void {
        const { shared } = this.services;
        for (const uri of shared.workspace.LangiumDocuments.all.map((d) => d.uri).toArray()) {
            shared.workspace.IndexManager.remove(uri);
            shared.workspace.LangiumDocuments.deleteDocument(uri);
        }
        if (++this.casesSinceFresh >= 500) {
            this.services = createActionPlanServices(NodeFileSystem);
            this.casesSinceFresh = 0;
        }
    }
}
