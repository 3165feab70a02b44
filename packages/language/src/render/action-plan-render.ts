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

/** Renders a plan; never throws on a half-broken AST. The result ends with one newline. */
export function exportPlan(document: Document, format: ExportFormat): string {
    return (RENDERERS[format] ?? RENDERERS.text)(buildExportModel(document));
}
