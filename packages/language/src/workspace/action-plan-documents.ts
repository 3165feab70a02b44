import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { ActionPlanSharedServices } from '../action-plan-module.js';
import type { PlanExport } from '../render/action-plan-render-types.js';

export interface FileDiagnostics {
    /** Absolute path of the linted file. */
    path: string;
    diagnostics: Diagnostic[];
    /** The file's export model, when the caller asked for it (the multi-plan views). */
    model?: PlanExport;
}

/**
 * Loads plan files (and the files they import, so references resolve), builds
 * them with validation and returns each requested file's diagnostics, in the
 * order given. The documents stay loaded: the caller owns their lifetime (the
 * public API's ActionPlanEngine releases them).
 */
export async function diagnoseFiles(shared: ActionPlanSharedServices, paths: string[]): Promise<FileDiagnostics[]> {
    const requested = paths.map((path) => URI.file(path));
    const documents = await shared.workspace.PlanImports.loadWithImports(requested);
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const byUri = new Map(documents.map((document) => [document.uri.toString(), document]));
    return paths.map((path, index) => ({
        path,
        diagnostics: byUri.get(requested[index]!.toString())?.diagnostics ?? [],
    }));
}
