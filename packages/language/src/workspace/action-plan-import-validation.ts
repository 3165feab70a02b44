import type { LangiumDocuments, ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import type { LangiumSharedCoreServices, URI } from 'langium';
import { isDocument } from '../generated/ast.js';
import type { ActionPlanAstType, Document, Import } from '../generated/ast.js';
import { isPlanPath, PLAN_EXTENSION } from '../facts/index.js';
import { IssueCodes } from '../validation/action-plan-issue-codes.js';
import { importLeavesWorkspace, resolveImports } from './action-plan-import-statements.js';
import type { ActionPlanServices } from '../action-plan-module.js';

/**
 * `unresolved-import`: an import names no file. `import-cycle`: following imports
 * from this file leads back to it. References only resolve one import deep, so a
 * cycle does no harm to linking; it is still reported, since a catalog that imports
 * its users is a mistake.
 */
export function registerImportChecks(services: ActionPlanServices): void {
    const shared = services.shared;
    const checks: ValidationChecks<ActionPlanAstType> = {
        Document: (document, accept) => checkImports(shared, document, accept),
    };
    services.validation.ValidationRegistry.register(checks);
}

async function checkImports(
    shared: LangiumSharedCoreServices,
    root: Document,
    accept: ValidationAcceptor,
): Promise<void> {
    const documents = shared.workspace.LangiumDocuments;
    const self = AstUtils.getDocument(root).uri;
    const targets = resolveImports(root, self);
    const imports = root.imports.filter((imp) => (imp.path ?? '').length > 0);
    for (const [index, imp] of imports.entries()) {
        const target = targets[index]!;
        if (importLeavesWorkspace(shared, self, target)) {
            accept('error', `The imported file "${imp.path}" is outside the workspace folder and is not read`, {
                node: imp,
                property: 'path',
                code: IssueCodes.ImportOutsideWorkspace,
            });
            continue;
        }
        if (!isPlanPath(target.path)) {
            accept('error', `The imported file "${imp.path}" is not a plan file (${PLAN_EXTENSION})`, {
                node: imp,
                property: 'path',
                code: IssueCodes.UnresolvedImport,
            });
            continue;
        }
        if (!documents.hasDocument(target) && !(await exists(shared, target))) {
            accept('error', `Cannot find the imported file "${imp.path}"`, {
                node: imp,
                property: 'path',
                code: IssueCodes.UnresolvedImport,
            });
            continue;
        }
        const cycle = findCycle(documents, target.toString(), self.toString());
        if (cycle)
            accept('warning', cycleMessage(imp, cycle), { node: imp, property: 'path', code: IssueCodes.ImportCycle });
    }
}

/** Whether a file exists; a path the file system rejects (a NUL byte, say) names no file. */
async function exists(shared: LangiumSharedCoreServices, uri: URI): Promise<boolean> {
    try {
        return await shared.workspace.FileSystemProvider.exists(uri);
    } catch {
        return false;
    }
}

/** The chain of URIs from `start` back to `home` through imports, if there is one. */
function findCycle(documents: LangiumDocuments, start: string, home: string): string[] | undefined {
    const seen = new Set<string>();
    const walk = (uri: string, chain: string[]): string[] | undefined => {
        if (uri === home) return chain;
        if (seen.has(uri)) return undefined;
        seen.add(uri);
        const document = documents.all.find((d) => d.uri.toString() === uri);
        const root = document?.parseResult.value;
        if (!document || !isDocument(root)) return undefined;
        for (const next of resolveImports(root, document.uri)) {
            const found = walk(next.toString(), [...chain, next.toString()]);
            if (found) return found;
        }
        return undefined;
    };
    return walk(start, [start]);
}

function cycleMessage(imp: Import, cycle: string[]): string {
    const names = cycle.map((uri) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)));
    return `Import cycle: "${imp.path}" leads back to this file (${names.join(' → ')})`;
}
