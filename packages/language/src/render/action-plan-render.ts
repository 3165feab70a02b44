// Exports a parsed plan as canonical text, JSON, Markdown or HTML. Every format
// renders the same plain model (action-plan-render-model.ts), so they agree on
// what a plan says; only the layout differs.
import type { Document } from '../generated/ast.js';
import { renderHtml } from './action-plan-render-html.js';
import { renderMarkdown } from './action-plan-render-markdown.js';
import { buildExportModel } from './action-plan-render-model.js';
import { planText } from './action-plan-render-text.js';

export type ExportFormat = 'text' | 'json' | 'markdown' | 'html';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['text', 'json', 'markdown', 'html'];

/** Renders a plan; never throws on a half-broken AST. The result ends with one newline. */
export function exportPlan(document: Document, format: ExportFormat): string {
    const model = buildExportModel(document);
    switch (format) {
        case 'json':
            return JSON.stringify(model, null, 2) + '\n';
        case 'markdown':
            return renderMarkdown(model);
        case 'html':
            return renderHtml(model);
        default:
            return planText(model);
    }
}
