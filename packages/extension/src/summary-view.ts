import * as vscode from 'vscode';
import type { PlanSummary, ProblemCounts, SectionSummary } from './protocol.js';
import type { ActivePlanSummary } from './plan-summary.js';

export const SUMMARY_VIEW_ID = 'actionplan.summary';

/** `path` (indexes from the root, e.g. `0/2`) gives each row a stable, unique id across redraws. */
type Node = { kind: 'plan'; summary: PlanSummary } | { kind: 'section'; section: SectionSummary; path: string };

/** "Show Plan Summary": a tree in the Explorer, one row per section with its counts; a click opens the section. */
export class PlanSummaryView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
    private readonly changed = new vscode.EventEmitter<Node | undefined>();
    readonly onDidChangeTreeData = this.changed.event;
    private readonly disposables: vscode.Disposable[] = [];
    private readonly view: vscode.TreeView<Node>;

    constructor(private readonly summaries: ActivePlanSummary) {
        this.view = vscode.window.createTreeView(SUMMARY_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
        this.disposables.push(
            this.view,
            summaries.onDidChange(() => this.changed.fire(undefined)),
        );
    }

    async show(): Promise<void> {
        await vscode.commands.executeCommand('setContext', 'actionplan.summaryShown', true);
        await vscode.commands.executeCommand(`${SUMMARY_VIEW_ID}.focus`);
        await this.summaries.refresh();
    }

    getChildren(node?: Node): Node[] {
        const current = this.summaries.current?.summary;
        if (!current) return [];
        if (!node) return [{ kind: 'plan', summary: current }, ...sectionNodes(current.sections, '')];
        return node.kind === 'section' ? sectionNodes(node.section.sections, node.path) : [];
    }

    getTreeItem(node: Node): vscode.TreeItem {
        if (node.kind === 'plan') {
            const { summary } = node;
            const item = new vscode.TreeItem(planLabel(summary), vscode.TreeItemCollapsibleState.None);
            item.description = `${counts(summary)}${problems(summary)}`;
            item.iconPath = new vscode.ThemeIcon('book');
            item.id = 'plan';
            return item;
        }
        const { section } = node;
        const item = new vscode.TreeItem(
            `${section.id} ${section.title}`,
            section.sections.length > 0
                ? vscode.TreeItemCollapsibleState.Expanded
                : vscode.TreeItemCollapsibleState.None,
        );
        item.id = `section:${node.path}`;
        item.description = `${counts(section)}${problems(section)}`;
        item.tooltip = `${section.id} ${section.title}\n${counts(section)}${problems(section)}`;
        item.iconPath = new vscode.ThemeIcon(
            section.errors > 0 ? 'error' : section.warnings > 0 ? 'warning' : 'symbol-namespace',
        );
        const uri = this.summaries.current?.uri;
        if (uri) {
            const at = new vscode.Position(section.line, 0);
            item.command = {
                command: 'vscode.open',
                title: 'Go to Section',
                arguments: [uri, { selection: new vscode.Range(at, at) }],
            };
        }
        return item;
    }

    dispose(): void {
        this.disposables.forEach((d) => d.dispose());
        this.changed.dispose();
    }
}

function sectionNodes(sections: SectionSummary[], parent: string): Node[] {
    return sections.map((section, index) => ({ kind: 'section', section, path: `${parent}${index}/` }));
}

function planLabel(summary: PlanSummary): string {
    if (summary.form === 'ctap') return `CTAP ${summary.economy ?? ''} ${summary.year ?? ''}`.trim();
    if (summary.form === 'progress-report') return `Report: ${summary.title ?? ''}`;
    if (summary.form === 'catalog') return `Catalog: ${summary.title ?? ''}`;
    return 'No plan';
}

function counts(node: { commitments: number; measures: number }): string {
    return `${plural(node.commitments, 'commitment')}, ${plural(node.measures, 'measure')}`;
}

function problems(node: ProblemCounts): string {
    const parts = [
        node.errors ? plural(node.errors, 'error') : '',
        node.warnings ? plural(node.warnings, 'warning') : '',
        node.infos ? plural(node.infos, 'info') : '',
    ].filter(Boolean);
    return parts.length ? ` · ${parts.join(', ')}` : '';
}

function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
