import { GrammarUtils, URI } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import { isCtapPlan, isDocument } from '../generated/ast.js';
import { monthYear } from './action-plan-new-plan.js';

export interface RollForwardOptions {
    /** The new calendar year. */
    year: number;
    /** "Last updated" becomes this month; defaults to now. */
    now?: Date;
}

export type RollForwardResult = { text: string } | { error: string; line?: number; column?: number };

/**
 * Next year's plan from this year's: the calendar year set, "last updated" set to the
 * current month, every other byte kept (comments, layout, measures). The planned
 * measures whose time has come are then `past-timeframe` warnings, whose quick fix
 * moves them to measures undertaken. Only a CTAP without syntax errors is rolled forward.
 */
export function rollForwardText(
    shared: LangiumSharedCoreServices,
    text: string,
    options: RollForwardOptions,
    uri = URI.parse('memory:///plan.actionplan'),
): RollForwardResult {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    const { lexerErrors, parserErrors } = document.parseResult;
    const lexer = lexerErrors[0];
    if (lexer) return { error: lexer.message, line: lexer.line, column: lexer.column };
    const parser = parserErrors[0];
    if (parser) return { error: parser.message, line: parser.token.startLine, column: parser.token.startColumn };
    const root = document.parseResult.value;
    if (!isDocument(root) || !isCtapPlan(root.body) || !root.body.header) {
        return { error: 'not a CTAP (roll-forward makes next calendar year\'s CTAP; the file has no "ctap {" header)' };
    }
    const header = root.body.header;
    if (header.calendarYear !== undefined && options.year <= header.calendarYear) {
        return { error: `the plan is for calendar year ${header.calendarYear}; roll it forward to a later year` };
    }
    const textDocument = document.textDocument;
    const edits: Array<{ start: number; end: number; newText: string }> = [];
    const replace = (property: string, newText: string): boolean => {
        const node = GrammarUtils.findNodeForProperty(header.$cstNode, property);
        if (!node) return false;
        edits.push({ start: node.offset, end: node.end, newText });
        return true;
    };
    const updated = monthYear(options.now ?? new Date());
    const hasYear = replace('calendarYear', String(options.year));
    const hasUpdated = replace('lastUpdated', updated);
    // A missing field goes on a line of its own before the closing brace.
    const close = GrammarUtils.findNodesForKeyword(header.$cstNode, '}').at(-1);
    if (close && (!hasYear || !hasUpdated)) {
        const lineStart = textDocument.offsetAt({ line: textDocument.positionAt(close.offset).line, character: 0 });
        const before = text.slice(lineStart, close.offset).trim() === '' ? lineStart : close.offset;
        const lines = [
            ...(hasYear ? [] : [`    calendar year ${options.year}\n`]),
            ...(hasUpdated ? [] : [`    last updated ${updated}\n`]),
        ];
        edits.push({ start: before, end: before, newText: (before === lineStart ? '' : '\n') + lines.join('') });
    }
    let result = text;
    for (const edit of edits.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    }
    return { text: result };
}
