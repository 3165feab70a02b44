// Exports a parsed plan as canonical text, JSON, Markdown or HTML. Every format
// renders the same plain model (action-plan-render-model.ts), so they agree on
// what a plan says; only the layout differs. A new format is a renderer file over
// the model and one entry in RENDERERS; the CLI's `export --format` and the
// language server's export command take the list from EXPORT_FORMATS.
import type { Document } from '../generated/ast.js';
import { renderHtml } from './action-plan-render-html.js';
import { renderMarkdown } from './action-plan-render-markdown.js';
import { buildExportModel } from './action-plan-render-model.js';
import { planText } from './action-plan-render-text.js';
import type { PlanExport } from './action-plan-render-types.js';

/** One renderer a format, in the order formats are listed to users. */
const RENDERERS = {
    text: planText,
    json: (model: PlanExport) => JSON.stringify(model, null, 2) + '\n',
    markdown: renderMarkdown,
    html: renderHtml,
} satisfies Record<string, (model: PlanExport) => string>;

export type ExportFormat = keyof typeof RENDERERS;

export const EXPORT_FORMATS = Object.keys(RENDERERS) as readonly ExportFormat[];

/** Formats whose export is a file of bytes rather than text (`export --format docx -o plan.docx`). */
export const BINARY_EXPORT_FORMATS = ['docx'] as const;
export type BinaryExportFormat = (typeof BINARY_EXPORT_FORMATS)[number];

/**
 * Renders a plan as a Word document in the template's layout: the blocks of the
 * canonical text (action-plan-render-lines.ts) laid out by action-plan-render-docx.ts.
 * The `docx` library is loaded on first use, so the text formats do not pay for it.
 * Never throws on a half-broken AST.
 */
export async function exportPlanDocx(document: Document): Promise<Uint8Array> {
    // The model first, synchronously: the tree is read before anything else can run (an edit, a rebuild).
    const model = buildExportModel(document);
    const { renderDocx } = await import('./action-plan-render-docx.js');
    return renderDocx(model);
}

/** Renders a plan; never throws on a half-broken AST. The result ends with one newline. */
export function exportPlan(document: Document, format: ExportFormat): string {
    return (RENDERERS[format] ?? RENDERERS.text)(buildExportModel(document));
}
