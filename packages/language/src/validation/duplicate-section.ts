import { AstUtils, UriUtils } from 'langium';
import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { isDocument } from '../generated/ast.js';
import type { ActionPlanAstType, CtapPlan, Section } from '../generated/ast.js';
import type { ActionPlanServices, ActionPlanSharedServices } from '../action-plan-module.js';
import { IssueCodes } from './action-plan-issue-codes.js';
import { planParts } from '../link/action-plan-walk.js';
import { lineOf } from './validation-utils.js';

/**
 * Two sections with one id: the exports number and merge sections by id, so a second
 * `section A.1` would either print twice in the outline or swallow the first. Reported
 * on every repeat within the plan, and on a section whose id a file the plan imports
 * also declares.
 */
function checkSections(shared: ActionPlanSharedServices, plan: CtapPlan, accept: ValidationAcceptor): void {
    const first = new Map<string, Section>();
    for (const section of planParts(plan).sections) {
        if (!section.name) continue;
        const earlier = first.get(section.name);
        if (earlier) {
            accept('error', `Section ${section.name} is declared twice (first on line ${lineOf(earlier)})`, {
                node: section,
                property: 'name',
                code: IssueCodes.DuplicateSection,
            });
        } else {
            first.set(section.name, section);
        }
    }
    if (first.size === 0) return;
    const imported = importedSections(shared, plan);
    for (const [name, section] of first) {
        const elsewhere = imported.get(name);
        if (!elsewhere) continue;
        accept('error', `Section ${name} is also declared in the imported file ${elsewhere}`, {
            node: section,
            property: 'name',
            code: IssueCodes.DuplicateSection,
        });
    }
}

/** Section id → where a file this plan imports declares it (`catalog.actionplan`, line 3). */
function importedSections(shared: ActionPlanSharedServices, plan: CtapPlan): Map<string, string> {
    const document = AstUtils.getDocument(plan);
    const root = document.parseResult.value;
    const found = new Map<string, string>();
    if (!isDocument(root) || root.imports.length === 0) return found;
    const uris = new Set(shared.workspace.PlanImports.readableTargets(root, document.uri).map((uri) => uri.toString()));
    for (const description of shared.workspace.IndexManager.allElements('Section', uris)) {
        if (found.has(description.name)) continue;
        const line = (description.nameSegment?.range.start.line ?? 0) + 1;
        found.set(description.name, `${UriUtils.basename(description.documentUri)} (line ${line})`);
    }
    return found;
}

/** Needs the index (imported files), so it is registered with the services. */
export function duplicateSectionChecks(services: ActionPlanServices): ValidationChecks<ActionPlanAstType> {
    return { CtapPlan: (plan, accept) => checkSections(services.shared, plan, accept) };
}
