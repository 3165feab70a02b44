import type { ImportForm } from '@actionplan/language';
import type { LSPClient } from '@codemirror/lsp-client';
import { base64ToBytes, bytesToBase64 } from './base64.js';
import { execute, ServerCommands } from './server-commands.js';
import type { ExportError } from './server-commands.js';

/** The Word document (.docx bytes), or (no `bytes`) the errors that stopped it; forced, both. */
export interface WordExportAnswer {
    bytes?: Uint8Array<ArrayBuffer>;
    errors: ExportError[];
}

/** Where in a Word document the importer noted something: `paragraph 12`, `table 2`. */
export interface WordImportNotice {
    where: string;
    message: string;
}

/** Without `where` in the error, the file is no readable Word document. */
export type WordImportAnswer =
    { dsl: string; form: ImportForm; notices: WordImportNotice[] } | { error: { message: string; where?: string } };

/**
 * The plan at `uri` as a Word document (`actionplan export --format docx`), after the
 * editor's edits; a plan with errors is not exported unless `force`, as for the other exports.
 */
export async function exportWord(client: LSPClient, uri: string, force = false): Promise<WordExportAnswer> {
    client.sync();
    const answer = await execute<{ base64?: string; errors?: ExportError[] }>(client, ServerCommands.ExportDocx, {
        uri,
        force,
    });
    const errors = answer.errors ?? [];
    return answer.base64 === undefined ? { errors } : { bytes: base64ToBytes(answer.base64), errors };
}

/** A Word document (.docx bytes) to ActionPlan text, as `actionplan import file.docx` does. */
export function importWord(client: LSPClient, bytes: Uint8Array): Promise<WordImportAnswer> {
    return execute<WordImportAnswer>(client, ServerCommands.ImportDocx, { base64: bytesToBase64(bytes) });
}
