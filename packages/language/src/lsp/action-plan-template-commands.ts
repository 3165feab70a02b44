import { URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import { isDocument, isTemplate } from '../generated/ast.js';
import type { ActionPlanServices } from '../action-plan-module.js';
import { newPlanText } from '../template/action-plan-new-plan.js';
import { rollForwardText } from '../template/action-plan-roll-forward.js';
import type { RollForwardResult } from '../template/action-plan-roll-forward.js';
import type { TemplateModel } from '../template/action-plan-template-model.js';

/** A template the editor offers for a new plan. */
export interface TemplateInfo {
    /** How a plan names it: a shipped name, or the template file's URI. */
    id: string;
    name: string;
    title: string;
    form: 'ctap' | 'report';
    year?: number;
    shipped: boolean;
}

export interface NewPlanCommandArgs {
    /** TemplateInfo.id. */
    template: string;
    economy: string;
    year: number;
    /** Where the plan will be saved: a template file is named by its path from there. */
    planUri?: string;
}

export interface RollForwardCommandArgs {
    uri: string;
    year: number;
}

type Run = (args: unknown, token: CancellationToken) => Promise<unknown> | unknown;

/**
 * The template commands of `workspace/executeCommand` (ActionPlanCommands.Templates,
 * NewPlan, RollForward): the editor's "New Plan from Template" and "Roll Forward to
 * Next Year" are thin shells over them.
 */
export function templateCommands(shared: () => LangiumSharedServices): Record<string, Run> {
    const language = () => shared().ServiceRegistry.all[0] as ActionPlanServices;
    const workspaceTemplates = (): Array<{ uri: URI; model: TemplateModel }> =>
        shared()
            .workspace.LangiumDocuments.all.toArray()
            .flatMap((document) => {
                const root = document.parseResult.value;
                if (!isDocument(root) || !isTemplate(root.body)) return [];
                const model = language().templates.Templates.modelOf(root.body, document.uri.toString());
                return [{ uri: document.uri, model }];
            });
    const info = (model: TemplateModel, id: string, shipped: boolean): TemplateInfo => ({
        id,
        name: model.name,
        title: model.title,
        form: model.form,
        year: model.year,
        shipped,
    });
    return {
        'actionplan.server.templates': () => ({
            templates: [
                ...language()
                    .templates.Templates.shipped()
                    .map((model) => info(model, model.name, true)),
                ...workspaceTemplates().map(({ uri, model }) => info(model, uri.toString(), false)),
            ],
        }),
        'actionplan.server.newPlan': (raw) => {
            const args = raw as NewPlanCommandArgs;
            if (
                typeof args?.template !== 'string' ||
                typeof args.economy !== 'string' ||
                !Number.isInteger(args.year)
            ) {
                throw new Error('New plan needs { template: string, economy: string, year: number, planUri?: string }');
            }
            const templates = language().templates.Templates;
            const shippedModel = templates.shippedTemplate(args.template);
            if (shippedModel) return { text: newPlanText(shared(), shippedModel, args) };
            const file = workspaceTemplates().find(({ uri }) => uri.toString() === args.template);
            if (!file) return { error: `No template ${args.template} (shipped or in the workspace)` };
            const from = args.planUri ? UriUtils.dirname(URI.parse(args.planUri)) : undefined;
            const path = from ? UriUtils.relative(from, file.uri) : file.uri.fsPath;
            return { text: newPlanText(shared(), file.model, { ...args, templateRef: JSON.stringify(path) }) };
        },
        'actionplan.server.rollForward': (raw): RollForwardResult => {
            const args = raw as RollForwardCommandArgs;
            if (typeof args?.uri !== 'string' || !Number.isInteger(args.year)) {
                throw new Error('Roll forward needs { uri: string, year: number }');
            }
            const uri = URI.parse(args.uri);
            const document = shared().workspace.LangiumDocuments.getDocument(uri);
            if (!document) return { error: `${args.uri} is not open` };
            return rollForwardText(shared(), document.textDocument.getText(), { year: args.year }, uri);
        },
    };
}
