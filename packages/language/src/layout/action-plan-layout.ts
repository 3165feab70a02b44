import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import type { AstNode, CstNode } from 'langium';
import {
    isBlock,
    isCatalog,
    isCommitment,
    isContactRole,
    isCtapPlan,
    isProgressReport,
    isRoleRequirement,
    isSection,
    isTemplate,
    isYearGroup,
} from '../generated/ast.js';
import type {
    Area,
    Assistance,
    Block,
    Catalog,
    Contact,
    CtapHeader,
    CtapPlan,
    Document,
    Item,
    ItemList,
    ProgressReport,
    Section,
    Summary,
    Template,
} from '../generated/ast.js';

/** What goes before a token: nothing, one space, a line break, or a line break after a blank line. */
export type Break = 'none' | 'space' | 'line' | 'blank';

export interface Slot {
    brk: Break;
    /** Indentation level (4 spaces each) when `brk` starts a line. */
    level: number;
}

/** The canonical layout of a document, as the break before each token that needs more than one space. */
export interface Layout {
    /** Keyed by the token's offset; tokens without a slot get one space. */
    slots: Map<number, Slot>;
    /** Offsets of `{` `}` tokens of empty blocks, which the canonical layout drops. */
    removed: Set<number>;
}

const HEADER_FIELDS = [
    'template',
    'forum',
    'document',
    'agenda',
    'title',
    'purpose',
    'submitted',
    'economy',
    'calendar',
    'last',
    'objective',
];
const CONTACT_FIELDS = ['name', 'title', 'phone', 'fax', 'email'];
const SUMMARY_FIELDS = ['achievements', 'forward', 'capacity'];

/**
 * Computes the canonical layout (docs/editor.md, "Formatting") from the AST:
 * which token starts a line, at which level, and where a blank line separates groups.
 */
export function computeLayout(root: Document, text: string): Layout {
    const builder = new LayoutBuilder(text);
    builder.document(root);
    return { slots: builder.slots, removed: builder.removed };
}

class LayoutBuilder {
    readonly slots = new Map<number, Slot>();
    readonly removed = new Set<number>();

    constructor(private readonly text: string) {}

    document(root: Document): void {
        for (const imp of root.imports) this.line(imp, 0);
        const body = root.body;
        if (!body) return;
        this.set(firstLeaf(body), root.imports.length > 0 ? 'blank' : 'line', 0);
        if (isCtapPlan(body)) this.ctapPlan(body);
        else if (isProgressReport(body)) this.report(body);
        else if (isCatalog(body)) this.catalog(body);
        else if (isTemplate(body)) this.template(body);
        for (const node of AstUtils.streamAllContents(root)) {
            if (isYearGroup(node)) this.yearGroup(node);
        }
    }

    private ctapPlan(plan: CtapPlan): void {
        this.header(plan.header);
        for (const contact of plan.contacts) this.contact(contact, 0, 'blank');
        for (const summary of plan.summaries) this.summary(summary);
        for (const section of plan.sections) this.section(section, 0, 'blank');
        for (const assistance of plan.assistances) this.assistance(assistance);
    }

    private header(header: CtapHeader): void {
        for (const field of HEADER_FIELDS) this.keywords(header, field, 'line', 1);
        if (header.meeting) this.line(header.meeting, 1);
        this.close(header, 0);
    }

    private contact(contact: Contact, level: number, brk: Break): void {
        this.set(firstLeaf(contact), brk, level);
        for (const field of CONTACT_FIELDS) this.keywords(contact, field, 'line', level + 1);
        this.close(contact, level);
    }

    private summary(summary: Summary): void {
        this.set(firstLeaf(summary), 'blank', 0);
        for (const field of SUMMARY_FIELDS) this.keywords(summary, field, 'line', 1);
        const lists = [summary.achievements, summary.forwardWork, summary.capacityNeeds];
        for (const list of lists) if (list) this.items(list, 1, false);
        this.close(summary, 0);
    }

    /** Inside a section, a blank line separates groups (contacts, commitments, blocks) and precedes each nested section. */
    private section(section: Section, level: number, brk: Break): void {
        this.set(firstLeaf(section), brk, level);
        const name = GrammarUtils.findNodeForProperty(section.$cstNode, 'name');
        const nameLeaves = name ? leaves(name) : [];
        for (const leaf of nameLeaves.slice(1)) this.set(leaf, 'none', 0);
        const members = [
            ...section.contacts,
            ...section.roles,
            ...section.commitments,
            ...section.blocks,
            ...section.sections,
        ];
        members.sort((a, b) => offsetOf(a) - offsetOf(b));
        let previous: AstNode | undefined;
        for (const member of members) {
            const sameGroup = previous !== undefined && !isSection(member) && groupOf(previous) === groupOf(member);
            const memberBrk: Break = previous === undefined || sameGroup ? 'line' : 'blank';
            if (isSection(member)) this.section(member, level + 1, memberBrk);
            else this.set(firstLeaf(member), memberBrk, level + 1);
            if (isBlock(member)) this.items(member, level + 1, true);
            previous = member;
        }
        this.close(section, level);
    }

