import * as vscode from 'vscode';
import type { ImportForm } from './protocol.js';
import type { ServerRequests } from './server-requests.js';
import { siblingUri, targetOrAsk } from './files.js';

let notices: vscode.OutputChannel | undefined;

/**
 * "Import from Word or Text…": the server turns a CTAP or progress report, as
 * canonical text or as a Word document (.docx, sent as base64), into an
 * .actionplan file, written next to the source (`<name>.actionplan`, asking
 * before replacing one) and opened. What the importer had to decide is listed
 * in an output channel.
 */
export async function importCommand(server: ServerRequests, resource?: vscode.Uri): Promise<void> {
    const source =
        resource instanceof vscode.Uri
            ? resource
            : (
                  await vscode.window.showOpenDialog({
                      title: 'Import from Word or Text',
                      openLabel: 'Import',
                      canSelectMany: false,
                      filters: { 'Word or canonical text': ['docx', 'txt'], 'All files': ['*'] },
                  })
              )?.[0];
    if (!source) return;
    const bytes = await vscode.workspace.fs.readFile(source);
    const name = vscode.workspace.asRelativePath(source);
    if (isWordFile(source, bytes)) {
        await importWord(server, source, name, bytes);
        return;
    }
    const result = await server.import(bytes);
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
    await savePlan(
        source,
        name,
        result.dsl,
        result.form,
        result.notices.map((notice) => `${name}:${notice.line}: ${notice.message}`),
    );
}

/** A .docx by its name, or a zip / OLE file (a .docx renamed, or encrypted) by its first bytes. */
function isWordFile(source: vscode.Uri, bytes: Uint8Array): boolean {
    if (/\.(?:docx|docm|dotx)$/i.test(source.path)) return true;
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
    const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    return zip || ole;
}

async function importWord(server: ServerRequests, source: vscode.Uri, name: string, bytes: Uint8Array): Promise<void> {
    const result = await server.importDocx(Buffer.from(bytes).toString('base64'));
    if ('error' in result) {
        const { message, where } = result.error;
        void vscode.window.showErrorMessage(`Cannot import ${name}${where ? ` (${where})` : ''}: ${message}`);
        return;
    }
    await savePlan(
        source,
        name,
        result.dsl,
        result.form,
        result.notices.map((notice) => `${name}: ${notice.where}: ${notice.message}`),
    );
}

/** Writes the plan next to its source (asking before replacing), opens it, and lists the importer's notices. */
async function savePlan(
    source: vscode.Uri,
    name: string,
    dsl: string,
    form: ImportForm,
    lines: readonly string[],
): Promise<void> {
    const target = await targetOrAsk(siblingUri(source, '.actionplan'), false, 'Save the imported plan');
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(dsl));
    await vscode.window.showTextDocument(target, { preview: false });
    if (lines.length > 0) {
        notices ??= vscode.window.createOutputChannel('ActionPlan Import');
        notices.clear();
        for (const line of lines) notices.appendLine(line);
        const choice = await vscode.window.showInformationMessage(
            `Imported ${name} as a ${form === 'ctap' ? 'CTAP' : 'progress report'} with ${lines.length} notice(s).`,
            'Show Notices',
        );
        if (choice === 'Show Notices') notices.show();
    }
}
