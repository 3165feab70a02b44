// The export decision as the user meets it, free of the VS Code API so that it is
// tested without a VS Code: the server decides (the same decision as the CLI's
// `export`); a plan with errors is exported only when the user chooses "Export anyway".
import type { ExportError, ExportFormat, ExportResult } from './protocol.js';

export const EXPORT_ANYWAY = 'Export anyway';

/** What the flow needs of the server and of the window. */
export interface ExportFlowHost {
    export(uri: string, format: ExportFormat, force?: boolean): Promise<ExportResult>;
    /** An error message with buttons; resolves to the button chosen, or undefined. */
    showError(message: string, ...actions: string[]): PromiseLike<string | undefined>;
}

/** "Cannot export plan.actionplan: line 19: … (missing-contact), and 1 more error." */
export function refusalMessage(planName: string, errors: readonly ExportError[]): string {
    const first = errors[0];
    if (!first) return `Cannot export ${planName}: it has errors.`;
    const code = first.code ? ` (${first.code})` : '';
    const more = errors.length - 1;
    const rest = more > 0 ? `, and ${more} more error${more === 1 ? '' : 's'}` : '';
    return `Cannot export ${planName}: line ${first.line}: ${first.message}${code}${rest}. Fix it, or export anyway.`;
}

/**
 * The exported text, or undefined when the plan has errors and the user did not
 * choose "Export anyway" (nothing is written then).
 */
export async function exportedText(
    host: ExportFlowHost,
    uri: string,
    planName: string,
    format: ExportFormat,
): Promise<string | undefined> {
    const result = await host.export(uri, format);
    if (result.text !== undefined) return result.text;
    const choice = await host.showError(refusalMessage(planName, result.errors), EXPORT_ANYWAY);
    if (choice !== EXPORT_ANYWAY) return undefined;
    return (await host.export(uri, format, true)).text;
}
