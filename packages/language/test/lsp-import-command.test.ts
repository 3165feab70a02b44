// The server's canonical-text import (`actionplan.server.import`), which the VS Code
// extension and the web editor send a file's bytes to: decoded as the CLI decodes
// them, never with replacement characters.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CancellationToken } from 'vscode-languageserver';
import { ActionPlanCommands } from '../src/lsp/action-plan-command-handler.js';
import { createTestServices } from './test-services.js';

const { services } = createTestServices();
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const seed = readFileSync(`${repo}seeds/004_fd8583dd032ba8c1.txt`, 'utf8');

type Answer = { dsl: string; form: string } | { error: { message: string; line: number; column: number } };

function runImport(args: object): Promise<Answer> {
    const handler = services.shared.lsp.ExecuteCommandHandler!;
    return handler.executeCommand(ActionPlanCommands.Import, [args], CancellationToken.None) as Promise<Answer>;
}

describe('LSP command: import canonical text from bytes', () => {
    it('imports UTF-8 and UTF-16 (with a byte order mark) bytes to the plan the text gives', async () => {
        const fromText = await runImport({ text: seed });
        assert.ok('dsl' in fromText && fromText.form === 'ctap');
        const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]);
        for (const bytes of [Buffer.from(seed, 'utf8'), utf16]) {
            assert.deepEqual(await runImport({ base64: bytes.toString('base64') }), fromText);
        }
    });

    it('refuses Windows-1252 bytes with the line and byte, instead of importing U+FFFD', async () => {
        const latin1 = Buffer.from(`${seed.split('\n').slice(0, 11).join('\n')}\nJosé Pérez\n`, 'latin1');
        const answer = await runImport({ base64: latin1.toString('base64') });
        assert.ok('error' in answer, JSON.stringify(answer).slice(0, 200));
        assert.equal(answer.error.line, 12);
        assert.match(answer.error.message, /^not valid UTF-8 at line 12 \(byte 0xE9\)/);
    });
});
