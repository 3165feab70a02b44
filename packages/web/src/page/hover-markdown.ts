import DOMPurify from 'dompurify';
import type * as lsp from 'vscode-languageserver-protocol';

/**
 * Hover and completion documentation arrive as Markdown that quotes plan text
 * (a contact's name, a commitment's wording), and @codemirror/lsp-client renders
 * Markdown to HTML, raw HTML included. In plan text `<` is a character, so it
 * is written as an entity before the client sees it: `<script>` shows as text.
 */
export function markdownHtmlAsText(markdown: string): string {
    return markdown.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

type MarkupLike = string | lsp.MarkupContent | lsp.MarkedString | lsp.MarkedString[] | undefined | null;

function plainMarkup<T extends MarkupLike>(value: T): T {
    if (value === undefined || value === null) return value;
    if (Array.isArray(value)) return value.map((v) => plainMarkup(v)) as T;
    if (typeof value === 'string') return markdownHtmlAsText(value) as T;
    const markup = value as lsp.MarkupContent | { language: string; value: string };
    if ('kind' in markup && markup.kind === 'markdown')
        return { ...markup, value: markdownHtmlAsText(markup.value) } as T;
    return value;
}

/** Rewrites a server answer that carries Markdown (hover, completion documentation) so its HTML is text. */
export function answerWithPlainHtml(method: string, result: unknown): unknown {
    if (!result || typeof result !== 'object') return result;
    if (method === 'textDocument/hover') {
        const hover = result as lsp.Hover;
        return { ...hover, contents: plainMarkup(hover.contents) };
    }
    if (method === 'textDocument/completion' || method === 'completionItem/resolve') {
        const fix = (item: lsp.CompletionItem): lsp.CompletionItem =>
            item.documentation ? { ...item, documentation: plainMarkup(item.documentation) } : item;
        if (Array.isArray(result)) return result.map(fix);
        if ('items' in result)
            return { ...(result as lsp.CompletionList), items: (result as lsp.CompletionList).items.map(fix) };
        return fix(result as lsp.CompletionItem);
    }
    return result;
}

const MARKDOWN_TAGS = [
    'p',
    'br',
    'strong',
    'em',
    'code',
    'pre',
    'span',
    'ul',
    'ol',
    'li',
    'a',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'hr',
    'del',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
];

/** The last guard on the HTML lsp-client builds from Markdown: what Markdown makes, nothing active, no images. */
export function sanitizeHtml(html: string): string {
    return DOMPurify.sanitize(html, { ALLOWED_TAGS: MARKDOWN_TAGS, ALLOWED_ATTR: ['class', 'href', 'title'] });
}
