import type * as engine from '@actionplan/language';
import type { LSPClient } from '@codemirror/lsp-client';
import { importCanonical, importWordFile } from './import-plan.js';
import type { WorkspaceStore } from './workspace-store.js';

export interface OpenContext {
    store: WorkspaceStore;
    client: LSPClient;
    say(message: string): void;
}

// The engine's names, checked by the compiler against its literal types, so that the
// page bundle takes none of the engine's code.
const CONFIG_FILE_NAME: typeof engine.CONFIG_FILE_NAME = '.actionplanrc.json';
const PLAN_EXTENSION: typeof engine.PLAN_EXTENSION = '.actionplan';

/** A chosen file with its name in the workspace (a folder's files keep their paths inside it). */
interface Chosen {
    file: File;
    name: string;
}

/**
 * Files chosen with "Open…": plans (`.actionplan`) and `.actionplanrc.json` go
 * into the workspace as they are; canonical template text (`.txt`) and Word
 * documents (`.docx`) are imported by the server into a new plan. Returns the plan to show (the first one opened).
 */
export function openFiles(chosen: File[], context: OpenContext): Promise<string | undefined> {
    return openChosen(
        chosen.map((file) => ({ file, name: file.name })),
        context,
    );
}

/**
 * A folder chosen with "Open folder…": its plans, catalogs and
 * `.actionplanrc.json` files, at their paths inside it, so that
 * `import "catalog/…"` and the rule settings work as on disk.
 */
export function openFolder(chosen: File[], context: OpenContext): Promise<string | undefined> {
    const entries = chosen
        .map((file) => ({ file, name: file.webkitRelativePath.split('/').slice(1).join('/') || file.name }))
        .filter(({ name }) => name.endsWith(PLAN_EXTENSION) || name.split('/').pop() === CONFIG_FILE_NAME)
        .sort((a, b) => a.name.localeCompare(b.name));
    if (entries.length === 0) {
        context.say('The folder has no plans (.actionplan files).');
        return Promise.resolve(undefined);
    }
    return openChosen(entries, context);
}

async function openChosen(chosen: Chosen[], context: OpenContext): Promise<string | undefined> {
    const { store, say } = context;
    let show: string | undefined;
    const messages: string[] = [];
    for (const { file, name } of chosen) {
        try {
            if (name.toLowerCase().endsWith(PLAN_EXTENSION)) {
                if (!replaceAllowed(store, name)) continue;
                store.open(name, await file.text());
                show ??= name;
                messages.push(`Opened ${name}.`);
            } else if (name.split('/').pop() === CONFIG_FILE_NAME) {
                store.open(name, await file.text());
                messages.push(`Rule settings from ${name} apply to the plans beside and below it.`);
            } else if (/\.txt$/i.test(name)) {
                const opened = await importCanonical(name, new Uint8Array(await file.arrayBuffer()), context);
                if (opened.name) show ??= opened.name;
                messages.push(opened.message);
            } else if (/\.docx$/i.test(name)) {
                const opened = await importWordFile(name, new Uint8Array(await file.arrayBuffer()), context);
                if (opened.name) show ??= opened.name;
                messages.push(opened.message);
            } else {
                messages.push(
                    `${name} was not opened: choose a plan (.actionplan), a Word document (.docx), template text (.txt) or ${CONFIG_FILE_NAME}.`,
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
