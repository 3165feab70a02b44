// The language server's Word commands (workspace/executeCommand), which the
// VS Code extension's "Export to Word" and "Import from Word or Text" run: a
// .docx travels as base64.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CancellationToken } from 'vscode-languageserver';
import { ActionPlanCommands } from '../src/lsp/action-plan-command-handler.js';
import { createTestServices, disposeAll } from './test-services.js';

const { services, parse } = createTestServices();
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const japan = readFileSync(`${repo}examples/japan-ctap-2013.actionplan`, 'utf8');

function run<T>(command: string, args: object): Promise<T> {
    const handler = services.shared.lsp.ExecuteCommandHandler!;
    return handler.executeCommand(command, [args], CancellationToken.None) as Promise<T>;
}

describe('LSP commands: export to Word, import from Word', () => {
    afterEach(() => disposeAll(services));

    it('exports the plan as base64 .docx bytes, which import back to the same plan', async () => {
        const document = await parse(japan, { documentUri: 'file:///work/japan.actionplan', validation: true });
        const { base64 } = await run<{ base64: string }>(ActionPlanCommands.ExportDocx, {
            uri: document.uri.toString(),
        });
        const bytes = Buffer.from(base64, 'base64');
        assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04');
        const imported = await run<{ dsl: string; form: string; notices: Array<{ where: string; message: string }> }>(
            ActionPlanCommands.ImportDocx,
            { base64 },
        );
        assert.equal(imported.form, 'ctap');
        assert.equal(imported.dsl, japan);
        assert.ok(
            imported.notices.every((n) => /^paragraph \d+$/.test(n.where)),
            JSON.stringify(imported.notices),
        );
    });

    it('answers a file that is no Word document with an error, not a failure', async () => {
        const text = Buffer.from('EXECUTIVE SUMMARY\n').toString('base64');
        assert.deepEqual(await run(ActionPlanCommands.ImportDocx, { base64: text }), {
            error: { message: 'not a Word document (.docx is a zip archive)' },
        });
        const encrypted = readFileSync(`${repo}test/fixtures/docx/password-protected.docx`).toString('base64');
        assert.deepEqual(await run(ActionPlanCommands.ImportDocx, { base64: encrypted }), {
            error: {
                message: 'the Word document is password-protected: remove the password in Word and try again',
            },
        });
    });
});
