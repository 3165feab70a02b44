import { DefaultScopeComputation, MultiMap } from 'langium';
import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { declarationsOf } from './action-plan-walk.js';

/**
 * Contacts, commitments and sections are visible in their whole file (a block
 * in section B may refer to a commitment declared anywhere in the plan) and are
 * exported so that files importing this one can refer to them.
 */
export class ActionPlanScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        for (const node of declarationsOf(document.parseResult.value)) {
            this.addExportedSymbol(node, exports, document);
        }
        return exports;
    }

    override async collectLocalSymbols(document: LangiumDocument): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        for (const node of declarationsOf(root)) {
            this.addLocalSymbol(node, document, symbols);
        }
        // addLocalSymbol files each symbol under its container; lift them all to the root.
        const fileWide = new MultiMap<AstNode, AstNodeDescription>();
        fileWide.addAll(root, symbols.values());
        return fileWide;
    }
}
