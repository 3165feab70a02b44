import type { ExportFormat } from '@actionplan/language';
import type { LSPClient } from '@codemirror/lsp-client';
import { byId, download } from './dom.js';
import { exportPlan } from './server-commands.js';
import type { ExportError } from './server-commands.js';
import { exportWord } from './word-commands.js';
import { messageOf, plural } from './wording.js';

export interface ExportContext {
    client: LSPClient;
    /** The plan being edited: its workspace URI and name, if any. */
    current(): { uri: string; name: string } | undefined;
    say(message: string): void;
}

/** What an export made, or (no `content`) the errors that stopped it. */
interface Made {
    content?: string | Blob;
    errors: ExportError[];
}

interface ExportButton {
    id: string;
    /** What the status line calls it: `as text`, `as a Word document`. */
    what: string;
    extension: string;
    run(client: LSPClient, uri: string, force: boolean): Promise<Made>;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function textExport(id: string, format: ExportFormat, extension: string, type: string): ExportButton {
    return {
        id,
        what: `as ${format}`,
        extension,
        run: async (client, uri, force) => {
            const { text, errors } = await exportPlan(client, uri, format, force);
            return { content: text === undefined ? undefined : new Blob([text], { type }), errors };
        },
    };
}

const BUTTONS: ExportButton[] = [
    textExport('export-text', 'text', 'txt', 'text/plain;charset=utf-8'),
    textExport('export-json', 'json', 'json', 'application/json'),
    textExport('export-html', 'html', 'html', 'text/html;charset=utf-8'),
    {
        id: 'export-word',
        what: 'as a Word document',
        extension: 'docx',
        run: async (client, uri, force) => {
            const { bytes, errors } = await exportWord(client, uri, force);
            return { content: bytes === undefined ? undefined : new Blob([bytes], { type: DOCX_TYPE }), errors };
        },
    },
];

/**
 * "Export text / JSON / HTML / Word": each downloads what `actionplan export` writes for
 * the plan being edited. A plan with errors is not exported (the server's decision, the
 * same as the CLI's) unless the person answers "Export anyway".
 */
export function wireExportButtons(context: ExportContext): void {
    for (const button of BUTTONS) {
        byId(button.id).addEventListener('click', () => {
            const plan = context.current();
            if (plan === undefined) return context.say('There is no plan to export.');
            void exportWithConsent(context, plan, button).then(
                (content) => {
                    if (content === undefined) return;
                    download(`${stem(plan.name)}.${button.extension}`, content);
                    context.say(`Exported ${plan.name} ${button.what}.`);
                },
                (error: unknown) => context.say(`The plan cannot be exported: ${messageOf(error)}`),
            );
        });
    }
}

/**
 * The export, or, when the plan has errors, the question whether to export anyway;
 * undefined when not exported.
 */
async function exportWithConsent(
    { client, say }: ExportContext,
    plan: { uri: string; name: string },
    button: ExportButton,
): Promise<string | Blob | undefined> {
    const answer = await button.run(client, plan.uri, false);
    if (answer.content !== undefined) return answer.content;
    const first = answer.errors[0];
    const why = first ? ` (first: line ${first.line}:${first.column}: ${first.message})` : '';
    const summary = `${plan.name} has ${plural(answer.errors.length, 'error')}${why}; its export may be wrong or incomplete.`;
    if (!window.confirm(`${summary}\n\nExport anyway?`)) {
        say(`Not exported: ${summary}`);
        return undefined;
    }
    return (await button.run(client, plan.uri, true)).content;
}

/** `japan-ctap-2013` of `folder/japan-ctap-2013.actionplan`. */
function stem(name: string): string {
    return name
        .split('/')
        .pop()!
        .replace(/\.actionplan$/i, '');
}
