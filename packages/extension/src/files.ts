import * as vscode from 'vscode';

/** `folder/plan.actionplan` → `folder/plan<extension>`; untitled documents get a name in the first folder. */
export function siblingUri(source: vscode.Uri, extension: string): vscode.Uri {
    if (source.scheme === 'untitled') {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        const name = `${source.path.replace(/[^\w.-]+/g, '-') || 'plan'}${extension}`;
        return folder ? vscode.Uri.joinPath(folder, name) : vscode.Uri.file(name);
    }
    const path = source.path.replace(/\.[^./]*$/, '') + extension;
    return source.with({ path });
}

/**
 * The target itself when it is new; when it exists, the user chooses to
 * replace it or to save elsewhere; `ask` always shows the Save dialog.
 */
export async function targetOrAsk(target: vscode.Uri, ask: boolean, title: string): Promise<vscode.Uri | undefined> {
    if (!ask) {
        if (!(await exists(target))) return target;
        const name = target.path.slice(target.path.lastIndexOf('/') + 1);
        const choice = await vscode.window.showWarningMessage(
            `${name} already exists. Replace it?`,
            { modal: true },
            'Replace',
            'Save As…',
        );
        if (choice === 'Replace') return target;
        if (choice !== 'Save As…') return undefined;
    }
    return vscode.window.showSaveDialog({ defaultUri: target, title, saveLabel: 'Save' });
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}
