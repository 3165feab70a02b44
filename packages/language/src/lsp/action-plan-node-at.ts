import { AstUtils, CstUtils } from 'langium';
import type { AstNode, LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver';

/** The AST node of the given type whose text a diagnostic's range starts in (for its quick fixes). */
export function nodeAt<T extends AstNode>(
    document: LangiumDocument,
    range: Range,
    is: (node: AstNode) => node is T,
): T | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(range.start));
    return AstUtils.getContainerOfType(leaf?.astNode, is);
}
