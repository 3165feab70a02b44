// `npm run test:vscode`: the @vscode/test-electron suite (suite/*.test.ts) in a
// real VS Code with this extension loaded from source (dist/ must be built).
// VS Code comes from VSCODE_EXECUTABLE_PATH when set; otherwise test-electron
// downloads VSCODE_VERSION (default 1.100.3, the oldest version the extension
// supports) into .vscode-test/, which needs internet access.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { EXPECTATIONS } from './expectations';

async function main(): Promise<void> {
    const extensionDevelopmentPath = resolve(__dirname, '../..');
    const repoRoot = resolve(extensionDevelopmentPath, '../..');
    const extensionTestsPath = resolve(__dirname, 'suite/index');
    // A copy of examples/ plus the plan with mistakes: the tests edit and export.
    const home = mkdtempSync(join(tmpdir(), 'actionplan-vscode-'));
    const workspace = join(home, 'examples');
    cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
    cpSync(
        join(extensionDevelopmentPath, 'e2e/fixtures', EXPECTATIONS.brokenPlan),
        join(workspace, EXPECTATIONS.brokenPlan),
    );
    try {
        await runTests({
            vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
            version: process.env.VSCODE_VERSION ?? '1.100.3',
            extensionDevelopmentPath,
            extensionTestsPath,
            extensionTestsEnv: { ACTIONPLAN_REPO_ROOT: repoRoot },
            launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
        });
    } finally {
        rmSync(home, { recursive: true, force: true });
    }
}

main().catch((error) => {
    console.error('VS Code tests failed:', error);
    process.exit(1);
});
