// The server side of the editor's views over many plans: the cross-economy summary of the
// workspace's plans and the semantic diff of two plans, for `workspace/executeCommand`.
import { URI } from 'langium';
import type { LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { CancellationToken } from 'vscode-languageserver';
import { isPlanPath } from '../facts/index.js';
import { importCanonicalText } from '../from-text/action-plan-from-text.js';
import type { Document } from '../generated/ast.js';
import { buildExportModel } from '../render/action-plan-render-model.js';
import type { PlanExport } from '../render/action-plan-render-types.js';
import { diffPlans } from '../views/action-plan-diff.js';
import { renderDiff } from '../views/action-plan-diff-render.js';
import type { ActionPlanServices } from '../action-plan-module.js';
import { summarizePlans, templateCatalog } from '../views/action-plan-summary.js';
import { renderSummaryHtml } from '../views/action-plan-summary-html.js';

export interface SummarizeCommandArgs {
    uris: string[];
    /** How each plan is named in the summary (workspace-relative paths); default: the URI. */
    names?: string[];
}

export interface DiffCommandArgs {
    old: string;
    new: string;
    names?: { old: string; new: string };
}

type WithBuiltDocument = <T>(
    uri: string,
    token: CancellationToken,
    action: (document: LangiumDocument) => T,
) => Promise<T>;

interface PlanModel {
    model: PlanExport;
    errors: number;
    warnings: number;
}

export class ActionPlanViewsCommands {
    constructor(
        private readonly shared: LangiumSharedServices,
        private readonly withBuiltDocument: WithBuiltDocument,
    ) {}

    /** `{ uris, names? }` → `{ html }`: the summary page of the plans. */
    async summarize(args: SummarizeCommandArgs, token: CancellationToken): Promise<{ html: string }> {
        if (!Array.isArray(args?.uris)) throw new Error('Summarize needs { uris: string[] }');
        const inputs = [];
        for (const [index, uri] of args.uris.entries()) {
            const { model, errors, warnings } = await this.model(uri, token);
            inputs.push({ file: args.names?.[index] ?? uri, plan: model, errors, warnings });
        }
        // Rows: the newest shipped CTAP template's commitments, as `actionplan summary` by default.
        const language = this.shared.ServiceRegistry.all[0] as ActionPlanServices | undefined;
        const template = language?.templates.Templates.newestShipped('ctap');
        return { html: renderSummaryHtml(summarizePlans(inputs, template ? templateCatalog(template) : [])) };
    }

    /** `{ old, new, names? }` → `{ markdown, equivalent }`: the semantic diff, for review. */
    async diff(args: DiffCommandArgs, token: CancellationToken): Promise<{ markdown: string; equivalent: boolean }> {
        if (typeof args?.old !== 'string' || typeof args?.new !== 'string') throw new Error('Diff needs { old, new }');
        const before = await this.model(args.old, token);
        const after = await this.model(args.new, token);
        const diff = diffPlans(before.model, after.model);
        return {
            markdown: renderDiff(diff, 'markdown', args.names ?? { old: args.old, new: args.new }),
            equivalent: diff.equivalent,
        };
    }

    /** A plan's export model: a `.actionplan` as the editor has it, a canonical `.txt` imported first. */
    private async model(uriString: string, token: CancellationToken): Promise<PlanModel> {
        const uri = URI.parse(uriString);
        if (isPlanPath(uri.path)) return this.withBuiltDocument(uriString, token, modelOf);
        const text = await this.shared.workspace.FileSystemProvider.readFile(uri);
        const imported = URI.parse(`${uriString}.imported.actionplan`);
        const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder, IndexManager } = this.shared.workspace;
        const document = LangiumDocumentFactory.fromString(importCanonicalText(text).dsl, imported);
        LangiumDocuments.addDocument(document);
        try {
            await DocumentBuilder.build([document], { validation: true }, token);
            return modelOf(document);
        } finally {
            LangiumDocuments.deleteDocument(imported);
            IndexManager.remove(imported);
        }
    }
}

function modelOf(document: LangiumDocument): PlanModel {
    const diagnostics = document.diagnostics ?? [];
    return {
        model: buildExportModel(document.parseResult.value as Document),
        errors: diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).length,
        warnings: diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning).length,
    };
}
