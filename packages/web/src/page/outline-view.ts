import type * as lsp from 'vscode-languageserver-protocol';
import { element } from './dom.js';

/** The Outline region: the server's document symbols as a nested list of buttons that move the cursor. */
export class OutlineView {
    constructor(
        private readonly container: HTMLElement,
        private readonly reveal: (range: lsp.Range) => void,
    ) {}

    render(symbols: readonly (lsp.DocumentSymbol | lsp.SymbolInformation)[] | null): void {
        const tree = (symbols ?? []).filter((s): s is lsp.DocumentSymbol => 'selectionRange' in s);
        this.container.replaceChildren(
            tree.length > 0
                ? this.list(tree)
                : element('p', { class: 'empty' }, 'No outline: the plan has no sections yet.'),
        );
    }

    private list(symbols: lsp.DocumentSymbol[]): HTMLElement {
        return element(
            'ul',
            {},
            ...symbols.map((symbol) => {
                const button = element(
                    'button',
                    { type: 'button' },
                    element('span', { class: 'outline-name' }, symbol.name),
                    ...(symbol.detail ? [element('span', { class: 'outline-detail' }, symbol.detail)] : []),
                );
                button.addEventListener('click', () => this.reveal(symbol.selectionRange));
                const children = symbol.children?.length ? [this.list(symbol.children)] : [];
                return element('li', {}, button, ...children);
            }),
        );
    }
}
