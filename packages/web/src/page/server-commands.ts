import type { ExportFormat, ImportResult } from '@actionplan/language';
import type { LSPClient } from '@codemirror/lsp-client';

/**
 * The server's `workspace/executeCommand` commands the page runs (the same the
 * VS Code extension runs; their owner is the language package's
 * lsp/action-plan-command-handler.ts, and a test checks these names against it).
 */
export const ServerCommands = {
    Export: 'actionplan.server.export',
    Import: 'actionplan.server.import',
} as const;

export type ImportAnswer = ImportResult | { error: { message: string; line: number; column: number } };

function execute<T>(client: LSPClient, command: string, args: unknown): Promise<T> {
    return client.request<{ command: string; arguments: unknown[] }, T>('workspace/executeCommand', {
        command,
        arguments: [args],
    });
}

/** The plan at `uri` as the server exports it (`actionplan export --format …`), after the editor's edits. */
export async function exportPlan(client: LSPClient, uri: string, format: ExportFormat): Promise<string> {
    client.sync();
    const answer = await execute<{ text: string }>(client, ServerCommands.Export, { uri, format });
    return answer.text;
}

/** Canonical template text (CTAP or progress report) to ActionPlan text, as `actionplan import` does. */
export function importText(client: LSPClient, text: string): Promise<ImportAnswer> {
    return execute<ImportAnswer>(client, ServerCommands.Import, { text });
}
