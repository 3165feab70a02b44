import * as vscode from 'vscode';
import { planDocument } from './export-commands.js';
import { targetOrAsk } from './files.js';
import type { ServerRequests } from './server-requests.js';

/** What "New Plan from Template" asks; given as the command's argument (tests, keybindings), nothing is asked. */
export interface NewPlanArgs {
    template?: string;
    economy?: string;
    year?: number;
    /** Where to write the plan (a file URI); default `<folder>/<economy>-<year>.actionplan`. */
    target?: string;
}

/** What "Roll Forward to Next Year" asks; given as the command's argument, nothing is asked. */
export interface RollForwardArgs {
    year?: number;
    target?: string;
}

const YEAR = /^(19|20)\d{2}$/;

function validYear(value: string): string | undefined {
    return YEAR.test(value.trim()) ? undefined : 'A four-digit year, e.g. 2026';
}

function slug(text: string): string {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}

/**
 * "ActionPlan: New Plan from Template": pick a template (the shipped ones and the
 * workspace's template files), give the economy and the calendar year; the server
 * writes the plan (every section, commitment and block), saved in the first
 * workspace folder as `<economy>-<year>.actionplan` and opened.
 */
export async function newPlanCommand(server: ServerRequests, args: NewPlanArgs = {}): Promise<void> {
    let template = args.template;
    if (template === undefined) {
        const templates = await server.templates();
        const picked = await vscode.window.showQuickPick(
            templates.map((t) => ({
                label: t.name,
                description: t.title,
                detail: t.shipped
                    ? `shipped ${t.form === 'ctap' ? 'CTAP' : 'progress report'} template`
                    : vscode.workspace.asRelativePath(vscode.Uri.parse(t.id)),
                id: t.id,
            })),
            { title: 'New Plan from Template', placeHolder: 'The template the plan follows' },
        );
        if (!picked) return;
        template = picked.id;
    }
    const economy =
        args.economy ??
        (await vscode.window.showInputBox({
            title: 'New Plan from Template',
            prompt: 'The economy the plan is for',
            placeHolder: 'New Zealand',
            validateInput: (value) => (value.trim() ? undefined : "The economy's name"),
        }));
    if (!economy) return;
    let year = args.year;
    if (year === undefined) {
        const answer = await vscode.window.showInputBox({
            title: 'New Plan from Template',
            prompt: 'The calendar year the plan reports on',
            value: String(new Date().getFullYear()),
            validateInput: validYear,
        });
        if (!answer) return;
        year = Number(answer);
    }
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const suggested = args.target
        ? vscode.Uri.parse(args.target)
        : folder
          ? vscode.Uri.joinPath(folder, `${slug(economy)}-${year}.actionplan`)
          : undefined;
    const target = args.target
        ? suggested
        : suggested
          ? await targetOrAsk(suggested, false, 'Save the new plan')
          : await vscode.window.showSaveDialog({ title: 'Save the new plan', filters: { ActionPlan: ['actionplan'] } });
    if (!target) return;
    const result = await server.newPlan(template, economy.trim(), year, target.toString());
    if ('error' in result) {
        void vscode.window.showErrorMessage(`ActionPlan: ${result.error}`);
        return;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
    await vscode.window.showTextDocument(target, { preview: false });
}

/** `japan-ctap-2013.actionplan` → `japan-ctap-2014.actionplan`; without the old year, `<name>-<year>`. */
export function nextYearUri(source: vscode.Uri, oldYear: number | undefined, year: number): vscode.Uri {
    const path = source.path;
    const slash = path.lastIndexOf('/') + 1;
    const base = path.slice(slash).replace(/\.actionplan$/, '');
    const renamed =
        oldYear !== undefined && base.includes(String(oldYear))
            ? base.replace(String(oldYear), String(year))
            : `${base}-${year}`;
    return source.with({ path: `${path.slice(0, slash)}${renamed}.actionplan` });
}

/**
 * "ActionPlan: Roll Forward to Next Year": next year's plan from the open one (as the
 * editor has it): the calendar year set, "last updated" set to this month, the rest
 * kept; saved beside it (`…-2014.actionplan`) and opened, where `past-timeframe` marks
 * the planned measures whose time has come.
 */
export async function rollForwardCommand(
    server: ServerRequests,
    resource?: vscode.Uri,
    args: RollForwardArgs = {},
): Promise<void> {
    const document = await planDocument(resource);
    if (!document) {
        void vscode.window.showErrorMessage('Open an .actionplan file to roll it forward.');
        return;
    }
    const current = (await server.summary(document.uri.toString())).year;
    let year = args.year;
    if (year === undefined) {
        const answer = await vscode.window.showInputBox({
            title: 'Roll Forward to Next Year',
            prompt: 'The new calendar year',
            value: String((current ?? new Date().getFullYear() - 1) + 1),
            validateInput: validYear,
        });
        if (!answer) return;
        year = Number(answer);
    }
    const result = await server.rollForward(document.uri.toString(), year);
    if ('error' in result) {
        const where = result.line === undefined ? '' : `:${result.line}:${result.column ?? 1}`;
        void vscode.window.showErrorMessage(
            `Cannot roll ${vscode.workspace.asRelativePath(document.uri)}${where} forward: ${result.error}`,
        );
        return;
    }
    const suggested = nextYearUri(document.uri, current, year);
    const target = args.target
        ? vscode.Uri.parse(args.target)
        : await targetOrAsk(suggested, document.uri.scheme === 'untitled', "Save next year's plan");
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
    await vscode.window.showTextDocument(target, { preview: false });
}
