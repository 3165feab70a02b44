import { AstUtils, GrammarAST, GrammarUtils, OperationCancelled, delayNextTick } from 'langium';
import { CstUtils } from 'langium';
import type { AstNode, AstNodeDescription, LangiumDocument, MaybePromise, ReferenceInfo } from 'langium';
import { DefaultCompletionProvider } from 'langium/lsp';
import type {
    CompletionAcceptor,
    CompletionContext,
    CompletionProviderOptions,
    CompletionValueItem,
    NextFeature,
} from 'langium/lsp';
import { CompletionItemKind, CompletionTriggerKind, InsertTextFormat } from 'vscode-languageserver';
import type { CancellationToken, CompletionList, CompletionParams } from 'vscode-languageserver';
import { isBlock, isCommitment, isContact, isCtapPlan, isDocument, isProgressReport } from '../generated/ast.js';
import type { Section } from '../generated/ast.js';
import type { ActionPlanServices } from '../action-plan-module.js';
import { planParts } from '../link/action-plan-walk.js';
import { contactDisplayName, shorten, wordingText, wordingYears } from '../facts/index.js';
import { contactCard } from './action-plan-lsp-utils.js';
import {
    KEYWORD_PHRASES,
    existingSectionIds,
    templateCommitmentItems,
    templateSectionItems,
} from './action-plan-template-completion.js';

/** A space opens the list after these words only: what follows is an id or a name to pick. */
const SPACE_TRIGGERS = new Set([
    'commitment',
    'undertaken',
    'planned',
    'participated',
    'needs',
    'offers',
    'contact',
    'section',
    'template',
]);

/**
 * Langium's keyword and reference completion, plus: commitment and contact items
 * that show the commitment's text or the person's name; the next section id; the
 * plan's calendar year and the years before it inside a year group; snippets for a
 * whole subsection and for a contact.
 */
export class ActionPlanCompletionProvider extends DefaultCompletionProvider {
    /** The list opens by itself after a space (where an id follows, see SPACE_TRIGGERS) and after `(` (years). */
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: [' ', '('] };

    constructor(private readonly services: ActionPlanServices) {
        super(services);
    }

    /**
     * Editors cancel a completion as soon as the user types on; a list for text that
     * has changed is wasted work. One turn of the event loop lets a `$/cancelRequest`
     * sent right after the request arrive, and the request then ends as cancelled.
     */
    override async getCompletion(
        document: LangiumDocument,
        params: CompletionParams,
        cancelToken?: CancellationToken,
    ): Promise<CompletionList | undefined> {
        await delayNextTick();
        if (cancelToken?.isCancellationRequested) throw OperationCancelled;
        if (
            params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter &&
            !this.triggers(document, params)
        ) {
            return { items: [], isIncomplete: false };
        }
        return super.getCompletion(document, params, cancelToken);
    }

    /**
     * A trigger character opens the list only where it helps: a space right after a word
     * of SPACE_TRIGGERS, a `(` outside strings and comments (a year group). Typing prose
     * in a string never opens it.
     */
    private triggers(document: LangiumDocument, params: CompletionParams): boolean {
        const text = document.textDocument.getText();
        const offset = document.textDocument.offsetAt(params.position);
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, Math.max(0, offset - 1));
        const inside = leaf && leaf.offset < offset - 1 && offset <= leaf.end;
        if (inside && (leaf.hidden || leaf.text.startsWith('"'))) return false;
        if (params.context?.triggerCharacter === ' ') {
            const word = /([\w-]+)\s$/.exec(text.slice(Math.max(0, offset - 40), offset))?.[1];
            return word !== undefined && SPACE_TRIGGERS.has(word);
        }
        return true;
    }

    protected override createReferenceCompletionItem(
        description: AstNodeDescription,
        refInfo: ReferenceInfo,
        context: CompletionContext,
    ): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node;
        if (isCommitment(node)) {
            const text = wordingText(node.text);
            const years = wordingYears(node.text);
            // After `undertaken ` etc., the commitments of the section the block is in come first.
            const section = isBlock(refInfo.container)
                ? enclosingSection(context.document.parseResult.value, context.offset)
                : undefined;
            const own = section && listedIn(section).has(node);
            return {
                ...item,
                sortText: section ? `${own ? '0' : '1'}${item.label ?? ''}` : item.sortText,
                kind: CompletionItemKind.Event,
                detail: shorten(text, 80),
                documentation: {
                    kind: 'markdown',
                    value: `${text}${years.length ? `\n\n*Years:* ${years.join(', ')}` : ''}`,
                },
            };
        }
        if (isContact(node)) {
            return {
                ...item,
                kind: CompletionItemKind.Reference,
                detail: contactDisplayName(node),
                documentation: { kind: 'markdown', value: contactCard(node) },
            };
        }
        return item;
    }

    protected override completionFor(
        context: CompletionContext,
        next: NextFeature,
        acceptor: CompletionAcceptor,
    ): MaybePromise<void> {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name;
        // Completion descends into the SectionId datatype rule: its leading ID is where the id starts.
        const sectionIdStart =
            rule === 'SectionId' && GrammarAST.isRuleCall(next.feature) && next.feature.rule.ref?.name === 'ID';
        if (sectionIdStart || (rule === 'Section' && assignment?.feature === 'name')) {
            const parent = enclosingSection(context.document.parseResult.value, context.offset);
            const missing = templateSectionItems(this.services.templates.Templates, context.document, parent);
            for (const item of missing ?? []) acceptor(context, item);
            // Without a template to follow: the id after the last sibling, if no section has it yet.
            const id = nextSectionId(context.document, context.offset);
            if (missing === undefined && !existingSectionIds(context.document).has(id)) {
                acceptor(context, {
                    label: id,
                    kind: CompletionItemKind.Value,
                    detail: 'next section id',
                    sortText: '0',
                });
            }
            return;
        }
        if (rule === 'Commitment' && assignment?.feature === 'name') {
            const section = enclosingSection(context.document.parseResult.value, context.offset);
            const items = templateCommitmentItems(this.services.templates.Templates, context.document, section);
            for (const item of items) acceptor(context, item);
            return;
        }
        if (rule === 'YearGroup' && assignment?.feature === 'years') {
            const year = planYear(context.document);
            for (let i = 0; i < 5; i++) {
                const label = String(year - i);
                const detail = i === 0 ? 'calendar year of the plan' : undefined;
                acceptor(context, { label, kind: CompletionItemKind.Constant, detail, sortText: `0${i}` });
            }
            return;
        }
        if (GrammarAST.isKeyword(next.feature) && rule === 'Section' && next.feature.value === 'section') {
            this.snippet(context, acceptor, 'section … (subsection skeleton)', subsectionSnippet(context));
        }
        if (GrammarAST.isKeyword(next.feature) && rule === 'Contact' && next.feature.value === 'contact') {
            this.snippet(context, acceptor, 'contact … (contact card)', CONTACT_SNIPPET);
        }
        return super.completionFor(context, next, acceptor);
    }

    /** `calendar year`, `last updated` …: a keyword that starts a phrase completes as the whole phrase. */
    protected override completionForKeyword(
        context: CompletionContext,
        keyword: GrammarAST.Keyword,
        acceptor: CompletionAcceptor,
    ): MaybePromise<void> {
        const phrase = KEYWORD_PHRASES[keyword.value];
        if (!phrase) return super.completionForKeyword(context, keyword, acceptor);
        acceptor(context, { label: phrase, kind: CompletionItemKind.Keyword, detail: 'Keyword', sortText: '1' });
    }

    private snippet(context: CompletionContext, acceptor: CompletionAcceptor, label: string, text: string): void {
        acceptor(context, {
            label,
            kind: CompletionItemKind.Snippet,
            insertText: text,
            insertTextFormat: InsertTextFormat.Snippet,
            filterText: label.split(' ')[0],
            sortText: '2',
        });
    }
}

