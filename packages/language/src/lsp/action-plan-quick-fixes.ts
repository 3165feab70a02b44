import { GrammarUtils } from 'langium';
import type { AstNode, LangiumDocument } from 'langium';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { IssueCodes } from '../validation/action-plan-issue-codes.js';
import { BLOCK_KINDS, dslString } from '../facts/index.js';
import { planParts } from '../link/action-plan-walk.js';
import { isAssistance, isBlock, isCommitment, isCtapPlan, isDocument, isItem, isSection } from '../generated/ast.js';
import type { Block, CtapPlan, Section } from '../generated/ast.js';
import type { ConflictingContactData } from '../validation/conflicting-contact.js';
import type { DuplicateCommitmentData } from '../validation/duplicate-commitment.js';
import type { MisplacedBlockData } from '../validation/misplaced-block.js';
import type { MissingTimeframeData } from '../validation/missing-timeframe.js';
import type { UnsortedYearsData } from '../validation/years.js';
import type { SyntaxErrorData } from '../validation/action-plan-document-validator.js';
import {
    commitmentWordingFix,
    insertCommitmentFix,
    pastTimeframeFixes,
    sectionTitleFix,
} from './action-plan-template-fixes.js';
import { INDENT } from '../layout/index.js';
import { nodeAt } from './action-plan-node-at.js';

/** A titled set of edits to one document: a code action, or one change `--fix` makes. */
export interface QuickFix {
    title: string;
    edits: TextEdit[];
}

function lineIndent(document: LangiumDocument, node: AstNode): string {
    const line = node.$cstNode?.range.start.line ?? 0;
    const text = document.textDocument.getText({
        start: { line, character: 0 },
        end: { line: line + 1, character: 0 },
    });
    return /^[ \t]*/.exec(text)?.[0] ?? '';
}

/** `unsorted-years`: write the group sorted, without repeats. */
export function sortYearsFix(diagnostic: Diagnostic): QuickFix | undefined {
    const data = diagnostic.data as UnsortedYearsData | undefined;
    if (!data?.sorted) return undefined;
    return { title: `Sort years: ${data.sorted}`, edits: [{ range: diagnostic.range, newText: data.sorted }] };
}

/** `missing-timeframe`: `by <next year>` after the measure. */
export function timeframeFix(document: LangiumDocument, diagnostic: Diagnostic): QuickFix | undefined {
    const year = (diagnostic.data as MissingTimeframeData | undefined)?.year;
    const item = nodeAt(document, diagnostic.range, isItem);
    const text = GrammarUtils.findNodeForProperty(item?.$cstNode, 'text');
    if (year === undefined || !text) return undefined;
    return {
        title: `Add timeframe: by ${year}`,
        edits: [{ range: { start: text.range.end, end: text.range.end }, newText: ` by ${year}` }],
    };
}

/** `conflicting-contact`: take the other contact's value for this field. */
export function contactValueFix(diagnostic: Diagnostic): QuickFix | undefined {
    const data = diagnostic.data as ConflictingContactData | undefined;
    if (!data?.field) return undefined;
    return {
        title: `Use ${data.field} ${dslString(data.value)} from contact ${data.other}`,
        edits: [{ range: diagnostic.range, newText: dslString(data.value) }],
    };
}

/** The whole lines a node stands on, with their line break, for deleting it. */
function wholeLines(node: AstNode): Range | undefined {
    const range = node.$cstNode?.range;
    return (
        range && { start: { line: range.start.line, character: 0 }, end: { line: range.end.line + 1, character: 0 } }
    );
}

/** `duplicate-commitment`: delete the repeat and point its blocks at the first. */
export function mergeCommitmentFix(document: LangiumDocument, diagnostic: Diagnostic): QuickFix | undefined {
    const data = diagnostic.data as DuplicateCommitmentData | undefined;
    const duplicate = nodeAt(document, diagnostic.range, isCommitment);
    const lines = duplicate && wholeLines(duplicate);
    if (!data || data.sameId || !duplicate || !lines) return undefined;
    const edits: TextEdit[] = [{ range: lines, newText: '' }];
    for (const block of planParts(document.parseResult.value).blocks) {
        const refNode = block.commitment?.$refNode;
        if (block.commitment?.ref === duplicate && refNode) edits.push({ range: refNode.range, newText: data.first });
    }
    return { title: `Remove duplicate commitment ${duplicate.name} and use ${data.first}`, edits };
}

