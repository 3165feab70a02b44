import { workspaceUri } from '../shared/web-protocol.js';
import type { WorkspaceFileText } from '../shared/web-protocol.js';

const STORAGE_KEY = 'actionplan.web.workspace.v1';

export interface StoredFile {
    /** The text as last edited. */
    text: string;
    /** The text as last opened or downloaded: `text !== saved` means unsaved changes. */
    saved: string;
}

interface StoredWorkspace {
    files: Record<string, StoredFile>;
    current: string | undefined;
}

/**
 * The files of the browser's workspace (plans, catalogs, `.actionplanrc.json`)
 * by name, kept in localStorage so that a reload loses nothing. The worker is
 * told of every change (`onFilesChanged`).
 */
export class WorkspaceStore {
    private state: StoredWorkspace;
    private readonly listeners: ((changed: WorkspaceFileText[], deleted: string[]) => void)[] = [];
    /** Set when localStorage refused a write (quota, private mode): the page says so. */
    persistError: string | undefined;

    constructor(private readonly storage: Storage) {
        this.state = load(storage);
    }

    get names(): string[] {
        return Object.keys(this.state.files).sort((a, b) => a.localeCompare(b));
    }

    get current(): string | undefined {
        const current = this.state.current;
        return current !== undefined && current in this.state.files ? current : this.names[0];
    }

    set current(name: string | undefined) {
        this.state.current = name;
        this.persist();
    }

    get(name: string): StoredFile | undefined {
        return this.state.files[name];
    }

    has(name: string): boolean {
        return name in this.state.files;
    }

    isDirty(name: string): boolean {
        const file = this.state.files[name];
        return file !== undefined && file.text !== file.saved;
    }

    get anyDirty(): boolean {
        return this.names.some((name) => this.isDirty(name));
    }

    /** A file opened or created: its text counts as saved unless `saved` says otherwise. */
    open(name: string, text: string, saved = text): void {
        this.state.files[name] = { text, saved };
        this.persist();
        this.fire([name], []);
    }

    /** An edit in the editor. `notify` is false while the editor owns the text (the server has it by LSP). */
    edit(name: string, text: string, notify: boolean): void {
        const file = this.state.files[name];
        if (!file || file.text === text) return;
        file.text = text;
        this.persist();
        if (notify) this.fire([name], []);
    }

    markSaved(name: string): void {
        const file = this.state.files[name];
        if (!file) return;
        file.saved = file.text;
        this.persist();
    }

    remove(name: string): void {
        if (!(name in this.state.files)) return;
        delete this.state.files[name];
        if (this.state.current === name) this.state.current = undefined;
        this.persist();
        this.fire([], [name]);
    }

    /** A name not yet taken, from a wished one: `plan.actionplan`, `plan-2.actionplan`, … */
    freeName(wished: string): string {
        if (!this.has(wished)) return wished;
        const dot = wished.lastIndexOf('.');
        const [stem, ext] = dot > 0 ? [wished.slice(0, dot), wished.slice(dot)] : [wished, ''];
        for (let n = 2; ; n++) if (!this.has(`${stem}-${n}${ext}`)) return `${stem}-${n}${ext}`;
    }

    /** Every file as the worker needs it. */
    allFiles(): WorkspaceFileText[] {
        return this.names.map((name) => ({ uri: workspaceUri(name), text: this.state.files[name]!.text }));
    }

    onFilesChanged(listener: (changed: WorkspaceFileText[], deleted: string[]) => void): void {
        this.listeners.push(listener);
    }

    private fire(changed: string[], deleted: string[]): void {
        const files = changed.map((name) => ({ uri: workspaceUri(name), text: this.state.files[name]!.text }));
        for (const listener of this.listeners) listener(files, deleted.map(workspaceUri));
    }

    private persist(): void {
        try {
            this.storage.setItem(STORAGE_KEY, JSON.stringify(this.state));
            this.persistError = undefined;
        } catch (error) {
            this.persistError = error instanceof Error ? error.message : String(error);
        }
    }
}

function load(storage: Storage): StoredWorkspace {
    try {
        const raw = storage.getItem(STORAGE_KEY);
        const value = raw ? (JSON.parse(raw) as Partial<StoredWorkspace>) : undefined;
        if (value && typeof value.files === 'object' && value.files !== null) {
            const files: Record<string, StoredFile> = {};
            for (const [name, file] of Object.entries(value.files)) {
                if (typeof file?.text === 'string' && typeof file.saved === 'string') files[name] = file;
            }
            return { files, current: typeof value.current === 'string' ? value.current : undefined };
        }
    } catch {
        // A damaged entry: start empty rather than not at all.
    }
    return { files: {}, current: undefined };
}
