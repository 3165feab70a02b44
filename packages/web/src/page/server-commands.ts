import type { ActionPlanCommands, ExportFormat, ImportResult } from '@actionplan/language';
import type { LSPClient } from '@codemirror/lsp-client';
import { bytesToBase64 } from './base64.js';

/**
 * The server's `workspace/executeCommand` commands the page runs (the same the
 * VS Code extension runs; their owner is the language package's
 * lsp/action-plan-command-handler.ts: the compiler checks these names against its).
 */
export const ServerCommands: Pick<
    typeof ActionPlanCommands,
    'Export' | 'Import' | 'ExportDocx' | 'ImportDocx' | 'Templates' | 'NewPlan'
> = {
    Export: 'actionplan.server.export',
    Import: 'actionplan.server.import',
    ExportDocx: 'actionplan.server.exportDocx',
    ImportDocx: 'actionplan.server.importDocx',
    Templates: 'actionplan.server.templates',
    NewPlan: 'actionplan.server.newPlan',
};

export type ImportAnswer = ImportResult | { error: { message: string; line: number; column: number } };

export function execute<T>(client: LSPClient, command: string, args: unknown): Promise<T> {
    return client.request<{ command: string; arguments: unknown[] }, T>('workspace/executeCommand', {
        command,
        arguments: [args],
    });
}

/** An error that stops an export (1-based position), as the server reports it. */
export interface ExportError {
    message: string;
    code?: string;
    line: number;
    column: number;
}

/** The export, or (no `text`) the errors that stopped it; forced, both. */
export interface ExportAnswer {
    text?: string;
    errors: ExportError[];
}

/**
 * The plan at `uri` as the server exports it (`actionplan export --format …`), after
 * the editor's edits. A plan with errors is not exported unless `force` (the server's
 * decision, the same as the CLI's).
 */
export async function exportPlan(
    client: LSPClient,
    uri: string,
    format: ExportFormat,
    force = false,
): Promise<ExportAnswer> {
    client.sync();
    const answer = await execute<Partial<ExportAnswer>>(client, ServerCommands.Export, { uri, format, force });
    return { text: answer.text, errors: answer.errors ?? [] };
}

/** Canonical template text (CTAP or progress report) to ActionPlan text, as `actionplan import` does. */
/** Canonical text imported from the file's bytes: the server decodes them (BOM, UTF-16, strict UTF-8). */
export function importText(client: LSPClient, bytes: Uint8Array): Promise<ImportAnswer> {
    return execute<ImportAnswer>(client, ServerCommands.Import, { base64: bytesToBase64(bytes) });
}
