import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import type { LangiumDocument } from 'langium';
import { createActionPlanServices } from '../src/action-plan-module.js';
import type { Document } from '../src/generated/ast.js';
import type { RuleSettings } from '../src/workspace/index.js';

/**
 * The conformance rules that ask a plan to answer all of its template. Tests of
 * conversions (round trips) turn them off: their plans hold any part of a template,
 * and whether a plan is complete is the conformance rules' own tests' concern.
 */
export const PARTIAL_PLANS: RuleSettings = {
    'missing-section': 'off',
    'missing-template-commitment': 'off',
    'missing-role-contact': 'off',
    'missing-header-field': 'off',
};

/** Fresh in-memory services for one test file; `ruleOverrides` as `--rule` gives them. */
export function createTestServices(ruleOverrides?: RuleSettings) {
    const services = createActionPlanServices({ ...EmptyFileSystem, ruleOverrides });
    const parse = parseHelper<Document>(services.ActionPlan);
    return { services, parse };
}

/** Deletes parsed documents so they do not leak into later tests' scopes. */
export async function disposeAll(services: ReturnType<typeof createActionPlanServices>): Promise<void> {
    const documents = services.shared.workspace.LangiumDocuments;
    const uris = documents.all.map((d: LangiumDocument) => d.uri).toArray();
    for (const uri of uris) documents.deleteDocument(uri);
}
