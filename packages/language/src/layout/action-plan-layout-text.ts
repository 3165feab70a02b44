// The canonical layout applied to plan text: each whitespace gap between tokens
// becomes what the layout (action-plan-layout.ts) asks for. The one writer of
// the .actionplan layout: the editor's formatter (lsp/action-plan-formatter.ts),
// `actionplan format` and the canonical-text importer (from-text/) all go through here.
import { CstUtils } from 'langium';
import type { CstNode, LangiumDocument, LangiumSharedCoreServices, ParseResult, URI } from 'langium';
import { isDocument } from '../generated/ast.js';
import { computeLayout } from './action-plan-layout.js';
import type { Break, Layout, Slot } from './action-plan-layout.js';

/** One whitespace gap of the source (before a token, or at the end) and what the canonical layout puts there. */
export interface Gap {
    start: number;
    end: number;
    newText: string;
}

/** One level of indentation in the canonical layout. */
export const INDENT = '    ';
const SPACE: Slot = { brk: 'space', level: 0 };

export interface FormatResult {
    /** The text in the canonical layout; undefined when the text has a syntax error. */
    text?: string;
    /** The first syntax error (1-based line and column) that prevents formatting. */
    error?: { line: number; column: number; message: string };
}

/** Formats plan text without linking or validating it (the CLI's `format`). */
export function formatPlanText(shared: LangiumSharedCoreServices, text: string, uri: URI): FormatResult {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    const formatted = formatDocumentText(document);
    if (formatted !== undefined) return { text: formatted };
    const { lexerErrors, parserErrors } = document.parseResult;
    const lexer = lexerErrors[0];
    if (lexer) return { error: { line: lexer.line ?? 1, column: lexer.column ?? 1, message: lexer.message } };
    const parser = parserErrors[0]!;
    // An error at the end of the file has no token position: point at the last line.
    const atEnd = !((parser.token.startLine ?? 0) >= 1);
    const lines = text.split('\n');
    const line = atEnd ? lines.length : parser.token.startLine!;
    const column = atEnd ? lines.at(-1)!.length + 1 : (parser.token.startColumn ?? 1);
    return { error: { line, column, message: parser.message } };
}

/** The formatted text of a document, or undefined when it has syntax errors (never format a broken file). */
export function formatDocumentText(document: LangiumDocument): string | undefined {
    return layOutText(document.textDocument.getText(), document.parseResult);
}

/** Parsed text in the canonical layout, or undefined when it has syntax errors. */
export function layOutText(text: string, parsed: ParseResult): string | undefined {
    const { lexerErrors, parserErrors } = parsed;
    if (lexerErrors.length > 0 || parserErrors.length > 0) return undefined;
    let result = '';
    let offset = 0;
    for (const gap of computeGaps(text, parsed)) {
        result += text.slice(offset, gap.start) + gap.newText;
        offset = gap.end;
    }
    return result + text.slice(offset);
}

/** The gaps of parsed text whose whitespace differs from the canonical layout; empty for text with syntax errors. */
export function computeGaps(text: string, parsed: ParseResult): Gap[] {
    const root = parsed.value;
    const { lexerErrors, parserErrors } = parsed;
    if (!isDocument(root) || !root.$cstNode || lexerErrors.length > 0 || parserErrors.length > 0) return [];
    const layout = computeLayout(root, text);
    const tokens = CstUtils.flattenCst(root.$cstNode)
        .filter((leaf) => !layout.removed.has(leaf.offset) || leaf.hidden)
        .toArray();
    const gaps = new GapPrinter(text, layout, tokens).print();
    return safe(text, layout, tokens, gaps) ? gaps.filter((gap) => text.slice(gap.start, gap.end) !== gap.newText) : [];
}

class GapPrinter {
    private level = 0;
    /** The file's own line ending, kept so that Windows files stay CRLF. */
    private readonly eol: string;
    /** Whether a line break was already written since the last real token (comments in between). */
    private brokeSinceToken = false;

    constructor(
        private readonly text: string,
        private readonly layout: Layout,
        private readonly tokens: CstNode[],
    ) {
        this.eol = lineEnding(text, tokens);
    }

