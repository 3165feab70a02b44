import type { LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import { IssueCodes } from '../validation/action-plan-issue-codes.js';
import type { DuplicateCommitmentData } from '../validation/duplicate-commitment.js';
import { mergeCommitmentFix, sortYearsFix } from './action-plan-quick-fixes.js';
import type { QuickFix } from './action-plan-quick-fixes.js';

/** One change `--fix` made, for its report. */
export interface AppliedFix {
    /** 0-based line and character where the fixed diagnostic was. */
    line: number;
    character: number;
    code: string;
    title: string;
}

interface SafeFix {
    /** Whether this diagnostic of the code can be fixed safely (default: every one). */
    applies?: (diagnostic: Diagnostic) => boolean;
    fix: (document: LangiumDocument, diagnostic: Diagnostic) => QuickFix | undefined;
}

/**
 * The one list of fixes that never lose information, so `actionplan lint --fix`
 * and the editor's "Fix all" apply them unasked: sorting a year group, and merging
 * a commitment that repeats another exactly (same text, note and `continues`).
 */
const SAFE_FIXES: Record<string, SafeFix> = {
    [IssueCodes.UnsortedYears]: { fix: (_document, diagnostic) => sortYearsFix(diagnostic) },
    [IssueCodes.DuplicateCommitment]: {
        applies: (diagnostic) => !!(diagnostic.data as DuplicateCommitmentData | undefined)?.exact,
        fix: mergeCommitmentFix,
    },
};

function safeFixOf(diagnostic: Diagnostic): SafeFix | undefined {
    const entry = typeof diagnostic.code === 'string' ? SAFE_FIXES[diagnostic.code] : undefined;
    return entry && (entry.applies?.(diagnostic) ?? true) ? entry : undefined;
}

/** Whether a diagnostic is of a kind `--fix` repairs (a cheap check before a file is built again). */
export function hasSafeFix(diagnostic: Diagnostic): boolean {
    return safeFixOf(diagnostic) !== undefined;
}

/** The safe fixes of a document's diagnostics. */
export function safeFixes(
    document: LangiumDocument,
    diagnostics: Diagnostic[],
): Array<QuickFix & { diagnostic: Diagnostic }> {
    const fixes: Array<QuickFix & { diagnostic: Diagnostic }> = [];
    for (const diagnostic of diagnostics) {
        const fix = safeFixOf(diagnostic)?.fix(document, diagnostic);
        if (fix) fixes.push({ ...fix, diagnostic });
    }
    return fixes;
}

/**
 * Applies the safe fixes to the document's text. A fix whose edits overlap an
 * earlier fix's is left for the next run. Returns the new text and what changed.
 */
export function applySafeFixes(
    document: LangiumDocument,
    diagnostics: Diagnostic[],
): { text: string; applied: AppliedFix[] } {
    const textDocument = document.textDocument;
    const accepted: Array<{ start: number; end: number; newText: string }> = [];
    const applied: AppliedFix[] = [];
    for (const fix of safeFixes(document, diagnostics)) {
        const spans = fix.edits.map((edit: TextEdit) => ({
            start: textDocument.offsetAt(edit.range.start),
            end: textDocument.offsetAt(edit.range.end),
            newText: edit.newText,
        }));
        const overlaps = spans.some((s) => accepted.some((a) => s.start < a.end && a.start < s.end));
        if (overlaps) continue;
        accepted.push(...spans);
        const { line, character } = fix.diagnostic.range.start;
        applied.push({ line, character, code: String(fix.diagnostic.code), title: fix.title });
    }
    let text = textDocument.getText();
    for (const span of accepted.sort((a, b) => b.start - a.start)) {
        text = text.slice(0, span.start) + span.newText + text.slice(span.end);
    }
    applied.sort((a, b) => a.line - b.line || a.character - b.character);
    return { text, applied };
}
