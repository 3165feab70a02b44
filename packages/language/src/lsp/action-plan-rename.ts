import { AstUtils, CstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import type { LangiumServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, TextEdit } from 'vscode-languageserver';
import type { Range, RenameParams, TextDocumentPositionParams, WorkspaceEdit } from 'vscode-languageserver';
import { isCommitment, isContact, isSection } from '../generated/ast.js';

const ID = /^[_a-zA-Z][\w-]*$/;
const SECTION_ID = /^[_a-zA-Z][\w-]*(\.\d+)*$/;

/**
 * Renames contacts, commitments (with every reference, in every file that imports
 * them) and sections. A new name must be a valid id (`[_a-zA-Z][\w-]*`, sections
 * may add `.1`, `.2` …) and not a keyword; otherwise the request fails with a message.
 */
export class ActionPlanRenameProvider extends DefaultRenameProvider {
    private readonly keywords: Set<string>;

    constructor(services: LangiumServices) {
        super(services);
        this.keywords = new Set(
            AstUtils.streamAllContents(services.Grammar)
                .filter(GrammarAST.isKeyword)
                .map((keyword) => keyword.value),
        );
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const found = this.targetAt(document, document.textDocument.offsetAt(params.position));
        if (!found) return undefined;
        const problem = this.checkName(found.target, params.newName);
        if (problem) throw new ResponseError(ErrorCodes.InvalidParams, problem);
        const changes: Record<string, TextEdit[]> = {};
        const references = this.references.findReferences(found.target, { includeDeclaration: true });
        for (const reference of references) {
            const uri = reference.sourceUri.toString();
            (changes[uri] ??= []).push(TextEdit.replace(reference.segment.range, params.newName));
        }
        return { changes };
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        return this.targetAt(document, document.textDocument.offsetAt(params.position))?.nameNode.range;
    }

    /** The renamable element at an offset, and the CST node holding its name or reference there. */
    private targetAt(document: LangiumDocument, offset: number): { target: AstNode; nameNode: CstNode } | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
        if (!leaf || leaf.hidden) return undefined;
        // A section id such as `A.1` is several tokens; its name node is the whole id.
        if (isSection(leaf.astNode)) {
            const name = GrammarUtils.findNodeForProperty(leaf.astNode.$cstNode, 'name');
            if (name && name.offset <= leaf.offset && leaf.end <= name.end)
                return { target: leaf.astNode, nameNode: name };
            return undefined;
        }
        const target = this.references.findDeclarations(leaf)[0];
        if (!target || !(isContact(target) || isCommitment(target))) return undefined;
        return { target, nameNode: leaf };
    }

    private checkName(target: AstNode, name: string): string | undefined {
        const pattern = isSection(target) ? SECTION_ID : ID;
        const what = isSection(target) ? 'a section id (a letter or word, then .1, .2 …)' : 'an id ([_a-zA-Z][\\w-]*)';
        if (!pattern.test(name)) return `'${name}' is not ${what}`;
        const head = name.split('.')[0]!;
        if (this.keywords.has(head)) return `'${head}' is a keyword and cannot be used as an id`;
        return undefined;
    }
}
