import type { LSPClient } from '@codemirror/lsp-client';
import { importText } from './server-commands.js';
import type { WorkspaceStore } from './workspace-store.js';

export interface OpenContext {
    store: WorkspaceStore;
    client: LSPClient;
    say(message: string): void;
}

const CONFIG_FILE_NAME = '.actionplanrc.json';

/**
 * Files chosen with "Open…": plans (`.actionplan`) and `.actionplanrc.json` go
 * into the workspace as they are; canonical template text (`.txt`) is imported
 * by the server into a new plan. Returns the plan to show (the first one opened).
 */
export async function openFiles(chosen: File[], context: OpenContext): Promise<string | undefined> {
    const { store, say } = context;
    let show: string | undefined;
    const messages: string[] = [];
    for (const file of chosen) {
        const name = file.name;
        try {
            if (/\.actionplan$/i.test(name)) {
                if (!replaceAllowed(store, name)) continue;
                store.open(name, await file.text());
                show ??= name;
                messages.push(`Opened ${name}.`);
            } else if (name === CONFIG_FILE_NAME) {
                store.open(name, await file.text());
                messages.push(`Rule settings from ${name} apply to every plan.`);
            } else if (/\.txt$/i.test(name)) {
                const opened = await importCanonical(name, await file.text(), context);
                if (opened) {
                    show ??= opened.name;
                    messages.push(opened.message);
                } else {
                    messages.push(`${name} could not be imported.`);
                }
            } else {
                messages.push(
                    `${name} was not opened: choose a plan (.actionplan), template text (.txt) or ${CONFIG_FILE_NAME}.`,
                );
            }
        } catch (error) {
            messages.push(`${name} could not be read: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    say(messages.join(' '));
    return show;
}

function replaceAllowed(store: WorkspaceStore, name: string): boolean {
    if (!store.isDirty(name)) return true;
    return window.confirm(`"${name}" has unsaved changes. Replace it with the file you opened?`);
}

async function importCanonical(
    fileName: string,
    text: string,
    { store, client, say }: OpenContext,
): Promise<{ name: string; message: string } | undefined> {
    await client.initializing;
    const answer = await importText(client, text);
    if ('error' in answer) {
        say(`${fileName}:${answer.error.line}:${answer.error.column}: ${answer.error.message}`);
        return undefined;
    }
    const name = store.freeName(`${fileName.replace(/\.txt$/i, '')}.actionplan`);
    // Imported, not yet saved anywhere as a plan: it counts as unsaved until downloaded.
    store.open(name, answer.dsl, '');
    const notes = answer.notices.length;
    const form = answer.form === 'ctap' ? 'CTAP' : 'progress report';
    return {
        name,
        message: `Imported ${fileName} (${form}) as ${name}${notes > 0 ? `; the importer noted: ${answer.notices.map((n) => `line ${n.line}: ${n.message}`).join('; ')}` : ''}.`,
    };
}
