import { GrammarUtils } from 'langium';
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind } from 'vscode-languageserver';
import type { DocumentSymbol } from 'vscode-languageserver';
import {
    isCatalog,
    isCommitment,
    isContact,
    isCtapPlan,
    isDocument,
    isProgressReport,
    isTemplate,
} from '../generated/ast.js';
import type {
    Catalog,
    Commitment,
    Contact,
    CtapPlan,
    ProgressReport,
    Section,
    Summary,
    Template,
} from '../generated/ast.js';
import { sectionLabel, shorten, wordingText } from '../facts/index.js';

/**
 * The outline a reader of the template recognises: the plan header, the contacts,
 * the executive summary, sections A, A.1 … by id and title with their commitments
 * (id and short text), assistance; for reports the areas, for catalogs their entries.
 */
export class ActionPlanDocumentSymbolProvider implements DocumentSymbolProvider {
    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (!isDocument(root) || !root.body) return [];
        const body = root.body;
        if (isCtapPlan(body)) return this.plan(body);
        if (isProgressReport(body)) return this.report(body);
        if (isCatalog(body)) return [this.catalog(body)].filter((s) => s !== undefined);
        if (isTemplate(body)) return this.template(body);
        return [];
    }

    private plan(plan: CtapPlan): DocumentSymbol[] {
        const header = plan.header;
        const title = header.title ?? (header.economy ? `Counter-Terrorism Action Plan – ${header.economy}` : 'CTAP');
        const detail = [header.economy, header.calendarYear].filter((v) => v !== undefined).join(' ');
        const members: AstNode[] = [header, ...plan.contacts, ...plan.summaries, ...plan.sections, ...plan.assistances];
        members.sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
        return members.flatMap((node) => {
            if (node === header) return symbol(header, title, SymbolKind.File, detail, keyword(header, 'ctap'));
            if (isContact(node)) return this.contact(node);
            if (node.$type === 'Summary') return this.summary(node as Summary);
            if (node.$type === 'Section') return this.section(node as Section);
            return symbol(
                node,
                'Assistance and expertise',
                SymbolKind.Namespace,
                undefined,
                keyword(node, 'assistance'),
            );
        });
    }

    private summary(summary: Summary): DocumentSymbol[] {
        const children = [
            ['achievements', 'Main achievements', summary.achievements],
            ['forward', 'Forward work program', summary.forwardWork],
            ['capacity', 'Capacity building needs', summary.capacityNeeds],
        ] as const;
        const fields = children.flatMap(([kw, name, list]): DocumentSymbol[] => {
            const start = keyword(summary, kw);
            const end = list?.$cstNode;
            if (!list || !start || !end) return [];
            // The field runs from its keyword to the list's closing brace.
            const range = { start: start.range.start, end: end.range.end };
            const detail = `${list.items.length} items`;
            return [{ name, kind: SymbolKind.Array, detail, range, selectionRange: start.range }];
        });
        return symbol(
            summary,
            'Executive summary',
            SymbolKind.Namespace,
            undefined,
            keyword(summary, 'summary'),
            fields,
        );
    }

    private section(section: Section): DocumentSymbol[] {
        const children = [...section.commitments, ...section.sections]
            .sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0))
            .flatMap((child) => (isCommitment(child) ? this.commitment(child) : this.section(child)));
        const name = GrammarUtils.findNodeForProperty(section.$cstNode, 'name');
        return symbol(section, sectionLabel(section), SymbolKind.Namespace, undefined, name, children);
    }

    private commitment(commitment: Commitment): DocumentSymbol[] {
        const name = GrammarUtils.findNodeForProperty(commitment.$cstNode, 'name');
        const text = shorten(wordingText(commitment.text));
        return symbol(commitment, commitment.name, SymbolKind.Event, text, name);
    }

    private contact(contact: Contact): DocumentSymbol[] {
        const name = GrammarUtils.findNodeForProperty(contact.$cstNode, 'name');
        return symbol(contact, contact.name, SymbolKind.Object, contact.fullName, name);
    }

    private report(report: ProgressReport): DocumentSymbol[] {
        const areas = report.areas.flatMap((area, index) =>
            symbol(
                area,
                `${index + 1}. ${area.title}`,
                SymbolKind.Namespace,
                `${area.items.length} items`,
                keyword(area, 'area'),
            ),
        );
        return symbol(
            report,
            report.title,
            SymbolKind.File,
            report.date ? `${report.date.month} ${report.date.year}` : undefined,
            keyword(report, 'report'),
            areas,
        );
    }

    /** A template file: the template (name, form and year) holding its sections and assistance part. */
    private template(template: Template): DocumentSymbol[] {
        const children = [
            ...template.sections.flatMap((section) => this.section(section)),
            ...template.assistances.flatMap((node) =>
                symbol(node, 'Assistance and expertise', SymbolKind.Namespace, undefined, keyword(node, 'assistance')),
            ),
        ];
        const detail = [template.form, template.year].filter((v) => v !== undefined).join(' ');
        const name = GrammarUtils.findNodeForProperty(template.$cstNode, 'name');
        return symbol(template, `${template.name} ${template.title ?? ''}`, SymbolKind.File, detail, name, children);
    }

    private catalog(catalog: Catalog): DocumentSymbol | undefined {
        const entries = [...catalog.contacts, ...catalog.commitments]
            .sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0))
            .flatMap((entry) => (isContact(entry) ? this.contact(entry) : this.commitment(entry)));
        return symbol(catalog, catalog.title, SymbolKind.Package, undefined, keyword(catalog, 'catalog'), entries)[0];
    }
}

function keyword(node: AstNode, value: string): CstNode | undefined {
    return GrammarUtils.findNodeForKeyword(node.$cstNode, value);
}

function symbol(
    node: AstNode,
    name: string | undefined,
    kind: SymbolKind,
    detail: string | undefined,
    nameNode: CstNode | undefined,
    children?: DocumentSymbol[],
): DocumentSymbol[] {
    const range = node.$cstNode?.range;
    if (!range) return [];
    // An empty name is invalid in LSP; fall back to the element's kind.
    const shown = !name || name.trim() === '' ? node.$type : name;
    return [{ name: shown, kind, detail, range, selectionRange: nameNode?.range ?? range, children }];
}
