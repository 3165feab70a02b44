import { AstUtils } from 'langium';
import type { AstNode } from 'langium';
import { isCtapPlan, isDocument, isSection } from '../generated/ast.js';
import type { CtapPlan, Section } from '../generated/ast.js';

/**
 * The form two texts are compared in: case, whitespace, Markdown-style markup
 * (`**bold**`, `_x_`, backslash escapes) and trailing punctuation ignored.
 * Every step is linear: texts can be long and shaped against backtracking.
 */
export function normalizeText(text: string): string {
    // Most texts have no markup and only single spaces: the regex passes that cannot
    // change them are skipped (this ran for every measure of a plan on each keystroke).
    let flat = /[\\*_`]/.test(text) ? text.replace(/\\([\\`*_$])/g, '$1').replace(/[*_`]+/g, '') : text;
    flat = flat.toLowerCase();
    if (/[^\S ]|\s\s|\s[.,;:)]/.test(flat)) flat = flat.replace(/\s+/g, ' ').replace(/ ([.,;:)])/g, '$1');
    let end = flat.length;
    while (end > 0 && TRAILING.has(flat[end - 1]!)) end--;
    return flat.slice(0, end).trim();
}

const TRAILING = new Set([' ', '.', ',', ';', ':', '!', '?']);

/** The CTAP plan a node belongs to, if it is in one. */
export function ctapPlanOf(node: AstNode): CtapPlan | undefined {
    const root = AstUtils.findRootNode(node);
    return isDocument(root) && isCtapPlan(root.body) ? root.body : undefined;
}

/** The plan's calendar year, when it declares one. */
export function calendarYearOf(node: AstNode): number | undefined {
    return ctapPlanOf(node)?.header?.calendarYear;
}

/** The sections enclosing a node, nearest first. */
export function enclosingSections(node: AstNode): Section[] {
    const found: Section[] = [];
    for (let current = node.$container; current; current = current.$container) {
        if (isSection(current)) found.push(current);
    }
    return found;
}

/** 1-based line of a node, for messages that point at another node. */
export function lineOf(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}

/**
 * True when the document did not parse cleanly. Rules about something being
 * absent stay quiet then: the parser's recovery may have skipped the very part
 * they would miss.
 */
export function hasSyntaxErrors(node: AstNode): boolean {
    const { lexerErrors, parserErrors } = AstUtils.getDocument(node).parseResult;
    return lexerErrors.length > 0 || parserErrors.length > 0;
}