    print(): Gap[] {
        const gaps: Gap[] = [];
        let previous: CstNode | undefined;
        // A comment that opens the file starts its line.
        this.brokeSinceToken = this.tokens[0]?.hidden ?? false;
        this.tokens.forEach((token, index) => {
            const start = previous ? previous.end : 0;
            const newText = previous ? this.gapBefore(previous, token, index) : '';
            gaps.push({ start, end: token.offset, newText });
            previous = token;
        });
        if (previous) gaps.push({ start: previous.end, end: this.text.length, newText: this.eol });
        return gaps;
    }

    private gapBefore(previous: CstNode, token: CstNode, index: number): string {
        const source = this.text.slice(previous.end, token.offset);
        const sourceBlank: Break = (source.match(/\n/g)?.length ?? 0) >= 2 ? 'blank' : 'line';
        if (token.hidden) return this.beforeComment(index, source, sourceBlank);
        const slot = this.layout.slots.get(token.offset) ?? SPACE;
        const afterComment = previous.hidden;
        let gap: string;
        if (slot.brk === 'line' || slot.brk === 'blank') {
            const brk = afterComment && this.brokeSinceToken ? sourceBlank : slot.brk;
            this.level = slot.level;
            gap = this.lineBreak(brk, slot.level);
        } else if (afterComment && (isLineComment(previous) || this.brokeSinceToken)) {
            // A comment ended the line inside a statement: continue one level deeper.
            gap = this.lineBreak('line', this.level + 1);
        } else {
            gap = slot.brk === 'none' && !afterComment ? '' : ' ';
        }
        this.brokeSinceToken = false;
        return gap;
    }

    private lineBreak(brk: Break, level: number): string {
        return (brk === 'blank' ? this.eol + this.eol : this.eol) + INDENT.repeat(level);
    }

    private beforeComment(index: number, source: string, sourceBlank: Break): string {
        if (!source.includes('\n')) return ' '; // a trailing comment stays on its line
        const next = this.tokens.slice(index + 1).find((token) => !token.hidden);
        const slot = next ? (this.layout.slots.get(next.offset) ?? SPACE) : { brk: 'line' as Break, level: 0 };
        const startsLine = slot.brk === 'line' || slot.brk === 'blank';
        let brk: Break = 'line';
        if (startsLine) brk = this.brokeSinceToken ? sourceBlank : max(slot.brk, sourceBlank);
        // A comment just before `}` belongs inside the block.
        const level = !startsLine ? this.level + 1 : next?.text === '}' ? slot.level + 1 : slot.level;
        this.brokeSinceToken = true;
        return this.lineBreak(brk, level);
    }
}

/**
 * The line ending of the first line break between tokens (not one inside a string or
 * a block comment, which the formatter never touches): after formatting, every break
 * between tokens uses it, so formatting again finds the same one.
 */
function lineEnding(text: string, tokens: CstNode[]): string {
    let offset = 0;
    for (const token of [...tokens, undefined]) {
        const gap = text.slice(offset, token ? token.offset : text.length);
        const at = gap.indexOf('\n');
        if (at >= 0) return at > 0 && gap[at - 1] === '\r' ? '\r\n' : '\n';
        if (token) offset = token.end;
    }
    return '\n';
}

function max(a: Break, b: Break): Break {
    return a === 'blank' || b === 'blank' ? 'blank' : 'line';
}

function isLineComment(node: CstNode): boolean {
    return node.text.startsWith('//');
}

/** The printed text must hold exactly the source's tokens and comments, in order; otherwise format nothing. */
function safe(text: string, layout: Layout, tokens: CstNode[], gaps: Gap[]): boolean {
    const root = tokens[0]?.root;
    if (!root) return true;
    let kept = '';
    let offset = 0;
    for (const leaf of CstUtils.flattenCst(root)) {
        if (layout.removed.has(leaf.offset) && !leaf.hidden) {
            kept += text.slice(offset, leaf.offset);
            offset = leaf.end;
        }
    }
    kept += text.slice(offset);
    let printed = '';
    offset = 0;
    for (const gap of gaps) {
        printed += text.slice(offset, gap.start) + gap.newText;
        offset = gap.end;
    }
    printed += text.slice(offset);
    return kept.replace(/\s+/g, '') === printed.replace(/\s+/g, '');
}
