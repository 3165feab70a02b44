import * as vscode from 'vscode';
import { EXPORT_EXTENSIONS } from './protocol.js';
import type { ExportFormat } from './protocol.js';
import type { ServerRequests } from './server-requests.js';
import { siblingUri, targetOrAsk } from './files.js';
import { exportedText } from './export-flow.js';

const FORMAT_NAMES: Record<ExportFormat, string> = {
    text: 'canonical text',
    json: 'JSON',
    markdown: 'Markdown',
    html: 'HTML',
};

/**
 * "Export to …": the server renders the plan as the editor has it (unsaved
 * edits included); the file goes next to the plan, `<name>.txt|json|md|html`,
 * and is opened. A plan with errors is not exported: a message names the first
 * error and offers "Export anyway" (export-flow.ts).
 */
export async function exportCommand(
    server: ServerRequests,
    format: ExportFormat,
    resource?: vscode.Uri,
): Promise<void> {
    const document = await planDocument(resource);
    if (!document) {
        void vscode.window.showErrorMessage('Open an .actionplan file to export it.');
        return;
    }
    const planName = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
    const text = await exportedText(
        {
            export: (uri, exportFormat, force) => server.export(uri, exportFormat, force),
            showError: (message, ...actions) => vscode.window.showErrorMessage(message, ...actions),
        },
        document.uri.toString(),
        planName,
        format,
    );
    if (text === undefined) return;
    const suggested = siblingUri(document.uri, EXPORT_EXTENSIONS[format]);
    const target = await targetOrAsk(
        suggested,
        document.uri.scheme === 'untitled',
        `Export to ${FORMAT_NAMES[format]}`,
    );
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    await vscode.window.showTextDocument(target, { preview: false });
    void vscode.window.showInformationMessage(
        `Exported ${FORMAT_NAMES[format]} to ${vscode.workspace.asRelativePath(target)}`,
    );
}

/** The plan a command applies to: the given file (explorer menu) or the active editor's. */
export async function planDocument(resource?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    if (resource instanceof vscode.Uri) return vscode.workspace.openTextDocument(resource);
    const active = vscode.window.activeTextEditor?.document;
    return active?.languageId === 'actionplan' ? active : undefined;
}
