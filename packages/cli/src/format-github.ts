import type { FileDiagnostics } from '@actionplan/language/node';
import { displayPath, messageText, severityName, sortByPosition } from './format-shared.js';

/** GitHub workflow commands escape `%`, CR and LF in the message, and also `:` and `,` in properties. */
function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMANDS = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message`, annotations on the pull request. */
export function formatGithub(results: FileDiagnostics[], cwd: string): string {
    const lines: string[] = [];
    for (const { path, diagnostics } of results) {
        const file = escapeProperty(displayPath(path, cwd));
        for (const d of sortByPosition(diagnostics)) {
            const { start, end } = d.range;
            const title = escapeProperty(d.code === undefined ? 'actionplan' : String(d.code));
            lines.push(
                `::${COMMANDS[severityName(d)]} file=${file},line=${start.line + 1},col=${start.character + 1},` +
                    `endLine=${end.line + 1},endColumn=${end.character + 1},title=${title}::${escapeData(messageText(d))}`,
            );
        }
    }
    return lines.join('\n');
}
