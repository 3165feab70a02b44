// The shapes of the language server's `workspace/executeCommand` commands
// (packages/language/src/lsp/action-plan-command-handler.ts). Repeated here
// rather than imported: the extension bundles only the client, and the wire
// format is the contract between the two.

export const ServerCommands = {
    export: 'actionplan.server.export',
    import: 'actionplan.server.import',
    summary: 'actionplan.server.summary',
    summarizePlans: 'actionplan.server.summarizePlans',
    diffPlans: 'actionplan.server.diffPlans',
    exportDocx: 'actionplan.server.exportDocx',
    importDocx: 'actionplan.server.importDocx',
    templates: 'actionplan.server.templates',
    newPlan: 'actionplan.server.newPlan',
    rollForward: 'actionplan.server.rollForward',
} as const;

/** A template the server offers for a new plan (a shipped one, or a template file of the workspace). */
export interface TemplateInfo {
    id: string;
    name: string;
    title: string;
    form: 'ctap' | 'report';
    year?: number;
    shipped: boolean;
}

/** The text of a new or rolled-forward plan, or why there is none. */
export type PlanTextResult = { text: string } | { error: string; line?: number; column?: number };

export type ExportFormat = 'text' | 'json' | 'markdown' | 'html';
export type ImportForm = 'ctap' | 'progress-report';

/** An error that stops an export, 1-based. */
export interface ExportError {
    message: string;
    code?: string;
    line: number;
    column: number;
}

/** The export; without `text` the plan has errors and was not exported (ask again with `force`). */
export interface ExportResult {
    text?: string;
    errors: ExportError[];
}

export interface ImportNotice {
    line: number;
    message: string;
}

export type ImportResult =
    | { dsl: string; form: ImportForm; notices: ImportNotice[] }
    | { error: { message: string; line: number; column: number } };

/** A .docx over the wire: base64 (LSP carries JSON only). */
export interface DocxExportResult {
    base64?: string;
    errors: ExportError[];
}

/** Where in a Word document: `paragraph 12`, `table 2`. */
export interface DocxImportNotice {
    where: string;
    message: string;
}

/** Without `where` in the error, the file is no readable Word document. */
export type DocxImportResult =
    { dsl: string; form: ImportForm; notices: DocxImportNotice[] } | { error: { message: string; where?: string } };

export interface ProblemCounts {
    errors: number;
    warnings: number;
    infos: number;
}

export interface SectionSummary extends ProblemCounts {
    id: string;
    title: string;
    line: number;
    commitments: number;
    measures: number;
    sections: SectionSummary[];
}

export interface PlanSummary extends ProblemCounts {
    form: 'ctap' | 'progress-report' | 'catalog' | 'none';
    title?: string;
    economy?: string;
    year?: number;
    commitments: number;
    measures: number;
    sections: SectionSummary[];
}

/** File extension of each export format. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
    text: '.txt',
    json: '.json',
    markdown: '.md',
    html: '.html',
};
