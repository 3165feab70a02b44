import { strict as assert } from 'node:assert';
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
    createProtocolConnection,
    InitializeRequest,
    InitializedNotification,
    PublishDiagnosticsNotification,
    StreamMessageReader,
    StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['packages/language', 'packages/cli'];

interface PackResult {
    filename: string;
    files: Array<{ path: string }>;
}

/**
 * What a registry user gets: `npm pack` of the language and CLI packages, the tarballs
 * installed together into an empty folder outside the repository (their dependencies
 * from the npm registry, no dev dependencies), then run there. Slow (an npm install):
 * bounded at 6 minutes.
 */
describe('installable CLI and language server: npm pack, npm install <tarballs>, run', function () {
    this.timeout(360_000);
    let folder: string;
    let packs: PackResult[];

    before(async () => {
        folder = mkdtempSync(join(tmpdir(), 'actionplan-install-'));
        const packFolder = join(folder, 'tarballs');
        const project = join(folder, 'project');
        for (const dir of [packFolder, project]) await run('mkdir', ['-p', dir]);
        const packed = await run(
            'npm',
            ['pack', '--json', '--pack-destination', packFolder, ...PACKAGES.flatMap((p) => ['-w', p])],
            { cwd: repo, maxBuffer: 64 * 1024 * 1024 },
        );
        packs = JSON.parse(packed.stdout) as PackResult[];
        await run(
            'npm',
            [
                'install',
                '--no-audit',
                '--no-fund',
                '--prefer-offline',
                ...packs.map((p) => join(packFolder, p.filename)),
            ],
            { cwd: project, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 },
        );
        folder = project;
    });

    after(() => {
        if (folder) rmSync(join(folder, '..'), { recursive: true, force: true });
    });

    const npx = (args: string[], input?: string) =>
        run('npx', ['--no-install', ...args], { cwd: folder, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }).catch(
            (error: { code: number; stdout: string; stderr: string }) => {
                if (input !== undefined) return error;
                throw error;
            },
        );

    it('packs what a registry user expects: built code, bin, README, LICENSE, no sources or tests', () => {
        assert.equal(packs.length, 2);
        for (const pack of packs) {
            const files = pack.files.map((f) => f.path);
            const entry = pack.filename.includes('language')
                ? ['dist/index.js', 'dist/node/index.js']
                : ['init/example.actionplan'];
            for (const expected of ['package.json', 'README.md', 'LICENSE', 'dist/main.js', ...entry]) {
                assert.ok(files.includes(expected), `${pack.filename}: ${expected}`);
            }
            assert.ok(
                files.some((f) => f.startsWith('bin/')),
                `${pack.filename}: bin/`,
            );
            for (const file of files) assert.doesNotMatch(file, /^(src|test)\/|tsbuildinfo|\.test\./, file);
        }
        for (const dir of PACKAGES) {
            const json = JSON.parse(readFileSync(join(repo, dir, 'package.json'), 'utf8')) as Record<string, unknown>;
            assert.equal(json.private, undefined, `${dir} is publishable`);
            for (const field of ['name', 'description', 'keywords', 'license', 'repository', 'engines', 'files']) {
                assert.ok(json[field], `${dir}: ${field}`);
            }
        }
    });

    it('installs from the tarballs alone: no link into the repository, no dev dependency', () => {
        for (const name of ['@actionplan/cli', '@actionplan/language']) {
            const installed = realpathSync(join(folder, 'node_modules', name));
            assert.ok(installed.startsWith(realpathSync(folder)), `${name} is installed in the folder: ${installed}`);
        }
        for (const dev of ['typescript', 'tsx', 'mocha', 'langium-cli', 'eslint', 'esbuild']) {
            assert.ok(!existsSync(join(folder, 'node_modules', dev)), `${dev} is not installed`);
        }
    });

    it('npx actionplan --version, lint, import and export run in the folder', async () => {
        const version = JSON.parse(readFileSync(join(repo, 'packages/cli/package.json'), 'utf8')) as {
            version: string;
        };
        assert.equal((await npx(['actionplan', '--version'])).stdout.trim(), version.version);

        copyFileSync(join(repo, 'examples/small-ctap.actionplan'), join(folder, 'plan.actionplan'));
        const clean = await npx(['actionplan', 'lint', 'plan.actionplan']);
        assert.equal(clean.stdout, '');

        writeFileSync(join(folder, 'broken.actionplan'), 'ctap {\n    economy “Japan”\n}\n');
        const broken = (await npx(['actionplan', 'lint', 'broken.actionplan'], '')) as {
            code?: number;
            stdout: string;
        };
        assert.equal(broken.code, 1);
        assert.match(
            broken.stdout,
            /broken\.actionplan:2:13 +error +Curly quotes .* use straight quotes " … " +syntax-error/,
        );

        copyFileSync(join(repo, 'seeds/004_fd8583dd032ba8c1.txt'), join(folder, 'ctap.txt'));
        await npx(['actionplan', 'import', 'ctap.txt', '-o', 'japan.actionplan']);
        assert.match(readFileSync(join(folder, 'japan.actionplan'), 'utf8'), /^ctap \{/m);

        const text = await npx(['actionplan', 'export', 'plan.actionplan', '--format', 'text']);
        assert.match(text.stdout, /Counter-Terrorism Action Plan/);
        const json = await npx(['actionplan', 'export', 'japan.actionplan', '--format', 'json']);
        assert.equal((JSON.parse(json.stdout) as { kind?: string }).kind, 'ctap');
    });

    it('actionplan-language-server --stdio answers initialize and publishes diagnostics', async () => {
        const child = spawn('npx', ['--no-install', 'actionplan-language-server', '--stdio'], {
            cwd: folder,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const connection = createProtocolConnection(
            new StreamMessageReader(child.stdout),
            new StreamMessageWriter(child.stdin),
        );
        const published = new Promise<PublishDiagnosticsParams>((resolve) =>
            connection.onNotification(PublishDiagnosticsNotification.type, resolve),
        );
        connection.listen();
        try {
            const init = await connection.sendRequest(InitializeRequest.type, {
                processId: process.pid,
                rootUri: null,
                capabilities: {},
            });
            assert.ok(init.capabilities.completionProvider, 'completion');
            assert.ok(init.capabilities.documentFormattingProvider, 'formatting');
            await connection.sendNotification(InitializedNotification.type, {});
            await connection.sendNotification('textDocument/didOpen', {
                textDocument: {
                    uri: 'untitled:plan.actionplan',
                    languageId: 'actionplan',
                    version: 1,
                    text: 'ctap {\n    calendar year "2013"\n}\n',
                },
            });
            const { diagnostics } = await published;
            assert.deepEqual(
                diagnostics.map((d) => d.message),
                ['A year is a number without quotes: calendar year 2013'],
            );
        } finally {
            connection.dispose();
            child.kill();
        }
    });
});
