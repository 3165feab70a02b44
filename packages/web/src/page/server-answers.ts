import type * as lsp from 'vscode-languageserver-protocol';
import { answerWithPlainHtml } from './hover-markdown.js';

const LOCATION_REQUESTS = new Set([
    'textDocument/definition',
    'textDocument/declaration',
    'textDocument/typeDefinition',
    'textDocument/implementation',
]);

/** LocationLinks (what Langium answers) as the Locations @codemirror/lsp-client reads (`uri`, `range`). */
function asLocations(result: unknown): unknown {
    if (!Array.isArray(result)) return result;
    return result.map((item: lsp.Location | lsp.LocationLink) =>
        'targetUri' in item ? { uri: item.targetUri, range: item.targetSelectionRange } : item,
    );
}

/** A server answer made fit for @codemirror/lsp-client. */
export function adaptAnswer(method: string, result: unknown): unknown {
    if (LOCATION_REQUESTS.has(method)) return asLocations(result);
    return answerWithPlainHtml(method, result);
}
