/**
 * What the page and the worker say to each other besides plain LSP: the files
 * of the browser's workspace (plans, catalogs, `.actionplanrc.json`) that the
 * worker's file-system provider serves, so that `import "…"` and rule
 * settings work as they do on disk.
 */

/** The one workspace folder of the web editor; every file lives under it. */
export const WORKSPACE_FOLDER = 'file:///workspace';

/** Notification page → worker: files added, changed or removed in the page's store. */
export const FILES_NOTIFICATION = 'actionplan/files';

export interface WorkspaceFileText {
    /** `file:///workspace/<name>` */
    uri: string;
    text: string;
}

export interface FilesParams {
    changed: WorkspaceFileText[];
    deleted: string[];
}

/** The URI of a workspace file from its name (`plan.actionplan`, `catalog/contacts.actionplan`). */
export function workspaceUri(name: string): string {
    return `${WORKSPACE_FOLDER}/${name.split('/').map(encodeURIComponent).join('/')}`;
}

/** The name of a workspace file from its URI (inverse of workspaceUri). */
export function workspaceName(uri: string): string {
    const prefix = `${WORKSPACE_FOLDER}/`;
    const rest = uri.startsWith(prefix) ? uri.slice(prefix.length) : uri;
    return rest.split('/').map(decodeURIComponent).join('/');
}
