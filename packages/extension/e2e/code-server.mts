// Starts code-server (VS Code 1.100 in a browser, installed by setup-code-server.sh)
// in a private session: its own user-data, extensions and XDG folders, a short
// TMPDIR (IPC socket paths are limited to 107 bytes), a fresh port. It runs in a
// new session (setsid) so that stopping kills the whole group: the extension
// host and the language servers it started go with it.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
export const extensionRoot = resolve(import.meta.dirname, '..');
export const codeServerPrefix =
    process.env.ACTIONPLAN_CODE_SERVER_PREFIX ??
    join(extensionRoot, '.e2e-cache', `code-server-${CODE_SERVER_VERSION}`);
const entry = join(codeServerPrefix, 'node_modules/code-server/out/node/entry.js');

export interface CodeServer {
    url: string;
    /** code-server's pid, which is also its process group's id. */
    pid: number;
    /** Everything this session wrote (settings, logs, sockets); removed by stop(). */
    home: string;
    log: () => string;
    stop: () => Promise<void>;
}

/** Settings that keep dialogs, tours and telemetry off the workbench. */
const USER_SETTINGS = {
    'telemetry.telemetryLevel': 'off',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'editor.minimap.enabled': false,
    // Long plan lines (the objective) would scroll the editor sideways in screenshots.
    'editor.wordWrap': 'on',
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
    // A long plan's outline does not fit the view; the test opens what it checks.
    'outline.collapseItems': 'alwaysCollapse',
    'files.autoSave': 'off',
    'window.commandCenter': false,
    'chat.commandCenter.enabled': false,
    'workbench.layoutControl.enabled': false,
};

export async function startCodeServer(options: { workspace: string; vsix: string }): Promise<CodeServer> {
    if (!existsSync(entry)) {
        throw new Error(
            `code-server is not installed in ${codeServerPrefix}: run packages/extension/e2e/setup-code-server.sh`,
        );
    }
    const home = mkdtempSync(join(tmpdir(), 'ape2e-'));
    const dirs = {
        userData: join(home, 'user'),
        extensions: join(home, 'ext'),
        config: join(home, 'config.yaml'),
        tmp: join(home, 't'),
        xdgConfig: join(home, 'xdg-config'),
        xdgData: join(home, 'xdg-data'),
        xdgCache: join(home, 'xdg-cache'),
    };
    for (const dir of [dirs.userData, dirs.extensions, dirs.tmp, dirs.xdgConfig, dirs.xdgData, dirs.xdgCache]) {
        mkdirSync(dir, { recursive: true });
    }
    mkdirSync(join(dirs.userData, 'User'), { recursive: true });
    writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 4));
    writeFileSync(dirs.config, 'auth: none\ncert: false\n');
    const env = {
        ...process.env,
        TMPDIR: dirs.tmp,
        XDG_CONFIG_HOME: dirs.xdgConfig,
        XDG_DATA_HOME: dirs.xdgData,
        XDG_CACHE_HOME: dirs.xdgCache,
        // The Electron-free extension host still reads these; keep it from probing a display.
        DISPLAY: '',
    };
    const common = [
        '--user-data-dir',
        dirs.userData,
        '--extensions-dir',
        dirs.extensions,
        '--config',
        dirs.config,
        '--disable-telemetry',
        '--disable-update-check',
    ];
    const install = spawnSync(process.execPath, [entry, ...common, '--install-extension', options.vsix], {
        env,
        encoding: 'utf8',
        timeout: 120_000,
    });
    if (install.status !== 0) {
        rmSync(home, { recursive: true, force: true });
        throw new Error(`installing ${options.vsix} failed:\n${install.stdout}\n${install.stderr}`);
    }

    const port = await freePort();
    let output = '';
    const child: ChildProcess = spawn(
        process.execPath,
        [entry, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', options.workspace],
        // detached: the child calls setsid(), so -pid names its whole process group.
        { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((done) => child.once('exit', () => done()));

    const stop = async (): Promise<void> => {
        killGroup(child.pid, 'SIGTERM');
        const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 5000).unref());
        if ((await Promise.race([exited, timeout])) === 'timeout') killGroup(child.pid, 'SIGKILL');
        // Language servers may outlive a SIGTERMed extension host for a moment.
        killGroup(child.pid, 'SIGKILL');
        rmSync(home, { recursive: true, force: true });
    };
    const url = `http://127.0.0.1:${port}`;
    try {
        await waitForHealthz(url, 30_000, () => child.exitCode !== null);
    } catch (error) {
        await stop();
        throw new Error(`${(error as Error).message}\n${output}`);
    }
    return { url, pid: child.pid!, home, log: () => output, stop };
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
    if (!pid) return;
    try {
        process.kill(-pid, signal);
    } catch {
        // Already gone.
    }
}

async function waitForHealthz(url: string, timeoutMs: number, died: () => boolean): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
        if (died()) throw new Error('code-server exited before it was ready');
        try {
            const response = await fetch(`${url}/healthz`);
            if (response.ok) return;
        } catch {
            // Not listening yet.
        }
        await new Promise((done) => setTimeout(done, 200));
    }
    throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms`);
}

function freePort(): Promise<number> {
    return new Promise((done, fail) => {
        const server = createServer();
        server.once('error', fail);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() =>
                typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
            );
        });
    });
}

/** The pids of the bundled ActionPlan language servers that code-server's extension host started. */
export function languageServerPids(codeServerPid: number): number[] {
    const ps = spawnSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' });
    return ps.stdout
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .filter(([, pgid, ...args]) => Number(pgid) === codeServerPid && args.join(' ').includes('dist/server.js'))
        .map(([pid]) => Number(pid));
}