const CONTACT_SNIPPET = [
    'contact ${1:id} {',
    '    name "${2:Given FAMILY}"',
    '    title "${3:Title, Division, Ministry}"',
    '    phone "${4:+00-0-0000-0000}"',
    '    fax "${5:+00-0-0000-0000}"',
    '    email "${6:name@example.org}"',
    '}',
].join('\n');

function subsectionSnippet(context: CompletionContext): string {
    const id = nextSectionId(context.document, context.offset).replace(/[$}\\]/g, '\\$&');
    return [
        `section \${1:${id}} "\${2:Title}" {`,
        '    contact ${3:contact}',
        '',
        '    commitment ${4:id} "${5:Commitment text}" (${6:year}) "."',
        '',
        '    undertaken ${4:id} {',
        '        - "${7:Measure undertaken}"',
        '    }',
        '    planned ${4:id} {',
        '        - "${8:Measure planned}" by ${9:year}',
        '    }',
        '    participated ${4:id}',
        '    needs ${4:id}',
        '    offers ${4:id}',
        '}',
    ].join('\n');
}

/** The id after the last sibling section at `offset`: `A.3` after `A.2`, `C` after `B`, `B.1` first in `B`. */
export function nextSectionId(document: LangiumDocument, offset: number): string {
    const root = document.parseResult.value;
    const parent = enclosingSection(root, offset);
    const siblings = parent ? parent.sections : isDocument(root) && isCtapPlan(root.body) ? root.body.sections : [];
    const before = siblings.filter((s) => (s.$cstNode?.end ?? 0) <= offset && s.name);
    const last = (before.length > 0 ? before : siblings.filter((s) => s.name)).at(-1);
    if (!last) return parent ? `${parent.name}.1` : 'A';
    const parts = last.name.split('.');
    const tail = parts.at(-1)!;
    parts[parts.length - 1] = /^\d+$/.test(tail) ? String(Number(tail) + 1) : nextLetters(tail);
    return parts.join('.');
}

function nextLetters(id: string): string {
    const last = id.at(-1);
    if (last === undefined) return 'A'; // a half-typed id such as `A.`
    if (last === 'z' || last === 'Z') return `${id}${last === 'z' ? 'a' : 'A'}`;
    return id.slice(0, -1) + String.fromCharCode(last.charCodeAt(0) + 1);
}

/** The commitments a section lists: declared in it, or reported on by its blocks. */
function listedIn(section: Section): Set<AstNode> {
    const listed = new Set<AstNode>(section.commitments);
    for (const block of section.blocks) if (block.commitment?.ref) listed.add(block.commitment.ref);
    return listed;
}

/** The innermost section whose braces hold the offset. */
function enclosingSection(root: AstNode, offset: number): Section | undefined {
    let found: Section | undefined;
    for (const node of planParts(root).sections) {
        const open = GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
        const close = GrammarUtils.findNodesForKeyword(node.$cstNode, '}').at(-1);
        const end = close ? close.offset : (node.$cstNode?.end ?? 0);
        if (open && open.end <= offset && offset <= end) found = node;
    }
    return found;
}

/** The plan's calendar year (or the report's year, or this year). */
function planYear(document: LangiumDocument): number {
    const root = document.parseResult.value;
    if (isDocument(root) && isCtapPlan(root.body) && root.body.header.calendarYear)
        return root.body.header.calendarYear;
    if (isDocument(root) && isProgressReport(root.body) && root.body.date) return root.body.date.year;
    return new Date().getFullYear();
}
