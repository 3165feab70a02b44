import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPCMessageReader, IPCMessageWriter, createProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { ProtocolConnection } from 'vscode-languageserver-protocol';
import { EXPECTATIONS as E } from '../src/test/expectations';
import { ServerCommands } from '../src/protocol';
import type {
    ExportFormat,
    ExportResult,
    ImportResult,
    PlanSummary,
    PlanTextResult,
    TemplateInfo,
} from '../src/protocol';
import { EXPORT_ANYWAY, exportedText } from '../src/export-flow';

const extensionRoot = join(__dirname, '..');
const repoRoot = join(extensionRoot, '../..');
const cli = join(repoRoot, 'packages/cli/bin/actionplan.js');
const uriOf = (path: string) => pathToFileURL(path).toString();

/**
 * The bundled server (dist/server.js, what the .vsix ships) started over Node
 * IPC the way vscode-languageclient starts it, on this Node 20 (no
 * Object.groupBy: the bundle must load its polyfill first), driven through the
 * commands the extension's Export / Import / Preview / Summary use.
 */
describe('bundled language server (dist/server.js) over IPC', function () {
    this.timeout(60_000);
    let child: ChildProcess;
    let connection: ProtocolConnection;

    const execute = <T>(command: string, args: object): Promise<T> =>
        connection.sendRequest('workspace/executeCommand', { command, arguments: [args] });

    const open = async (path: string, text = readFileSync(path, 'utf8')): Promise<string> => {
        const uri = uriOf(path);
        await connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'actionplan', version: 1, text },
        });
        return uri;
    };

    before(async function () {
        this.timeout(120_000);
        const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: extensionRoot, encoding: 'utf8' });
        assert.equal(build.status, 0, build.stderr);
        child = spawn(process.execPath, [join(extensionRoot, 'dist/server.js'), '--node-ipc'], {
            stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        });
        connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
        connection.listen();
        const root = uriOf(join(repoRoot, 'examples'));
        const result = await connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: root,
            workspaceFolders: [{ uri: root, name: 'examples' }],
            capabilities: {},
        });
        assert.deepEqual(
            (result as { capabilities: { executeCommandProvider?: { commands: string[] } } }).capabilities
                .executeCommandProvider?.commands,
            [
                ServerCommands.export,
                ServerCommands.import,
                ServerCommands.summary,
                ServerCommands.summarizePlans,
                ServerCommands.diffPlans,
                ServerCommands.exportDocx,
                ServerCommands.importDocx,
                ServerCommands.templates,
                ServerCommands.newPlan,
                ServerCommands.rollForward,
            ],
        );
        await connection.sendNotification('initialized', {});
    });

    after(() => {
        connection?.dispose();
        child?.kill();
    });

    it('exports the open plan as the CLI does, and follows unsaved edits', async () => {
        const path = join(repoRoot, 'examples', E.samplePlan);
        const uri = await open(path);
        const { text } = await execute<{ text: string }>(ServerCommands.export, { uri, format: 'text' });
        const byCli = spawnSync(process.execPath, [cli, 'export', path], { encoding: 'utf8' });
        assert.equal(byCli.status, 0, byCli.stderr);
        assert.equal(text, byCli.stdout);

        const edited = readFileSync(path, 'utf8').replace(E.edit.before, E.edit.after);
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: 2 },
            contentChanges: [{ text: edited }],
        });
        const after = await execute<{ text: string }>(ServerCommands.export, { uri, format: 'text' });
        assert.equal(after.text.split('\n')[0], E.edit.firstExportLine);
        for (const format of ['json', 'markdown', 'html']) {
            const other = await execute<{ text: string }>(ServerCommands.export, { uri, format });
            assert.ok(other.text.includes(E.edit.firstExportLine), format);
        }
        await assert.rejects(execute(ServerCommands.export, { uri, format: 'pdf' }), /Unknown export format "pdf"/);
    });

    it('refuses to export a plan with errors unless forced, as the CLI does; the export command asks first', async () => {
        const path = join(extensionRoot, 'e2e/fixtures', E.brokenPlan);
        const uri = await open(path);
        const refused = await execute<ExportResult>(ServerCommands.export, { uri, format: 'text' });
        assert.equal(refused.text, undefined);
        assert.deepEqual(
            refused.errors.map((e) => `${e.line} ${e.code} ${e.message}`),
            E.brokenProblems.map((p) => `${p.line} ${p.code} ${p.message}`),
        );
        const forced = await execute<ExportResult>(ServerCommands.export, { uri, format: 'text', force: true });
        assert.deepEqual(forced.errors, refused.errors);
        const byCli = spawnSync(process.execPath, [cli, 'export', path, '--force'], { encoding: 'utf8' });
        assert.equal(byCli.status, 0, byCli.stderr);
        assert.equal(forced.text, byCli.stdout);
        assert.equal(spawnSync(process.execPath, [cli, 'export', path], { encoding: 'utf8' }).status, 1);

        // The command's flow: one message naming the first error, and "Export anyway".
        const shown: string[][] = [];
        const host = (answer: string | undefined) => ({
            export: (target: string, format: ExportFormat, force?: boolean) =>
                execute<ExportResult>(
                    ServerCommands.export,
                    force ? { uri: target, format, force } : { uri: target, format },
                ),
            showError: async (message: string, ...actions: string[]) => {
                shown.push([message, ...actions]);
                return answer;
            },
        });
        assert.equal(await exportedText(host(undefined), uri, E.brokenPlan, 'text'), undefined);
        assert.deepEqual(shown, [
            [
                `Cannot export ${E.brokenPlan}: line 19: ${E.brokenProblems[0].message} (missing-contact), and 1 more error. Fix it, or export anyway.`,
                EXPORT_ANYWAY,
            ],
        ]);
        assert.equal(await exportedText(host(EXPORT_ANYWAY), uri, E.brokenPlan, 'text'), byCli.stdout);
        shown.length = 0;
        const clean = await open(join(repoRoot, 'examples', E.samplePlan));
        assert.ok((await exportedText(host(undefined), clean, E.samplePlan, 'json'))?.startsWith('{'));
        assert.deepEqual(shown, []);
    });

    it('summarises a plan: economy, year, sections with commitments, measures and problems', async () => {
        const summary = await execute<PlanSummary>(ServerCommands.summary, {
            uri: await open(join(repoRoot, 'examples', E.samplePlan)),
        });
        assert.equal(`${summary.economy} ${summary.year}`, E.sampleStatus);
        assert.equal(summary.form, 'ctap');
        assert.deepEqual(
            summary.sections.map((s) => `${s.id} ${s.title}`),
            E.outlineSections,
        );
        assert.deepEqual(
            summary.sections[0]!.sections.map((s) => `${s.id} ${s.title}`),
            E.outlineSubsections,
        );
        assert.equal(summary.errors, 0);
        const cargo = summary.sections[0]!.sections[0]!;
        assert.equal(`${cargo.id} ${cargo.title}`, E.summaryRow.label);
        assert.equal(`${cargo.commitments} commitments, ${cargo.measures} measures`, E.summaryRow.description);

        const broken = await execute<PlanSummary>(ServerCommands.summary, {
            uri: await open(join(extensionRoot, 'e2e/fixtures', E.brokenPlan)),
        });
        const a1 = broken.sections[0]!.sections[0]!;
        assert.equal(a1.id, 'A.1');
        assert.equal(a1.errors, E.brokenProblems.length);
        assert.equal(a1.commitments, 1);
        assert.equal(a1.measures, 2);
    });

    it('imports canonical text as the CLI does, and answers unreadable text with where', async () => {
        const seed = join(repoRoot, 'seeds/000_85b3a39294e53046.txt');
        const result = await execute<ImportResult>(ServerCommands.import, { text: readFileSync(seed, 'utf8') });
        assert.ok(!('error' in result), JSON.stringify(result));
        const byCli = spawnSync(process.execPath, [cli, 'import', seed], { encoding: 'utf8' });
        assert.equal(byCli.status, 0, byCli.stderr);
        assert.equal(result.dsl, byCli.stdout);
        assert.equal(result.form, 'progress-report');

        const bad = await execute<ImportResult>(ServerCommands.import, { text: 'not a plan\n' });
        assert.ok('error' in bad, JSON.stringify(bad));
        assert.equal(bad.error.line, 1);
    });

    it('lists the templates, writes a new plan and rolls a plan forward as the CLI does (the two template commands)', async () => {
        const { templates } = await execute<{ templates: TemplateInfo[] }>(ServerCommands.templates, {});
        assert.deepEqual(
            templates.filter((t) => t.shipped).map((t) => [t.id, t.form, t.year]),
            [
                ['ctap-2013', 'ctap', 2013],
                ['progress-report', 'report', 2005],
            ],
        );
        const created = await execute<PlanTextResult>(ServerCommands.newPlan, {
            template: 'ctap-2013',
            economy: 'Peru',
            year: 2016,
        });
        assert.ok('text' in created, JSON.stringify(created));
        const newByCli = spawnSync(
            process.execPath,
            [cli, 'new', '--template', 'ctap-2013', '--economy', 'Peru', '--year', '2016'],
            { encoding: 'utf8' },
        );
        assert.equal(newByCli.status, 0, newByCli.stderr);
        assert.equal(created.text, newByCli.stdout);
        const unknown = await execute<PlanTextResult>(ServerCommands.newPlan, {
            template: 'ctap-2031',
            economy: 'Peru',
            year: 2016,
        });
        assert.deepEqual(unknown, { error: 'No template ctap-2031 (shipped or in the workspace)' });

        const path = join(repoRoot, 'examples/small-ctap.actionplan');
        const uri = await open(path);
        const rolled = await execute<PlanTextResult>(ServerCommands.rollForward, { uri, year: 2026 });
        assert.ok('text' in rolled, JSON.stringify(rolled));
        const rollByCli = spawnSync(process.execPath, [cli, 'roll-forward', path, '--year', '2026'], {
            encoding: 'utf8',
        });
        assert.equal(rollByCli.status, 0, rollByCli.stderr);
        assert.equal(rolled.text, rollByCli.stdout);
        assert.match(rolled.text, /\n {4}calendar year 2026\n/);
        const back = await execute<PlanTextResult>(ServerCommands.rollForward, { uri, year: 2020 });
        assert.deepEqual(back, { error: 'the plan is for calendar year 2025; roll it forward to a later year' });
    });
});
