import type { LSPClient } from '@codemirror/lsp-client';
import { byId, element } from './dom.js';
import { listTemplates, newPlan } from './template-commands.js';
import type { TemplateChoice } from './template-commands.js';
import { messageOf } from './wording.js';
import type { WorkspaceStore } from './workspace-store.js';

/** A file name from an economy and a year: `viet-nam-2014.actionplan`. */
export function planFileName(economy: string, year: number): string {
    const slug = economy
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return `${slug || 'plan'}-${year}.actionplan`;
}

/** How a template reads in the list: its title, the year of its form, where it comes from. */
function templateLabel(t: TemplateChoice): string {
    const year = t.year && !t.title.includes(String(t.year)) ? ` ${t.year}` : '';
    return `${t.title}${year} (${t.shipped ? t.name : `${t.name}, from this workspace`})`;
}

export interface NewPlanContext {
    client: LSPClient;
    store: WorkspaceStore;
    /** Shows a stored plan in the editor (the one shown before is kept, as when switching files). */
    show(name: string): void;
    say(message: string): void;
}

/**
 * "New from template…": a modal dialog (template, economy, year) whose plan the server
 * writes (`actionplan.server.newPlan`, as `actionplan new` does). The new plan opens
 * under a name no other file has, unsaved until "Download plan"; nothing is replaced.
 */
export class NewPlanDialog {
    private readonly dialog = byId<HTMLDialogElement>('new-plan-dialog');
    private readonly form = byId<HTMLFormElement>('new-plan-form');
    private readonly template = byId<HTMLSelectElement>('new-plan-template');
    private readonly economy = byId<HTMLInputElement>('new-plan-economy');
    private readonly year = byId<HTMLInputElement>('new-plan-year');
    private readonly error = byId('new-plan-error');
    private readonly create = byId<HTMLButtonElement>('new-plan-create');
    private templates: Promise<TemplateChoice[]> | undefined;

    constructor(private readonly context: NewPlanContext) {
        byId('new-plan-button').addEventListener('click', () => this.open());
        byId('new-plan-cancel').addEventListener('click', () => this.dialog.close());
        this.form.addEventListener('submit', (event) => {
            event.preventDefault();
            void this.submit();
        });
    }

    open(): void {
        this.error.textContent = '';
        if (!this.year.value) this.year.value = String(new Date().getFullYear());
        this.dialog.showModal();
        this.template.focus();
        // Asked each time: a template file opened since is offered too.
        this.templates = this.loadTemplates();
    }

    private async loadTemplates(): Promise<TemplateChoice[]> {
        const { client } = this.context;
        try {
            await client.initializing;
            const templates = await listTemplates(client);
            const chosen = this.template.value;
            this.template.replaceChildren(
                ...templates.map((t) => element('option', { value: t.id }, templateLabel(t))),
            );
            if (templates.some((t) => t.id === chosen)) this.template.value = chosen;
            if (templates.length === 0) this.error.textContent = 'The editor offers no templates.';
            return templates;
        } catch (error) {
            this.error.textContent = `The templates could not be listed: ${messageOf(error)}`;
            return [];
        }
    }

    private async submit(): Promise<void> {
        if (this.create.disabled) return;
        this.create.disabled = true;
        try {
            await this.createPlan();
        } catch (error) {
            this.fail(`The plan could not be made: ${messageOf(error)}`, this.template);
        } finally {
            this.create.disabled = false;
        }
    }

    private async createPlan(): Promise<void> {
        const templates = await (this.templates ?? this.loadTemplates());
        const template = templates.find((t) => t.id === this.template.value);
        if (!template) return this.fail('Choose a template.', this.template);
        const economy = this.economy.value.trim();
        if (!economy) return this.fail('Name the economy the plan is for.', this.economy);
        const year = Number(this.year.value);
        if (!/^\d{4}$/.test(this.year.value.trim()) || year < 1989 || year > 2100) {
            return this.fail('Give the calendar year as four digits, 1989 to 2100.', this.year);
        }
        const { store, client } = this.context;
        const answer = await newPlan(client, { template: template.id, economy, year });
        if ('error' in answer) return this.fail(answer.error, this.template);
        const name = store.freeName(planFileName(economy, year));
        // A new plan is not saved anywhere yet: unsaved until "Download plan".
        store.open(name, answer.text, '');
        this.dialog.close();
        this.context.show(name);
        this.context.say(`New plan ${name} for ${economy}, ${year}: Problems lists what remains to fill in.`);
    }

    private fail(message: string, field: HTMLElement): void {
        this.error.textContent = message;
        field.focus();
    }
}
