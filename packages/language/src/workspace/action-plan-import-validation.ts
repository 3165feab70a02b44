import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { ActionPlanAstType, Document } from '../generated/ast.js';
import { IssueCodes } from '../validation/action-plan-issue-codes.js';
import { PLAN_EXTENSION } from '../facts/index.js';
import type { ActionPlanServices } from '../action-plan-module.js';
import type { ActionPlanImports, ImportProblem } from './action-plan-imports.js';

/**
 * `unresolved-import`: an import names no plan file. `import-outside-workspace`: the
 * editor does not follow it. `import-cycle`: following imports from this file leads
 * back to it. References only resolve one import deep, so a cycle does no harm to
 * linking; it is still reported, since a catalog that imports its users is a mistake.
 * What is wrong is found by the imports service; this file only words it.
 */
export function registerImportChecks(services: ActionPlanServices): void {
    const imports = services.shared.workspace.PlanImports;
    const checks: ValidationChecks<ActionPlanAstType> = {
        Document: (document, accept) => checkImports(imports, document, accept),
    };
    services.validation.ValidationRegistry.register(checks);
}

async function checkImports(imports: ActionPlanImports, root: Document, accept: ValidationAcceptor): Promise<void> {
    for (const problem of await imports.problems(root)) {
        const info = { node: problem.statement, property: 'path' } as const;
        const path = problem.statement.path;
        switch (problem.kind) {
            case 'outside-workspace':
                accept('error', `The imported file "${path}" is outside the workspace folder and is not read`, {
                    ...info,
                    code: IssueCodes.ImportOutsideWorkspace,
                });
                break;
            case 'not-a-plan':
                accept('error', `The imported file "${path}" is not a plan file (${PLAN_EXTENSION})`, {
                    ...info,
                    code: IssueCodes.UnresolvedImport,
                });
                break;
            case 'missing':
                accept('error', `Cannot find the imported file "${path}"`, {
                    ...info,
                    code: IssueCodes.UnresolvedImport,
                });
                break;
            case 'cycle':
                accept('warning', cycleMessage(problem), { ...info, code: IssueCodes.ImportCycle });
                break;
        }
    }
}

function cycleMessage(problem: Extract<ImportProblem, { kind: 'cycle' }>): string {
    const names = problem.chain.map((uri) => {
        const text = uri.toString();
        return decodeURIComponent(text.slice(text.lastIndexOf('/') + 1));
    });
    return `Import cycle: "${problem.statement.path}" leads back to this file (${names.join(' → ')})`;
}
