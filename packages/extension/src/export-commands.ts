import * as vscode from 'vscode';
import { EXPORT_EXTENSIONS } from './protocol.js';
import type { ExportFormat } from './protocol.js';
import type { ServerRequests } from './server-requests.js';
import { siblingUri, targetOrAsk } from './files.js';
import { EXPORT_ANYWAY, exportedText, refusalMessage } from './export-flow.js';

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

/**
 * "Export to Word": the server renders the plan as a .docx (base64 over LSP);
 * the file goes next to the plan, `<name>.docx` (asking before replacing one),
 * and can be opened in the system's word processor. A plan with errors: as for
 * the other formats, a message names the first error and offers "Export anyway".
 */
export async function exportWordCommand(server: ServerRequests, resource?: vscode.Uri): Promise<void> {
    const document = await planDocument(resource);
    if (!document) {
        void vscode.window.showErrorMessage('Open an .actionplan file to export it.');
        return;
    }
    // The same decision as the other formats: a plan with errors only with "Export anyway".
    const uri = document.uri.toString();
    let { base64, errors } = await server.exportDocx(uri);
    if (base64 === undefined) {
        const planName = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
        const choice = await vscode.window.showErrorMessage(refusalMessage(planName, errors), EXPORT_ANYWAY);
        if (choice !== EXPORT_ANYWAY) return;
        ({ base64, errors } = await server.exportDocx(uri, true));
        if (base64 === undefined) return;
    }
    const target = await targetOrAsk(
        siblingUri(document.uri, '.docx'),
        document.uri.scheme === 'untitled',
        'Export to Word',
    );
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, Buffer.from(base64, 'base64'));
    const choice = await vscode.window.showInformationMessage(
        `Exported a Word document to ${vscode.workspace.asRelativePath(target)}`,
        'Open',
    );
    if (choice === 'Open') await vscode.env.openExternal(target);
}

/** The plan a command applies to: the given file (explorer menu) or the active editor's. */
export async function planDocument(resource?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    if (resource instanceof vscode.Uri) return vscode.workspace.openTextDocument(resource);
    const active = vscode.window.activeTextEditor?.document;
    return active?.languageId === 'actionplan' ? active : undefined;
}