function planOf(document: LangiumDocument): CtapPlan | undefined {
    const root = document.parseResult.value;
    return isDocument(root) && isCtapPlan(root.body) ? root.body : undefined;
}

function freeContactId(plan: CtapPlan): string {
    const taken = new Set(plan.contacts.map((c) => c.name));
    let id = 'new-contact';
    for (let n = 2; taken.has(id); n++) id = `new-contact-${n}`;
    return id;
}

/** Where a `contact <id>` line goes in the section or assistance part, and with what text. */
function contactReferenceEdit(document: LangiumDocument, owner: AstNode | undefined, id: string): TextEdit | undefined {
    if (!owner) {
        const end = document.textDocument.positionAt(document.textDocument.getText().length);
        return { range: { start: end, end }, newText: `\nassistance {\n${INDENT}contact ${id}\n}\n` };
    }
    const brace = GrammarUtils.findNodeForKeyword(owner.$cstNode, '{');
    if (!brace) return undefined;
    const inner = lineIndent(document, owner) + INDENT;
    const line = (n: number) =>
        document.textDocument.getText({ start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } });
    const braceLine = brace.range.end.line;
    if (line(braceLine).slice(brace.range.end.character).trim() !== '') {
        // `{ … }` on one line: open it up.
        return { range: { start: brace.range.end, end: brace.range.end }, newText: `\n${inner}contact ${id}\n` };
    }
    // Canonical layout: the contact lines are the section's first group, then one blank line.
    const next = line(braceLine + 1).trim();
    const blankAfter = isSection(owner) && next !== '' && next !== '}' && !next.startsWith('contact ');
    const at = { line: braceLine + 1, character: 0 };
    return { range: { start: at, end: at }, newText: `${inner}contact ${id}\n${blankAfter ? '\n' : ''}` };
}

/** `missing-contact`: one action per declared contact, and one that declares a new contact. */
export function missingContactFixes(document: LangiumDocument, diagnostic: Diagnostic): QuickFix[] {
    const plan = planOf(document);
    if (!plan) return [];
    const owner = nodeAt(document, diagnostic.range, isSection) ?? nodeAt(document, diagnostic.range, isAssistance);
    const fixes: QuickFix[] = [];
    for (const contact of plan.contacts.filter((c) => c.name)) {
        const edit = contactReferenceEdit(document, owner, contact.name);
        const who = contact.fullName ? ` (${contact.fullName})` : '';
        if (edit) fixes.push({ title: `Add contact point ${contact.name}${who}`, edits: [edit] });
    }
    const id = freeContactId(plan);
    const reference = contactReferenceEdit(document, owner, id);
    const anchor = plan.contacts.at(-1) ?? plan.summaries[0] ?? plan.header;
    const after = anchor?.$cstNode?.range.end;
    if (reference && after) {
        const fields = ['name', 'title', 'phone', 'fax', 'email'].map((f) => `${INDENT}${f} ""`).join('\n');
        const skeleton = { range: { start: after, end: after }, newText: `\n\ncontact ${id} {\n${fields}\n}` };
        fixes.push({ title: `Declare a new contact ${id} and add it as contact point`, edits: [skeleton, reference] });
    }
    return fixes;
}

/** The template's order of blocks within a section. */
const BLOCK_ORDER: readonly string[] = BLOCK_KINDS;

