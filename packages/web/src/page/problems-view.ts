import type * as lsp from 'vscode-languageserver-protocol';
import { workspaceName } from '../shared/web-protocol.js';
import { element } from './dom.js';
import { messageOf, severityOf } from './server-diagnostics.js';
import type { Problem, ProblemsModel } from './server-diagnostics.js';

export interface ProblemsActions {
    /** Puts the cursor on the diagnostic's range in its file. */
    reveal(uri: string, range: lsp.Range): void;
    fix(uri: string, diagnostic: lsp.Diagnostic, title: string): void;
    currentUri(): string | undefined;
}

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' } as const;

/**
 * The Problems region: every diagnostic of every file (the current file first),
 * as buttons that move the cursor to it, with a button for each quick fix.
 */
export class ProblemsView {
    constructor(
        private readonly container: HTMLElement,
        private readonly summary: HTMLElement,
        private readonly model: ProblemsModel,
        private readonly actions: ProblemsActions,
    ) {
        model.onChange(() => this.render());
        this.render();
    }

    render(): void {
        const current = this.actions.currentUri();
        const uris = this.model.uris.sort((a, b) => (a === current ? -1 : b === current ? 1 : a.localeCompare(b)));
        const counts = { error: 0, warning: 0, info: 0, hint: 0 };
        const lists: HTMLElement[] = [];
        for (const uri of uris) {
            const problems = [...this.model.get(uri)].sort(
                (a, b) =>
                    a.diagnostic.range.start.line - b.diagnostic.range.start.line ||
                    a.diagnostic.range.start.character - b.diagnostic.range.start.character,
            );
            for (const problem of problems) counts[severityOf(problem.diagnostic)]++;
            const items = problems.map((problem) => this.item(uri, problem));
            lists.push(
                element(
                    'li',
                    {},
                    element('h3', { class: 'problems-file' }, workspaceName(uri)),
                    element('ul', { class: 'problems-list' }, ...items),
                ),
            );
        }
        const total = counts.error + counts.warning + counts.info + counts.hint;
        this.summary.textContent =
            total === 0
                ? 'No problems'
                : `${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos` +
                  (counts.hint > 0 ? `, ${counts.hint} hints` : '');
        this.container.replaceChildren(
            ...(lists.length > 0 ? [element('ul', { class: 'problems-files' }, ...lists)] : []),
        );
    }

    private item(uri: string, problem: Problem): HTMLElement {
        const { diagnostic } = problem;
        const severity = severityOf(diagnostic);
        const where = `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
        const code = typeof diagnostic.code === 'string' ? diagnostic.code : '';
        const go = element(
            'button',
            { type: 'button', class: `problem problem-${severity}` },
            element('span', { class: 'problem-severity' }, SEVERITY_LABEL[severity]),
            element('span', { class: 'problem-where' }, where),
            element('span', { class: 'problem-message' }, messageOf(diagnostic)),
            element('span', { class: 'problem-code' }, code),
        );
        go.addEventListener('click', () => this.actions.reveal(uri, diagnostic.range));
        const fixes = problem.fixes.map((title) => {
            // The name says which line: two problems can offer the same fix.
            const label = `Fix: ${title} (line ${diagnostic.range.start.line + 1})`;
            const button = element(
                'button',
                { type: 'button', class: 'problem-fix', 'aria-label': label },
                `Fix: ${title}`,
            );
            button.addEventListener('click', () => this.actions.fix(uri, diagnostic, title));
            return button;
        });
        return element('li', {}, go, ...fixes);
    }
}