    private assistance(assistance: Assistance): void {
        this.set(firstLeaf(assistance), 'blank', 0);
        const lines = [...assistance.contacts, ...assistance.roles].sort((a, b) => offsetOf(a) - offsetOf(b));
        for (const line of lines) this.line(line, 1);
        for (const item of assistance.items) this.item(item, 1);
        this.close(assistance, 0);
    }

    private report(report: ProgressReport): void {
        this.keywords(report, 'template', 'line', 1);
        this.keywords(report, 'date', 'line', 1);
        this.keywords(report, 'intro', 'line', 1);
        this.close(report, 0);
        for (const area of report.areas) this.area(area);
        this.keywords(report, 'footer', 'blank', 0);
    }

    private area(area: Area): void {
        this.set(firstLeaf(area), 'blank', 0);
        this.items(area, 0, true);
    }

    /** A template: one line per header statement, then its sections and assistance part like a CTAP's. */
    private template(template: Template): void {
        this.keywords(template, 'form', 'line', 1);
        this.keywords(template, 'year', 'line', 1);
        for (const line of [...template.fields, ...template.questions]) this.line(line, 1);
        this.close(template, 0);
        for (const section of template.sections) this.section(section, 0, 'blank');
        for (const assistance of template.assistances) this.assistance(assistance);
    }

    /** A catalog lists each contact as a top-level element; its commitments form one group. */
    private catalog(catalog: Catalog): void {
        const members = [...catalog.contacts, ...catalog.commitments].sort((a, b) => offsetOf(a) - offsetOf(b));
        let previous: AstNode | undefined;
        for (const member of members) {
            const brk = previous && isCommitment(previous) && isCommitment(member) ? 'line' : 'blank';
            if (isCommitment(member)) this.set(firstLeaf(member), brk, 0);
            else this.contact(member, 0, brk);
            previous = member;
        }
    }

    /** `{ items }` owned by `owner` at `level`; empty braces are dropped where the grammar allows it. */
    private items(owner: Block | Item | Area | ItemList, level: number, optionalBraces: boolean): void {
        const open = GrammarUtils.findNodeForKeyword(owner.$cstNode, '{');
        const close = GrammarUtils.findNodeForKeyword(owner.$cstNode, '}');
        if (!open || !close) return;
        for (const item of owner.items) this.item(item, level + 1);
        const empty = this.text.slice(open.end, close.offset).trim() === '';
        if (optionalBraces && owner.items.length === 0 && empty) {
            this.removed.add(open.offset);
            this.removed.add(close.offset);
        } else {
            this.set(close, 'line', level);
        }
    }

    private item(item: Item, level: number): void {
        this.line(item, level);
        this.items(item, level, true);
    }

    private yearGroup(node: AstNode): void {
        const tokens = node.$cstNode ? leaves(node.$cstNode) : [];
        tokens.forEach((leaf, index) => {
            if (index === 0) return;
            if (leaf.text === ',' || leaf.text === ')' || tokens[index - 1]!.text === '(') this.set(leaf, 'none', 0);
        });
    }

    private close(node: AstNode, level: number): void {
        const brace = GrammarUtils.findNodesForKeyword(node.$cstNode, '}').at(-1);
        this.set(brace, 'line', level);
    }

    private keywords(node: AstNode, keyword: string, brk: Break, level: number): void {
        for (const leaf of GrammarUtils.findNodesForKeyword(node.$cstNode, keyword)) this.set(leaf, brk, level);
    }

    private line(node: AstNode, level: number): void {
        this.set(firstLeaf(node), 'line', level);
    }

    private set(leaf: CstNode | undefined, brk: Break, level: number): void {
        if (leaf) this.slots.set(leaf.offset, { brk, level });
    }
}

function groupOf(node: AstNode): string {
    if (isContactRole(node) || isRoleRequirement(node)) return 'contact';
    if (isCommitment(node)) return 'commitment';
    return node.$type;
}

function offsetOf(node: AstNode): number {
    return node.$cstNode?.offset ?? 0;
}

/** The token leaves (comments excluded) of a CST node, in order. */
function leaves(node: CstNode): CstNode[] {
    return CstUtils.flattenCst(node)
        .filter((leaf) => !leaf.hidden)
        .toArray();
}

function firstLeaf(node: AstNode): CstNode | undefined {
    return node.$cstNode ? leaves(node.$cstNode)[0] : undefined;
}