/** Where a block of this kind goes in a section: after the blocks of its kind and earlier kinds. */
function blockInsertion(section: Section, kind: string): { line: number; blank: boolean } {
    const rank = BLOCK_ORDER.indexOf(kind);
    const before = section.blocks.filter((b) => BLOCK_ORDER.indexOf(b.kind) <= rank).at(-1);
    if (before?.$cstNode) return { line: before.$cstNode.range.end.line + 1, blank: false };
    const after = section.blocks.find((b) => BLOCK_ORDER.indexOf(b.kind) > rank);
    if (after?.$cstNode) return { line: after.$cstNode.range.start.line, blank: false };
    // No block yet: one blank line after the commitments (the canonical layout).
    const anchor = section.commitments.at(-1) ?? section.contacts.at(-1);
    const brace = GrammarUtils.findNodeForKeyword(section.$cstNode, '{');
    const end = anchor?.$cstNode?.range.end.line ?? brace?.range.end.line ?? 0;
    return { line: end + 1, blank: anchor !== undefined };
}

/** `misplaced-block`: cut the block and paste it into its commitment's section, indented for it. */
export function moveBlockFix(document: LangiumDocument, diagnostic: Diagnostic): QuickFix | undefined {
    const data = diagnostic.data as MisplacedBlockData | undefined;
    const block: Block | undefined = nodeAt(document, diagnostic.range, isBlock);
    const target = block?.commitment?.ref?.$container;
    const lines = block && wholeLines(block);
    if (!data || !block || !lines || !isSection(target) || target.name !== data.section) return undefined;
    const from = lineIndent(document, block);
    const to = lineIndent(document, target) + INDENT;
    const moved = document.textDocument
        .getText(lines)
        .split('\n')
        .map((line) => (line.startsWith(from) ? to + line.slice(from.length) : line))
        .join('\n');
    const at = blockInsertion(target, block.kind);
    const position = { line: at.line, character: 0 };
    return {
        title: `Move ${block.kind} ${block.commitment?.$refText ?? ''} to section ${target.name}`,
        edits: [
            { range: lines, newText: '' },
            { range: { start: position, end: position }, newText: (at.blank ? '\n' : '') + moved },
        ],
    };
}

/** A syntax error's certain fix (curly quotes, text without quotes …), kept in its data by the document validator. */
export function syntaxErrorFix(document: LangiumDocument, diagnostic: Diagnostic): QuickFix | undefined {
    const fix = (diagnostic.data as Partial<SyntaxErrorData> | undefined)?.fix;
    if (!fix) return undefined;
    const at = (offset: number) => document.textDocument.positionAt(offset);
    return {
        title: fix.title,
        edits: fix.edits.map((edit) => ({
            range: { start: at(edit.offset), end: at(edit.offset + edit.length) },
            newText: edit.newText,
        })),
    };
}

/** The quick fixes for one diagnostic of ours, by code. */
export function quickFixesFor(document: LangiumDocument, diagnostic: Diagnostic): QuickFix[] {
    const fix = (() => {
        switch (diagnostic.code) {
            case IssueCodes.UnsortedYears:
                return sortYearsFix(diagnostic);
            case IssueCodes.MissingTimeframe:
                return timeframeFix(document, diagnostic);
            case IssueCodes.ConflictingContact:
                return contactValueFix(diagnostic);
            case IssueCodes.DuplicateCommitment:
                return mergeCommitmentFix(document, diagnostic);
            case IssueCodes.MissingContact:
                return missingContactFixes(document, diagnostic);
            case IssueCodes.MisplacedBlock:
                return moveBlockFix(document, diagnostic);
            case IssueCodes.SyntaxError:
                return syntaxErrorFix(document, diagnostic);
            case IssueCodes.SectionTitle:
                return sectionTitleFix(diagnostic);
            case IssueCodes.CommitmentWording:
                return commitmentWordingFix(document, diagnostic);
            case IssueCodes.MissingTemplateCommitment:
                return insertCommitmentFix(document, diagnostic);
            case IssueCodes.PastTimeframe:
                return pastTimeframeFixes(document, diagnostic);
            default:
                return undefined;
        }
    })();
    return fix === undefined ? [] : Array.isArray(fix) ? fix : [fix];
}
