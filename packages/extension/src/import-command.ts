import * as vscode from 'vscode';
import type { ServerRequests } from './server-requests.js';
import { siblingUri, targetOrAsk } from './files.js';

let notices: vscode.OutputChannel | undefined;

/**
 * "Import Canonical Text…": the server turns a CTAP or progress-report text
 * into an .actionplan file, written next to the text (`<name>.actionplan`)
 * and opened. What the importer had to decide is listed in an output channel.
 */
export async function importCommand(server: ServerRequests, resource?: vscode.Uri): Promise<void> {
    const source =
        resource instanceof vscode.Uri
            ? resource
            : (
                  await vscode.window.showOpenDialog({
                      title: 'Import Canonical Text',
                      openLabel: 'Import',
                      canSelectMany: false,
                      filters: { 'Canonical text': ['txt'], 'All files': ['*'] },
                  })
              )?.[0];
    if (!source) return;
    const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(source));
    const result = await server.import(text);
    const name = vscode.workspace.asRelativePath(source);
    if ('error' in result) {
        const { message, line, column } = result.error;
        const choice = await vscode.window.showErrorMessage(
            `Cannot import ${name}:${line}:${column}: ${message}`,
            'Open',
        );
        if (choice === 'Open') {
            const at = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
            await vscode.window.showTextDocument(source, { selection: new vscode.Range(at, at) });
        }
        return;
    }
    const target = await targetOrAsk(siblingUri(source, '.actionplan'), false, 'Save the imported plan');
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.dsl));
    await vscode.window.showTextDocument(target, { preview: false });
    if (result.notices.length > 0) {
        notices ??= vscode.window.createOutputChannel('ActionPlan Import');
        notices.clear();
        for (const notice of result.notices) notices.appendLine(`${name}:${notice.line}: ${notice.message}`);
        const choice = await vscode.window.showInformationMessage(
            `Imported ${name} as a ${result.form === 'ctap' ? 'CTAP' : 'progress report'} with ${result.notices.length} notice(s).`,
            'Show Notices',
        );
        if (choice === 'Show Notices') notices.show();
    }
}
