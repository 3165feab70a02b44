import type { LanguageClient } from 'vscode-languageclient/node';
import { ServerCommands } from './protocol.js';
import type {
    DocxExportResult,
    DocxImportResult,
    ExportFormat,
    ExportResult,
    ImportForm,
    ImportResult,
    PlanSummary,
    PlanTextResult,
    TemplateInfo,
} from './protocol.js';

/** Typed calls of the language server's commands over `workspace/executeCommand`. */
export class ServerRequests {
    constructor(private readonly client: LanguageClient) {}

    /** The plan's export; a plan with errors is exported only with `force`. */
    export(uri: string, format: ExportFormat, force = false): Promise<ExportResult> {
        return this.execute<ExportResult>(ServerCommands.export, force ? { uri, format, force } : { uri, format });
    }

    /** Canonical text imported from the file's bytes: the server decodes them as the CLI does (never with U+FFFD). */
    import(bytes: Uint8Array, form?: ImportForm): Promise<ImportResult> {
        const base64 = Buffer.from(bytes).toString('base64');
        return this.execute<ImportResult>(ServerCommands.import, form ? { base64, form } : { base64 });
    }

    exportDocx(uri: string, force = false): Promise<DocxExportResult> {
        return this.execute<DocxExportResult>(ServerCommands.exportDocx, force ? { uri, force } : { uri });
    }

    importDocx(base64: string, form?: ImportForm): Promise<DocxImportResult> {
        return this.execute<DocxImportResult>(ServerCommands.importDocx, form ? { base64, form } : { base64 });
    }

    summary(uri: string): Promise<PlanSummary> {
        return this.execute<PlanSummary>(ServerCommands.summary, { uri });
    }

    /** The cross-economy summary page of these plans (`names`: how each is shown). */
    summarize(uris: string[], names: string[]): Promise<{ html: string }> {
        return this.execute<{ html: string }>(ServerCommands.summarizePlans, { uris, names });
    }

    /** The semantic diff of two plans, as Markdown for review. */
    diff(
        oldUri: string,
        newUri: string,
        names: { old: string; new: string },
    ): Promise<{ markdown: string; equivalent: boolean }> {
        return this.execute<{ markdown: string; equivalent: boolean }>(ServerCommands.diffPlans, {
            old: oldUri,
            new: newUri,
            names,
        });
    }

    async templates(): Promise<TemplateInfo[]> {
        return (await this.execute<{ templates: TemplateInfo[] }>(ServerCommands.templates, {})).templates;
    }

    newPlan(template: string, economy: string, year: number, planUri?: string): Promise<PlanTextResult> {
        return this.execute<PlanTextResult>(ServerCommands.newPlan, { template, economy, year, planUri });
    }

    rollForward(uri: string, year: number): Promise<PlanTextResult> {
        return this.execute<PlanTextResult>(ServerCommands.rollForward, { uri, year });
    }

    private async execute<T>(command: string, args: object): Promise<T> {
        // Starting is idempotent; a command run before the first .actionplan is opened needs it.
        await this.client.start();
        return this.client.sendRequest<T>('workspace/executeCommand', { command, arguments: [args] });
    }
}
