import { CstUtils, GrammarUtils } from 'langium';
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider } from 'langium/lsp';
import type { FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRangeKind } from 'vscode-languageserver';

/**
 * Folds what has braces (header, contacts, summary and its lists, sections, blocks,
 * items with sub-items, assistance, report, areas) and comments: a multi-line
 * block comment, or a run of line comments on consecutive lines.
 */
export class ActionPlanFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override shouldProcess(node: AstNode): boolean {
        return GrammarUtils.findNodeForKeyword(node.$cstNode, '{') !== undefined;
    }

    protected override collectCommentFolding(
        document: LangiumDocument,
        node: AstNode,
        acceptor: FoldingRangeAcceptor,
    ): void {
        if (node !== document.parseResult.value || !node.$cstNode) return;
        let run: CstNode[] = [];
        const flush = (): void => {
            const first = run[0];
            const last = run.at(-1);
            if (first && last && last.range.end.line > first.range.start.line) {
                acceptor({
                    startLine: first.range.start.line,
                    endLine: last.range.end.line,
                    kind: FoldingRangeKind.Comment,
                });
            }
            run = [];
        };
        for (const leaf of CstUtils.flattenCst(node.$cstNode)) {
            const previous = run.at(-1);
            const lineComment = leaf.hidden && leaf.text.startsWith('//');
            const continues = previous && lineComment && leaf.range.start.line === previous.range.end.line + 1;
            if (!continues) flush();
            if (leaf.hidden) run.push(leaf);
            if (leaf.hidden && !lineComment) flush();
        }
        flush();
    }
}
