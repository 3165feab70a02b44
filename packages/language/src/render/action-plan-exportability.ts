import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { isDocument } from '../generated/ast.js';
import { IssueCodes } from '../validation/action-plan-issue-codes.js';
import { exportPlan, exportPlanDocx } from './action-plan-render.js';
import type { ExportFormat } from './action-plan-render.js';

/** Whether a plan can be exported, and the errors that stop it. */
export interface Exportability {
    exportable: boolean;
    /** The errors, by position: shown to the user whether or not the export is forced. */
    errors: Diagnostic[];
}

/** The export of a plan, or the errors that stopped it (`text` is undefined then). */
export interface DocumentExport {
    text?: string;
    errors: Diagnostic[];
}

/**
 * A plan with holes (text that did not parse, references that name nothing) exports
 * wrongly whatever severity a configuration gave those problems.
 */
const ALWAYS_BLOCKING = new Set<string>([IssueCodes.SyntaxError, IssueCodes.UnresolvedReference]);

/**
 * The one decision whether a plan can be exported, for the CLI's `export` and the
 * editor's export commands alike: a plan with errors (after the rule settings) is
 * not exported, since an exporter would print it wrongly or drop part of it.
 */
export function exportability(diagnostics: readonly Diagnostic[]): Exportability {
    const errors = diagnostics
        .filter(
            (d) =>
                (d.severity ?? DiagnosticSeverity.Error) === DiagnosticSeverity.Error ||
                (typeof d.code === 'string' && ALWAYS_BLOCKING.has(d.code)),
        )
        // Shown as errors whatever severity a configuration gave them: they stop the export.
        .map((d) => ({ ...d, severity: DiagnosticSeverity.Error }))
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return { exportable: errors.length === 0, errors };
}

/**
 * Exports a built (validated) document, or refuses when it has errors; `force`
 * exports anyway. The errors come back either way, for the caller to show.
 */
export function exportDocument(
    document: LangiumDocument,
    format: ExportFormat,
    options: { force?: boolean } = {},
): DocumentExport {
    const { exportable, errors } = exportability(document.diagnostics ?? []);
    const root = document.parseResult.value;
    if ((!exportable && !options.force) || !isDocument(root)) return { errors };
    return { text: exportPlan(root, format), errors };
}

/** The Word export of a plan, or the errors that stopped it (`bytes` is undefined then). */
export interface DocumentDocxExport {
    bytes?: Uint8Array;
    errors: Diagnostic[];
}

/** `exportDocument` for the Word format: the same decision, the same errors. */
export async function exportDocumentDocx(
    document: LangiumDocument,
    options: { force?: boolean } = {},
): Promise<DocumentDocxExport> {
    const { exportable, errors } = exportability(document.diagnostics ?? []);
    const root = document.parseResult.value;
    if ((!exportable && !options.force) || !isDocument(root)) return { errors };
    // exportPlanDocx reads the tree before its first await: the document may be released after.
    return { bytes: await exportPlanDocx(root), errors };
}
