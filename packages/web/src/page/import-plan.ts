import type * as engine from '@actionplan/language';
import { importText } from './server-commands.js';
import { importWord } from './word-commands.js';
import type { OpenContext } from './open-files.js';

const PLAN_EXTENSION: typeof engine.PLAN_EXTENSION = '.actionplan';

/** What an import opened (no `name`: nothing, the workspace is as it was) and what to tell about it. */
export interface Imported {
    name?: string;
    message: string;
}

/** Canonical template text (CTAP or progress report, `.txt`) imported by the server into a new plan. */
export async function importCanonical(fileName: string, bytes: Uint8Array, context: OpenContext): Promise<Imported> {
    await context.client.initializing;
    const answer = await importText(context.client, bytes);
    if ('error' in answer) {
        return { message: `${fileName}:${answer.error.line}:${answer.error.column}: ${answer.error.message}` };
    }
    const notes = answer.notices.map((n) => `line ${n.line}: ${n.message}`);
    return openImported(fileName, answer.dsl, answer.form, notes, context);
}

/** A Word document (`.docx`, typed in from the CTAP or progress-report template) imported into a new plan. */
export async function importWordFile(fileName: string, bytes: Uint8Array, context: OpenContext): Promise<Imported> {
    await context.client.initializing;
    const answer = await importWord(context.client, bytes);
    if ('error' in answer) {
        const where = answer.error.where ? ` (${answer.error.where})` : '';
        return {
            message: `${fileName} could not be imported${where}: ${answer.error.message}. Nothing was changed.`,
        };
    }
    const notes = answer.notices.map((n) => `${n.where}: ${n.message}`);
    return openImported(fileName, answer.dsl, answer.form, notes, context);
}

function openImported(
    fileName: string,
    dsl: string,
    form: engine.ImportForm,
    notes: string[],
    { store }: OpenContext,
): Imported {
    const name = store.freeName(`${fileName.replace(/\.(txt|docx)$/i, '')}${PLAN_EXTENSION}`);
    // Imported, not yet saved anywhere as a plan: it counts as unsaved until downloaded.
    store.open(name, dsl, '');
    const kind = form === 'ctap' ? 'CTAP' : 'progress report';
    return {
        name,
        message: `Imported ${fileName} (${kind}) as ${name}.${notes.length > 0 ? ` The importer noted: ${notes.join('; ')}.` : ''}`,
    };
}
