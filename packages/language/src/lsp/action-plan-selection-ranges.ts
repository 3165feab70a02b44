import { CstUtils, DocumentState } from 'langium';
import type { CstNode, LangiumDocument } from 'langium';
import { createRequestHandler, DefaultLanguageServer } from 'langium/lsp';
import type {
    InitializeParams,
    InitializeResult,
    Position,
    Range,
    SelectionRange,
    SelectionRangeParams,
} from 'vscode-languageserver';

/**
 * Expand selection: the token under the cursor, then each enclosing syntax element
 * (year group, commitment text, commitment, block, section …) up to the whole file.
 */
export function getSelectionRanges(document: LangiumDocument, positions: Position[]): SelectionRange[] {
    const root = document.parseResult.value.$cstNode;
    return positions.map((position) => {
        const offset = document.textDocument.offsetAt(position);
        const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
        const chain: Range[] = [];
        for (let node: CstNode | undefined = leaf; node; node = node.container) {
            const last = chain.at(-1);
            // Skip CST levels that cover the same text (datatype rules, wrappers).
            if (
                !last ||
                node.offset < document.textDocument.offsetAt(last.start) ||
                node.end > document.textDocument.offsetAt(last.end)
            ) {
                chain.push(node.range);
            }
        }
        const whole = {
            start: { line: 0, character: 0 },
            end: document.textDocument.positionAt(document.textDocument.getText().length),
        };
        if (chain.length === 0) chain.push({ start: position, end: position });
        chain.push(whole);
        let selection: SelectionRange | undefined;
        for (const range of chain.reverse()) selection = { range, parent: selection };
        return selection!;
    });
}

/**
 * Langium 4.4 has no selection range service: this language server adds the
 * `textDocument/selectionRange` handler and advertises it.
 */
export class ActionPlanLanguageServer extends DefaultLanguageServer {
    override async initialize(params: InitializeParams): Promise<InitializeResult> {
        const result = await super.initialize(params);
        const connection = this.services.lsp.Connection;
        if (connection) {
            const handler = createRequestHandler<SelectionRangeParams, SelectionRange[]>(
                (_services, document, request) => getSelectionRanges(document, request.positions),
                this.services,
                DocumentState.Parsed,
            );
            connection.onSelectionRanges(handler);
            result.capabilities.selectionRangeProvider = true;
        }
        return result;
    }
}
