import { element } from './dom.js';
import type { WorkspaceStore } from './workspace-store.js';

/** The Files list: every file of the browser's workspace, the shown one marked, unsaved ones flagged. */
export class FilesView {
    constructor(
        private readonly container: HTMLElement,
        private readonly store: WorkspaceStore,
        private readonly actions: { show(name: string): void; current(): string | undefined },
    ) {}

    render(): void {
        const current = this.actions.current();
        const items = this.store.names.map((name) => {
            const dirty = this.store.isDirty(name);
            const button = element(
                'button',
                { type: 'button', class: 'file' },
                element('span', { class: 'file-name' }, name),
                ...(dirty ? [element('span', { class: 'file-dirty', title: 'unsaved changes' }, ' • unsaved')] : []),
            );
            if (name === current) button.setAttribute('aria-current', 'true');
            if (name.endsWith('.actionplan')) button.addEventListener('click', () => this.actions.show(name));
            else button.disabled = true;
            return element('li', {}, button);
        });
        this.container.replaceChildren(
            items.length > 0 ? element('ul', {}, ...items) : element('p', { class: 'empty' }, 'No files yet.'),
        );
    }
}
