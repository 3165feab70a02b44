import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, MapScope } from 'langium';
import type { ReferenceInfo, Scope } from 'langium';
import { isDocument } from './generated/ast.js';
import { resolveImports } from './action-plan-imports.js';

/**
 * A reference resolves in its own file (the local scope) and in the files that
 * file imports, never through an implicit workspace-wide scope: a folder holds
 * many plans, each declaring its own `maeda`.
 */
export class ActionPlanScopeProvider extends DefaultScopeProvider {
    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const document = AstUtils.getDocument(context.container);
        const root = document.parseResult.value;
        if (!isDocument(root)) {
            return EMPTY_SCOPE;
        }
        const imported = new Set(resolveImports(root, document.uri).map((uri) => uri.toString()));
        if (imported.size === 0) {
            return EMPTY_SCOPE;
        }
        return new MapScope(this.indexManager.allElements(referenceType, imported));
    }
}
