// Views over many plans: "Summarize Workspace Plans" (the cross-economy summary in a
// webview) and "Compare with…" (the semantic diff of the open plan against a chosen
// file). The server computes both; this file only picks files and shows the result.
import * as vscode from 'vscode';
import { planDocument } from './export-commands.js';
import type { ServerRequests } from './server-requests.js';

/** The summary page is static HTML: no script may run in it, whatever a plan says. */
const WEBVIEW_CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">`;

export async function summarizeWorkspaceCommand(server: ServerRequests): Promise<void> {
    const files = await vscode.workspace.findFiles('**/*.actionplan', '**/node_modules/**');
    if (files.length === 0) {
        void vscode.window.showInformationMessage('No .actionplan files in this workspace.');
        return;
    }
    files.sort((a, b) => a.path.localeCompare(b.path));
    const uris = files.map((uri) => uri.toString());
    const { html } = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `ActionPlan: summarizing ${files.length} plans…` },
        () =>
            server.summarize(
                uris,
                uris.map((uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri))),
            ),
    );
    const panel = vscode.window.createWebviewPanel(
        'actionplan.summary',
        'Action Plans Summary',
        vscode.ViewColumn.Active,
        {
            enableScripts: false,
        },
    );
    panel.webview.html = html.replace('<head>', `<head>\n${WEBVIEW_CSP}`);
}

export async function compareWithCommand(server: ServerRequests, resource?: vscode.Uri): Promise<void> {
    const document = await planDocument(resource);
    if (!document) {
        void vscode.window.showErrorMessage('Open an .actionplan file to compare it.');
        return;
    }
    const [other] =
        (await vscode.window.showOpenDialog({
            title: `Compare ${vscode.workspace.asRelativePath(document.uri)} with…`,
            openLabel: 'Compare',
            canSelectMany: false,
            filters: { 'Action plans': ['actionplan', 'txt'] },
        })) ?? [];
    if (!other) return;
    const { markdown } = await server.diff(other.toString(), document.uri.toString(), {
        old: vscode.workspace.asRelativePath(other),
        new: vscode.workspace.asRelativePath(document.uri),
    });
    const view = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
    await vscode.window.showTextDocument(view, { preview: false, viewColumn: vscode.ViewColumn.Beside });
}
