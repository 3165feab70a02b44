import type { LSPClient } from '@codemirror/lsp-client';
import { execute, ServerCommands } from './server-commands.js';

/** A template the server offers for a new plan: a shipped one, or a template file of the workspace. */
export interface TemplateChoice {
    /** What newPlan takes: a shipped template's name, or the template file's URI. */
    id: string;
    name: string;
    title: string;
    form: 'ctap' | 'report';
    year?: number;
    shipped: boolean;
}

export interface NewPlanRequest {
    template: string;
    economy: string;
    year: number;
}

/** The new plan's text, or why there is none. */
export type NewPlanAnswer = { text: string } | { error: string; line?: number; column?: number };

/** The templates a new plan can be made on (`actionplan.server.templates`). */
export async function listTemplates(client: LSPClient): Promise<TemplateChoice[]> {
    const answer = await execute<{ templates?: TemplateChoice[] }>(client, ServerCommands.Templates, {});
    return answer.templates ?? [];
}

/** A new plan on a template, as `actionplan new --template … --economy … --year …` writes it. */
export function newPlan(client: LSPClient, request: NewPlanRequest): Promise<NewPlanAnswer> {
    return execute<NewPlanAnswer>(client, ServerCommands.NewPlan, request);
}
