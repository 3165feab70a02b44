import { GrammarUtils } from 'langium';
import type { AstNode, LangiumDocument } from 'langium';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { isCommitment, isItem, isSection } from '../generated/ast.js';
import type { Block, Item, Section } from '../generated/ast.js';
import type { CommitmentWordingData } from '../validation/commitment-wording.js';
import type { MissingTemplateCommitmentData } from '../validation/missing-template-commitment.js';
import type { PastTimeframeData } from '../validation/past-timeframe.js';
import type { SectionTitleData } from '../validation/section-title.js';
import type { QuickFix } from './action-plan-quick-fixes.js';
import { INDENT } from '../layout/index.js';
import { nodeAt } from './action-plan-node-at.js';

// Quick fixes of the template rules (validation/section-title.ts, commitment-wording.ts,
// missing-template-commitment.ts, past-timeframe.ts).

function quoted(value: string): string {
    return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The indentation of the line a node starts on. */
function indentOf(document: LangiumDocument, node: AstNode): string {
    const line = node.$cstNode?.range.start.line ?? 0;
    const text = document.textDocument.getText({
        start: { line, character: 0 },
        end: { line: line + 1, character: 0 },
    });
    return /^[ \t]*/.exec(text)?.[0] ?? '';
}

/** The whole lines a node stands on, with the line break after them. */
function wholeLines(node: AstNode): Range | undefined {
    const range = node.$cstNode?.range;
    return (
        range && { start: { line: range.start.line, character: 0 }, end: { line: range.end.line + 1, character: 0 } }
    );
}

const lineStart = (line: number) => ({ line, character: 0 });

/** `section-title`: write the template's title. */
export function sectionTitleFix(diagnostic: Diagnostic): QuickFix | undefined {
    const data = diagnostic.data as SectionTitleData | undefined;
    if (!data?.title) return undefined;
    return {
        title: `Use the template's title ${quoted(data.title)}`,
        edits: [{ range: diagnostic.range, newText: quoted(data.title) }],
    };
}

/** `commitment-wording`: replace the commitment's wording (and years) with the template's. */
export function commitmentWordingFix(document: LangiumDocument, diagnostic: Diagnostic): QuickFix | undefined {
    const data = diagnostic.data as CommitmentWordingData | undefined;
    const commitment = nodeAt(document, diagnostic.range, isCommitment);
    const range = commitment?.text?.$cstNode?.range;
    if (!data?.text || !range) return undefined;
    return { title: "Use the template's wording", edits: [{ range, newText: data.text }] };
}

/** `missing-template-commitment`: declare it in the section, in the template's order. */
export function insertCommitmentFix(document: LangiumDocument, diagnostic: Diagnostic): QuickFix | undefined {
    const data = diagnostic.data as MissingTemplateCommitmentData | undefined;
    const section = nodeAt(document, diagnostic.range, isSection);
    if (!data?.declaration || !section) return undefined;
    const edit = commitmentInsertion(document, section, data);
    const id = data.declaration.split(' ')[1];
    return edit && { title: `Insert commitment ${id} from the template`, edits: [edit] };
}

function commitmentInsertion(
    document: LangiumDocument,
    section: Section,
    data: MissingTemplateCommitmentData,
): TextEdit | undefined {
    const inner = indentOf(document, section) + INDENT;
    const line = `${inner}${data.declaration}\n`;
    const after = data.after ? section.commitments.find((c) => c.name === data.after) : undefined;
    const end = after?.$cstNode?.range.end.line;
    if (end !== undefined) return { range: { start: lineStart(end + 1), end: lineStart(end + 1) }, newText: line };
    const first = section.commitments[0]?.$cstNode?.range.start.line;
    if (first !== undefined) return { range: { start: lineStart(first), end: lineStart(first) }, newText: line };
    // No commitment yet: after the contact lines (and a blank line), else right after `{`.
    const contacts = [...section.contacts, ...section.roles].map((c) => c.$cstNode?.range.end.line ?? -1);
    const lastContact = Math.max(-1, ...contacts);
    if (lastContact >= 0) {
        return { range: { start: lineStart(lastContact + 1), end: lineStart(lastContact + 1) }, newText: `\n${line}` };
    }
    const brace = GrammarUtils.findNodeForKeyword(section.$cstNode, '{');
    if (!brace) return undefined;
    return { range: { start: brace.range.end, end: brace.range.end }, newText: `\n${line.trimEnd()}` };
}

/** `past-timeframe`: move the measure to measures undertaken, or give it a new timeframe. */
export function pastTimeframeFixes(document: LangiumDocument, diagnostic: Diagnostic): QuickFix[] {
    const data = diagnostic.data as PastTimeframeData | undefined;
    const item = nodeAt(document, diagnostic.range, isItem);
    const block = item?.$container;
    if (!data || !item || !block || block.$type !== 'Block') return [];
    const fixes: QuickFix[] = [];
    const move = moveToUndertaken(document, item, block);
    if (move) fixes.push(move);
    const timeframe = item.timeframe?.$cstNode?.range;
    const text = GrammarUtils.findNodeForProperty(item.$cstNode, 'text')?.range;
    const edit: TextEdit | undefined = timeframe
        ? { range: timeframe, newText: String(data.year) }
        : text && { range: { start: text.end, end: text.end }, newText: ` by ${data.year}` };
    if (edit) fixes.push({ title: `Set a new timeframe: by ${data.year}`, edits: [edit] });
    return fixes;
}

function moveToUndertaken(document: LangiumDocument, item: Item, planned: Block): QuickFix | undefined {
    const lines = wholeLines(item);
    const id = planned.commitment?.$refText;
    const owner = planned.$container;
    // Only in the canonical layout, where the measure has lines of its own.
    const sameLine = item.$cstNode?.range.start.line === planned.$cstNode?.range.start.line;
    if (!lines || !id || !owner || sameLine) return undefined;
    const source = document.textDocument.getText(lines);
    const itemIndent = indentOf(document, item);
    const undertaken = owner.blocks.find((b) => b.kind === 'undertaken' && b.commitment?.$refText === id);
    const edits: TextEdit[] = [{ range: lines, newText: '' }];
    const reindent = (indent: string) =>
        source
            .split('\n')
            .map((l) => (l.startsWith(itemIndent) ? indent + INDENT + l.slice(itemIndent.length) : l))
            .join('\n');
    if (undertaken?.$cstNode) {
        const indent = indentOf(document, undertaken);
        const close = GrammarUtils.findNodeForKeyword(undertaken.$cstNode, '}');
        if (close) {
            edits.push({
                range: { start: lineStart(close.range.start.line), end: lineStart(close.range.start.line) },
                newText: reindent(indent),
            });
        } else {
            const end = undertaken.$cstNode.range.end;
            edits.push({ range: { start: end, end }, newText: ` {\n${reindent(indent)}${indent}}` });
        }
    } else {
        // A new `undertaken` block just before the planned one (the canonical order puts undertaken first).
        const indent = indentOf(document, planned);
        const at = lineStart(planned.$cstNode?.range.start.line ?? 0);
        edits.push({
            range: { start: at, end: at },
            newText: `${indent}undertaken ${id} {\n${reindent(indent)}${indent}}\n`,
        });
    }
    return { title: `Move the measure to measures undertaken (undertaken ${id})`, edits };
}
