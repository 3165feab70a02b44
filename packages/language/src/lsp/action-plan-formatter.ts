import { AbstractFormatter } from 'langium/lsp';
import type { AstNode, LangiumDocument } from 'langium';
import type {
    DocumentFormattingParams,
    DocumentOnTypeFormattingParams,
    DocumentRangeFormattingParams,
    Range,
    TextEdit,
} from 'vscode-languageserver-protocol';
import { computeGaps } from '../layout/action-plan-layout-text.js';
import type { Gap } from '../layout/action-plan-layout-text.js';

/**
 * The canonical layout (docs/editor.md): only whitespace between tokens changes
 * (and the braces of empty blocks go), so the AST never changes and comments stay
 * where they stood. Langium's per-node formatting API is not used: it puts the
 * blank line between a comment and the element the comment describes, and cannot
 * express "the file ends with one newline"; each gap is instead computed from the
 * layout and the neighbouring tokens, which also makes the result idempotent.
 */
export class ActionPlanFormatter extends AbstractFormatter {
    protected override format(_node: AstNode): void {
        // Unused: see the class comment.
    }

    override formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.toEdits(document, gapsOf(document));
    }

    override formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const start = document.textDocument.offsetAt(params.range.start);
        const end = document.textDocument.offsetAt(params.range.end);
        const gaps = gapsOf(document).filter((gap) => gap.end >= start && gap.start <= end);
        return this.toEdits(document, gaps);
    }

    override formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): TextEdit[] {
        return [];
    }

    private toEdits(document: LangiumDocument, gaps: Gap[]): TextEdit[] {
        const text = document.textDocument;
        return gaps.map((gap) => ({
            range: { start: text.positionAt(gap.start), end: text.positionAt(gap.end) } satisfies Range,
            newText: gap.newText,
        }));
    }
}

function gapsOf(document: LangiumDocument): Gap[] {
    return computeGaps(document.textDocument.getText(), document.parseResult);
}
