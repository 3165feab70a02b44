// The VS Code extension: a thin client. Everything about plans (diagnostics,
// completion, outline, export, import, summary) is computed by the bundled
// language server; this file wires it to VS Code's UI.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportCommand, exportWordCommand } from './export-commands.js';
import { importCommand } from './import-command.js';
import { createLanguageClient } from './language-client.js';
import { ActivePlanSummary } from './plan-summary.js';
import { CanonicalTextPreview } from './preview.js';
import { ServerRequests } from './server-requests.js';
import { createStatusBarItem } from './status-bar.js';
import { PlanSummaryView } from './summary-view.js';
import { compareWithCommand, summarizeWorkspaceCommand } from './views-commands.js';
import { newPlanCommand, rollForwardCommand } from './template-commands.js';
import type { NewPlanArgs, RollForwardArgs } from './template-commands.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    client = createLanguageClient(context);
    const server = new ServerRequests(client);
    const preview = new CanonicalTextPreview(server);
    const summaries = new ActivePlanSummary(server);
    const summaryView = new PlanSummaryView(summaries);
    const run = (action: (uri?: vscode.Uri) => Promise<void>) => async (uri?: vscode.Uri) => {
        try {
            await action(uri);
        } catch (error) {
            void vscode.window.showErrorMessage(
                `ActionPlan: ${error instanceof Error ? error.message : String(error)}`,
            );
        }
    };
    context.subscriptions.push(
        preview,
        summaries,
        summaryView,
        createStatusBarItem(summaries),
        vscode.commands.registerCommand(
            'actionplan.exportText',
            run((uri) => exportCommand(server, 'text', uri)),
        ),
        vscode.commands.registerCommand(
            'actionplan.exportJson',
            run((uri) => exportCommand(server, 'json', uri)),
        ),
        vscode.commands.registerCommand(
            'actionplan.exportMarkdown',
            run((uri) => exportCommand(server, 'markdown', uri)),
        ),
        vscode.commands.registerCommand(
            'actionplan.exportHtml',
            run((uri) => exportCommand(server, 'html', uri)),
        ),
        vscode.commands.registerCommand(
            'actionplan.exportDocx',
            run((uri) => exportWordCommand(server, uri)),
        ),
        vscode.commands.registerCommand(
            'actionplan.importText',
            run((uri) => importCommand(server, uri)),
        ),
        vscode.commands.registerCommand('actionplan.newPlan', (args?: NewPlanArgs) =>
            run(() => newPlanCommand(server, args))(),
        ),
        vscode.commands.registerCommand('actionplan.rollForward', (uri?: vscode.Uri, args?: RollForwardArgs) =>
            run(() => rollForwardCommand(server, uri, args))(),
        ),
        vscode.commands.registerCommand(
            'actionplan.previewText',
            run((uri) => preview.show(uri)),
        ),
        vscode.commands.registerCommand(
            'actionplan.showSummary',
            run(() => summaryView.show()),
        ),
        vscode.commands.registerCommand(
            'actionplan.summarizeWorkspace',
            run(() => summarizeWorkspaceCommand(server)),
        ),
        vscode.commands.registerCommand(
            'actionplan.compareWith',
            run((uri) => compareWithCommand(server, uri)),
        ),
        vscode.commands.registerCommand(
            'actionplan.restartServer',
            run(() => client!.restart()),
        ),
    );
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
