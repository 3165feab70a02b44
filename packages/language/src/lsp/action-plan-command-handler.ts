import { DocumentState, URI } from 'langium';
import type { LangiumDocument, Module } from 'langium';
import { AbstractExecuteCommandHandler } from 'langium/lsp';
import type { ExecuteCommandAcceptor, LangiumSharedServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { EXPORT_FORMATS } from '../render/action-plan-render.js';
import { exportDocument, exportDocumentDocx } from '../render/action-plan-exportability.js';
import { PLAN_EXTENSION } from '../facts/index.js';
import type { ExportFormat } from '../render/action-plan-render.js';
import { ImportError, importCanonicalText } from '../from-text/action-plan-from-text.js';
import type { ImportForm } from '../from-text/action-plan-from-text.js';
import { DocxError, DocxImportError, importDocx } from '../from-docx/action-plan-from-docx.js';
import type { DocxImportResult } from '../from-docx/action-plan-from-docx.js';
import { base64ToBytes, bytesToBase64 } from './action-plan-base64.js';
import { decodeBytes, describeDecodeProblem } from '../workspace/action-plan-text-decoding.js';
import { planSummary } from './action-plan-summary.js';
import { ActionPlanViewsCommands } from './action-plan-views-commands.js';
import type { DiffCommandArgs, SummarizeCommandArgs } from './action-plan-views-commands.js';
import type { PlanSummary } from './action-plan-summary.js';
import { templateCommands } from './action-plan-template-commands.js';

/**
 * The commands the VS Code extension (or any LSP client) runs through
 * `workspace/executeCommand`, so that the client stays a thin shell: every
 * byte of exported text, imported DSL and summary is computed here.
 */
export namespace ActionPlanCommands {
    /**
     * `{ uri, format, force? }` → `{ text?, errors }`: the plan exported as text, json,
     * markdown or html; a plan with errors is not exported (no `text`) unless `force`.
     */
    export const Export = 'actionplan.server.export';
    /** `{ text, form? }` or `{ base64, form? }` (the file's bytes, decoded as the CLI does) → `{ dsl, form, notices }` or `{ error: { message, line, column } }`. */
    export const Import = 'actionplan.server.import';
    /** `{ uri }` → PlanSummary: header, per-section counts of commitments, measures and problems. */
    export const Summary = 'actionplan.server.summary';
    /** `{ uris, names? }` → `{ html }`: the cross-economy summary of many plans (action-plan-views-commands.ts). */
    export const SummarizePlans = 'actionplan.server.summarizePlans';
    /** `{ old, new, names? }` → `{ markdown, equivalent }`: the semantic diff of two plans. */
    export const DiffPlans = 'actionplan.server.diffPlans';
    /** `{ uri, force? }` → `{ base64?, errors }`: the plan as a Word document (.docx), base64; refused as `export` is. */
    export const ExportDocx = 'actionplan.server.exportDocx';
    /**
     * `{ base64, form? }` (a .docx) → `{ dsl, form, notices: [{ where, message }] }`, or
     * `{ error: { message, where? } }`: without `where` the file is no readable Word document.
     */
    export const ImportDocx = 'actionplan.server.importDocx';
    /** `{}` → `{ templates: TemplateInfo[] }`: the shipped templates and the workspace's template files. */
    export const Templates = 'actionplan.server.templates';
    /** `{ template, economy, year, planUri? }` → `{ text }` or `{ error }`: a new plan on the template. */
    export const NewPlan = 'actionplan.server.newPlan';
    /** `{ uri, year }` → `{ text }` or `{ error }`: next year's plan from the plan as the editor has it. */
    export const RollForward = 'actionplan.server.rollForward';
}

export interface ExportCommandArgs {
    uri: string;
    format: ExportFormat;
    /** Export a plan that has errors anyway ("Export anyway"). */
    force?: boolean;
}

/** An error that stops an export, 1-based. */
export interface ExportCommandError {
    message: string;
    code?: string;
    line: number;
    column: number;
}

/** The export, or (no `text`) the errors that stopped it; forced, both. */
export interface ExportCommandResult {
    text?: string;
    errors: ExportCommandError[];
}
export interface ImportCommandArgs {
    /** The text, or (`base64`) the file's bytes, decoded as the CLI decodes them: never with replacement characters. */
    text?: string;
    base64?: string;
    form?: ImportForm;
}
export interface ExportDocxCommandArgs {
    uri: string;
    force?: boolean;
}
export interface ExportDocxCommandResult {
    base64?: string;
    errors: ExportCommandError[];
}
export interface ImportDocxCommandArgs {
    base64: string;
    form?: ImportForm;
}
export type ImportDocxCommandResult = Omit<DocxImportResult, 'text'> | { error: { message: string; where?: string } };
export type ImportCommandResult =
    ReturnType<typeof importCanonicalText> | { error: { message: string; line: number; column: number } };

export class ActionPlanCommandHandler extends AbstractExecuteCommandHandler {
    protected readonly shared: LangiumSharedServices;

    constructor(shared: LangiumSharedServices) {
        super();
        this.shared = shared;
    }

    // Called from the base constructor: the closures read `this.shared` only when a command runs.
    override registerCommands(accept: ExecuteCommandAcceptor): void {
        accept(ActionPlanCommands.Export, (args, token) => this.export(args[0] as ExportCommandArgs, token));
        accept(ActionPlanCommands.Import, (args) => this.import(args[0] as ImportCommandArgs));
        accept(ActionPlanCommands.Summary, (args, token) => this.summary(args[0] as { uri: string }, token));
        const views = () =>
            new ActionPlanViewsCommands(this.shared, (uri, token, action) =>
                this.withBuiltDocument(uri, token, action),
            );
        accept(ActionPlanCommands.SummarizePlans, (args, token) =>
            views().summarize(args[0] as SummarizeCommandArgs, token),
        );
        accept(ActionPlanCommands.DiffPlans, (args, token) => views().diff(args[0] as DiffCommandArgs, token));
        accept(ActionPlanCommands.ExportDocx, (args, token) =>
            this.exportDocx(args[0] as ExportDocxCommandArgs, token),
        );
        accept(ActionPlanCommands.ImportDocx, (args) => this.importDocx(args[0] as ImportDocxCommandArgs));
        for (const [name, run] of Object.entries(templateCommands(() => this.shared))) {
            accept(name, (args, token) => run(args[0], token));
        }
    }

    /** The same decision as the CLI's `export` (exportDocument): errors stop the export unless forced. */
    protected async export(args: ExportCommandArgs, token: CancellationToken): Promise<ExportCommandResult> {
        if (!EXPORT_FORMATS.includes(args?.format)) {
            throw new Error(`Unknown export format "${String(args?.format)}" (expected ${EXPORT_FORMATS.join(', ')})`);
        }
        return this.withBuiltDocument(args.uri, token, (document) => {
            const { text, errors } = exportDocument(document, args.format, { force: args.force === true });
            const problems = errors.map(commandError);
            return text === undefined ? { errors: problems } : { text, errors: problems };
        });
    }

    protected import(args: ImportCommandArgs): ImportCommandResult {
        if (typeof args?.text !== 'string' && typeof args?.base64 !== 'string')
            throw new Error(
                'Import needs { text: string } or { base64: string }, and form?: "ctap" | "progress-report"',
            );
        let text = args.text;
        if (text === undefined) {
            const decoded = decodeBytes(base64ToBytes(args.base64!));
            if (decoded.problem) {
                const { line, column } = decoded.problem;
                return { error: { message: describeDecodeProblem(decoded.problem, 'editor'), line, column } };
            }
            text = decoded.text;
        }
        try {
            // The server's own parser reads the printed plan back for its layout.
            const services = this.shared.ServiceRegistry.getServices(URI.parse(`memory:///import${PLAN_EXTENSION}`));
            return importCanonicalText(text, { ...(args.form ? { form: args.form } : {}), services });
        } catch (error) {
            // Text the importer cannot read is the user's problem, not the server's: answer with where.
            if (error instanceof ImportError) {
                return { error: { message: error.message, line: error.line, column: error.column } };
            }
            throw error;
        }
    }

    /** `export` to Word: the same decision and errors; the bytes as base64 (LSP carries JSON). */
    protected async exportDocx(
        args: ExportDocxCommandArgs,
        token: CancellationToken,
    ): Promise<ExportDocxCommandResult> {
        const { bytes, errors } = await this.withBuiltDocument(args?.uri, token, (document) =>
            // Reads the tree before its first await, under the lock; the Word file is written after.
            exportDocumentDocx(document, { force: args.force === true }),
        );
        const problems = errors.map(commandError);
        return bytes === undefined ? { errors: problems } : { base64: bytesToBase64(bytes), errors: problems };
    }

    protected async importDocx(args: ImportDocxCommandArgs): Promise<ImportDocxCommandResult> {
        if (typeof args?.base64 !== 'string')
            throw new Error('Word import needs { base64: string, form?: "ctap" | "progress-report" }');
        let bytes: Uint8Array;
        try {
            bytes = base64ToBytes(args.base64);
        } catch {
            return { error: { message: 'the file did not arrive as base64' } };
        }
        try {
            const { dsl, form, notices } = await importDocx(bytes, args.form ? { form: args.form } : {});
            return { dsl, form, notices };
        } catch (error) {
            if (error instanceof DocxError) return { error: { message: error.message } };
            if (error instanceof DocxImportError) return { error: { message: error.message, where: error.where } };
            throw error;
        }
    }

    protected summary(args: { uri: string }, token: CancellationToken): Promise<PlanSummary> {
        return this.withBuiltDocument(args?.uri, token, planSummary);
    }

    /**
     * Runs `action` on the document as the editor has it, linked and validated:
     * a read under the workspace lock runs after every queued rebuild (the
     * edits sent before this command). A file the client has not opened is
     * loaded from disk and built once.
     */
    protected async withBuiltDocument<T>(
        uriString: string,
        token: CancellationToken,
        action: (document: LangiumDocument) => T,
    ): Promise<T> {
        if (typeof uriString !== 'string') throw new Error('The command needs { uri: string }');
        const uri = URI.parse(uriString);
        const documents = this.shared.workspace.LangiumDocuments;
        const builder = this.shared.workspace.DocumentBuilder;
        if (documents.hasDocument(uri)) {
            await builder.waitUntil(DocumentState.Validated, uri, token);
        } else {
            await this.shared.workspace.WorkspaceLock.write(async (writeToken) => {
                const document = await documents.getOrCreateDocument(uri);
                await builder.build([document], { validation: true }, writeToken);
            });
        }
        return this.shared.workspace.WorkspaceLock.read(async () => action(await documents.getOrCreateDocument(uri)));
    }
}

/** An error that stops an export, as the export commands answer it (1-based line and column). */
function commandError(d: Diagnostic): ExportCommandError {
    return {
        message: typeof d.message === 'string' ? d.message : String(d.message),
        ...(typeof d.code === 'string' ? { code: d.code } : {}),
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
    };
}

/** Shared-services module: Langium looks the command handler up on the shared services. */
export const ActionPlanCommandModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        ExecuteCommandHandler: (shared) => new ActionPlanCommandHandler(shared),
    },
};
