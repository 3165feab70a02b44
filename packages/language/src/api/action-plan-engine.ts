import { EmptyFileSystem, URI } from 'langium';
import type { FileSystemProvider, LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { createActionPlanServices } from '../action-plan-module.js';
import { DecodingFileSystemProvider, decodeBytes } from '../workspace/index.js';
import type { ActionPlanServices, ActionPlanSharedServices } from '../action-plan-module.js';
import type { RuleSettings } from '../workspace/action-plan-config.js';
import type { ActionPlanDocumentValidator } from '../validation/action-plan-document-validator.js';
import { applySafeFixes } from '../lsp/action-plan-fix-all.js';
import type { AppliedFix } from '../lsp/action-plan-fix-all.js';
import { exportDocument, exportDocumentDocx } from '../render/action-plan-exportability.js';
import type { DocumentDocxExport, DocumentExport } from '../render/action-plan-exportability.js';
import type { ExportFormat } from '../render/action-plan-render.js';
import { buildExportModel } from '../render/action-plan-render-model.js';
import type { PlanExport } from '../render/action-plan-render-types.js';
import type { Document } from '../generated/ast.js';

export interface ActionPlanEngineOptions {
    /** Where plans, imported plans and `.actionplanrc.json` are read from; default: nothing (EmptyFileSystem). */
    fileSystemProvider?: () => FileSystemProvider;
    /** Rule settings that win over every config file (the CLI's `--rule`). */
    rules?: RuleSettings;
}

/** A linted document's diagnostics, and its export model when asked for (`models`). */
export interface DocumentDiagnostics {
    uri: URI;
    diagnostics: Diagnostic[];
    model?: PlanExport;
}

export interface LintOptions {
    /** Also build each document's export model (the multi-plan views read it). */
    models?: boolean;
}

/** The safe fixes of one document: its text before and after, and what changed. */
export interface DocumentFix {
    uri: URI;
    original: string;
    text: string;
    applied: AppliedFix[];
}

/**
 * The headless engine: lint, fix and export plans without a language server. It
 * owns its documents' lifetimes: a requested document is released once answered;
 * files that are only imported stay loaded, so a catalog shared by many plans is
 * parsed once per engine. Browser-safe; the Node entry wraps it with paths.
 */
export class ActionPlanEngine {
    readonly services: { shared: ActionPlanSharedServices; ActionPlan: ActionPlanServices };

    constructor(options: ActionPlanEngineOptions = {}) {
        this.services = createActionPlanServices({
            fileSystemProvider: options.fileSystemProvider ?? EmptyFileSystem.fileSystemProvider,
            ruleOverrides: options.rules,
        });
    }

    /** Replaces the rule overrides (`--rule`); documents linted from now on use them. */
    setRules(rules: RuleSettings): void {
        this.services.ActionPlan.workspace.RuleSettings.setOverrides(rules);
    }

    /** Lints documents read through the file system (with the plans they import), in the order given. */
    async lint(uris: URI[], options: LintOptions = {}): Promise<DocumentDiagnostics[]> {
        return this.withBuilt(uris, (documents) =>
            documents.map((document, index) => ({
                uri: uris[index]!,
                diagnostics: document.diagnostics ?? [],
                ...(options.models ? { model: buildExportModel(document.parseResult.value as Document) } : {}),
            })),
        );
    }

    /**
     * Lints text that is not read through the file system (standard input, an editor
     * buffer) as if it were at `uri` (config lookup, imports). Bytes are decoded as
     * UTF-8; given as bytes, they also let the encoding check point at bad bytes.
     */
    async lintText(uri: URI, source: string | Uint8Array, options: LintOptions = {}): Promise<DocumentDiagnostics> {
        return this.withText(uri, source, () => this.lint([uri], options).then(([result]) => result!));
    }

    /** Exports text that is not read through the file system, as `export` does a file. */
    async exportText(
        uri: URI,
        source: string | Uint8Array,
        format: ExportFormat,
        options: { force?: boolean } = {},
    ): Promise<DocumentExport> {
        return this.withText(uri, source, () => this.export(uri, format, options));
    }

    /** The safe fixes (`lint --fix`) of each document that has any; nothing is written. */
    async fix(uris: URI[]): Promise<DocumentFix[]> {
        const fixes: DocumentFix[] = [];
        for (const uri of uris) {
            const fix = await this.withBuilt([uri], ([document]) => {
                const original = document!.textDocument.getText();
                const { text, applied } = applySafeFixes(document!, document!.diagnostics ?? []);
                return applied.length > 0 && text !== original ? { uri, original, text, applied } : undefined;
            });
            if (fix) fixes.push(fix);
        }
        return fixes;
    }

    /**
     * Exports a plan, or refuses when it has errors (`force` exports anyway): the
     * one export decision the CLI and the editor's export commands share.
     */
    async export(uri: URI, format: ExportFormat, options: { force?: boolean } = {}): Promise<DocumentExport> {
        return this.withBuilt([uri], ([document]) => exportDocument(document!, format, options));
    }

    /** `export` to a Word document (.docx bytes): the same decision, the same errors. */
    async exportDocx(uri: URI, options: { force?: boolean } = {}): Promise<DocumentDocxExport> {
        // exportDocumentDocx reads the tree before its first await, so before the document is released.
        return this.withBuilt([uri], ([document]) => exportDocumentDocx(document!, options));
    }

    /** Runs `action` with the text added as the document at `uri` (released by the action's build). */
    protected async withText<T>(uri: URI, source: string | Uint8Array, action: () => Promise<T>): Promise<T> {
        const { workspace } = this.services.shared;
        // Bytes are decoded as the engine's files are (BOM, UTF-16, the host's encoding).
        const files = workspace.FileSystemProvider;
        const decodeOptions = files instanceof DecodingFileSystemProvider ? files.options : {};
        const text = typeof source === 'string' ? source : decodeBytes(source, decodeOptions).text;
        const validator = this.services.ActionPlan.validation.DocumentValidator as ActionPlanDocumentValidator;
        if (typeof source !== 'string') validator.sourceBytes.set(uri.toString(), source);
        try {
            workspace.LangiumDocuments.addDocument(workspace.LangiumDocumentFactory.fromString(text, uri));
            return await action();
        } finally {
            validator.sourceBytes.delete(uri.toString());
        }
    }

    /**
     * Loads and builds the documents with their imports, runs `action` on the
     * requested ones, then releases those (documents and index entries).
     */
    protected async withBuilt<T>(uris: URI[], action: (documents: LangiumDocument[]) => T): Promise<T> {
        const { workspace } = this.services.shared;
        try {
            const loaded = await workspace.PlanImports.loadWithImports(uris);
            await workspace.DocumentBuilder.build(loaded, { validation: true });
            const byUri = new Map(loaded.map((document) => [document.uri.toString(), document]));
            return action(uris.map((uri) => byUri.get(uri.toString())!));
        } finally {
            for (const uri of uris) {
                workspace.LangiumDocuments.deleteDocument(uri);
                workspace.IndexManager.remove(uri);
            }
        }
    }
}

export { URI };
