import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import type { LangiumDocument } from 'langium';
import { createActionPlanServices } from '../src/action-plan-module.js';
import type { Document } from '../src/generated/ast.js';

/** Fresh in-memory services for one test file. */
export function createTestServices() {
    const services = createActionPlanServices(EmptyFileSystem);
    const parse = parseHelper<Document>(services.ActionPlan);
    return { services, parse };
}

/** Deletes parsed documents so they do not leak into later tests' scopes. */
export async function disposeAll(services: ReturnType<typeof createActionPlanServices>): Promise<void> {
    const documents = services.shared.workspace.LangiumDocuments;
    const uris = documents.all.map((d: LangiumDocument) => d.uri).toArray();
    for (const uri of uris) documents.deleteDocument(uri);
}
