// The user-visible behaviour of the extension, asserted through VS Code's API
// in a real VS Code (run by ../run-test.ts). The code-server browser test
// (e2e/workbench.e2e.mts) asserts the same EXPECTATIONS on the screen.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXPECTATIONS as E } from '../expectations';

const repoRoot = process.env.ACTIONPLAN_REPO_ROOT ?? join(__dirname, '../../../../..');

function workspaceFile(name: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace (a copy of examples/) is open');
    return vscode.Uri.joinPath(folder.uri, name);
}

async function until<T>(
    what: string,
    probe: () => T | undefined | Promise<T | undefined>,
    timeoutMs = 30_000,
): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (value !== undefined && value !== false) return value;
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await new Promise((done) => setTimeout(done, 200));
    }
}

async function openPlan(name: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(workspaceFile(name));
    assert.equal(document.languageId, 'actionplan');
    return vscode.window.showTextDocument(document);
}

describe('ActionPlan extension in VS Code', () => {
    before(async () => {
        const extension = vscode.extensions.getExtension('actionplan.actionplan');
        assert.ok(extension, 'the extension is installed');
        await openPlan(E.samplePlan);
        await until('activation', () => extension.isActive);
    });

    it('reports a missing contact and an unresolved reference with their codes', async () => {
        const editor = await openPlan(E.brokenPlan);
        const diagnostics = await until('diagnostics', () => {
            const found = vscode.languages.getDiagnostics(editor.document.uri);
            return found.length >= E.brokenProblems.length ? found : undefined;
        });
        for (const problem of E.brokenProblems) {
            const diagnostic = diagnostics.find((d) => d.message === problem.message);
            assert.ok(diagnostic, `${problem.code}: ${diagnostics.map((d) => d.message).join(' | ')}`);
            const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
            assert.equal(code, problem.code);
            assert.equal(diagnostic.range.start.line + 1, problem.line);
        }
    });

    it('completes a contact reference with the declared contacts', async () => {
        const editor = await openPlan(E.brokenPlan);
        const line = E.completion.afterLine; // 1-based: insert a new line after it
        const indent = '        ';
        await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), `${indent}${E.completion.typed}\n`));
        const position = new vscode.Position(line, indent.length + E.completion.typed.length);
        const list = await vscode.commands.executeCommand<vscode.CompletionList>(
            'vscode.executeCompletionItemProvider',
            editor.document.uri,
            position,
        );
        const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
        assert.ok(labels.includes(E.completion.offered), labels.join(', '));
        await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('shows the sections in the outline', async () => {
        const editor = await openPlan(E.samplePlan);
        const symbols = await until('document symbols', async () => {
            const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
                'vscode.executeDocumentSymbolProvider',
                editor.document.uri,
            );
            return found?.length ? found : undefined;
        });
        const names = symbols.map((s) => s.name);
        for (const section of E.outlineSections) assert.ok(names.includes(section), names.join(' | '));
        const a = symbols.find((s) => s.name === E.outlineSections[0])!;
        const nested = a.children.map((s) => s.name);
        for (const section of E.outlineSubsections) assert.ok(nested.includes(section), nested.join(' | '));
    });

    it('previews the canonical text beside the editor and updates it as you type', async () => {
        const editor = await openPlan(E.samplePlan);
        await vscode.commands.executeCommand('actionplan.previewText');
        const preview = await until('the preview', () =>
            vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'actionplan-preview'),
        );
        const original = E.edit.firstExportLineBefore;
        await until('the first preview', () => preview.lineAt(0).text === original);
        assert.ok(
            vscode.window.visibleTextEditors.some((e) => e.document === preview),
            'shown beside the plan',
        );
        const line = editor.document.lineAt(E.edit.line - 1);
        assert.equal(line.text.trim(), E.edit.before);
        await editor.edit((edit) => edit.replace(line.range, line.text.replace(E.edit.before, E.edit.after)));
        await until('the updated preview', () => preview.lineAt(0).text === E.edit.firstExportLine);
    });

    it('writes the canonical text with "Export to Canonical Text", the same as the CLI', async () => {
        const editor = await openPlan(E.samplePlan);
        await vscode.window.showTextDocument(editor.document);
        await vscode.commands.executeCommand('actionplan.exportText');
        const target = workspaceFile(E.exportFile);
        const written = await until('the exported file', async () => {
            try {
                return new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
            } catch {
                return undefined;
            }
        });
        // The CLI, given the same (unsaved) text, prints the same canonical text.
        const copy = join(vscode.workspace.workspaceFolders![0]!.uri.fsPath, '..', 'edited.actionplan');
        writeFileSync(
            copy,
            readFileSync(workspaceFile(E.samplePlan).fsPath, 'utf8').replace(E.edit.before, E.edit.after),
        );
        const cli = spawnSync(process.execPath, [join(repoRoot, 'packages/cli/bin/actionplan.js'), 'export', copy], {
            encoding: 'utf8',
            env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
        });
        assert.equal(cli.status, 0, cli.stderr);
        assert.equal(written, cli.stdout);
    });
});
