import { AstUtils, UriUtils } from 'langium';
import type { AstNode, LangiumCoreServices, LangiumDocuments, LangiumParser, URI } from 'langium';
import { isDocument, isTemplate } from '../generated/ast.js';
import type { CtapPlan, ProgressReport, Template, TemplateRef } from '../generated/ast.js';
import { SHIPPED_TEMPLATE_FILES } from './generated/shipped-templates.js';
import { templateModel } from './action-plan-template-model.js';
import type { TemplateModel } from './action-plan-template-model.js';

/** The template a plan follows, or why it has none. */
export interface ResolvedTemplate {
    template?: TemplateModel;
    /** Set when the plan names a template that cannot be used; `template` is then unset. */
    problem?: string;
    /** The plan's `template …` reference, when it names one. */
    ref?: TemplateRef;
}

/**
 * The one owner of templates: the shipped ones (bundled as strings, parsed on first
 * use: no file system, so this runs in a web worker too) and users' template files
 * (any loaded document whose body is a `template`). It answers which template a plan
 * follows: the one its header names, else the newest shipped template of its form.
 */
export class ActionPlanTemplates {
    protected readonly parser: LangiumParser;
    protected readonly documents: LangiumDocuments;
    private shippedModels?: TemplateModel[];
    private readonly models = new WeakMap<Template, TemplateModel>();

    constructor(services: LangiumCoreServices) {
        this.parser = services.parser.LangiumParser;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    /** The shipped templates, in file-name order. */
    shipped(): TemplateModel[] {
        if (!this.shippedModels) {
            this.shippedModels = [];
            for (const [file, text] of Object.entries(SHIPPED_TEMPLATE_FILES)) {
                const result = this.parser.parse(text);
                const root = result.value;
                if (result.lexerErrors.length > 0 || result.parserErrors.length > 0 || !isDocument(root)) {
                    throw new Error(`The shipped template ${file} does not parse`);
                }
                if (isTemplate(root.body)) this.shippedModels.push(templateModel(root.body, root.body.name));
            }
        }
        return this.shippedModels;
    }

    /** A shipped template by name (`ctap-2013`). */
    shippedTemplate(name: string): TemplateModel | undefined {
        return this.shipped().find((template) => template.name === name);
    }

    /** The shipped template of a form with the highest `year`: what a plan naming none follows. */
    newestShipped(form: 'ctap' | 'report'): TemplateModel | undefined {
        let newest: TemplateModel | undefined;
        for (const template of this.shipped()) {
            if (template.form === form && (!newest || (template.year ?? 0) > (newest.year ?? 0))) newest = template;
        }
        return newest;
    }

    /** A template file's model (cached per parse). */
    modelOf(template: Template, source: string): TemplateModel {
        let model = this.models.get(template);
        if (!model) {
            model = templateModel(template, source);
            this.models.set(template, model);
        }
        return model;
    }

    /**
     * A template given by name (a shipped one) or as a template file's text (the CLI's
     * `new --template <name or file>` reads the file and hands the text here).
     */
    templateFromText(text: string, source: string): { template?: TemplateModel; error?: string } {
        const result = this.parser.parse(text);
        const syntax = result.lexerErrors[0] ?? result.parserErrors[0];
        if (syntax) {
            const line = 'line' in syntax ? syntax.line : syntax.token.startLine;
            const column = 'column' in syntax ? syntax.column : syntax.token.startColumn;
            return { error: `${source}:${line ?? 1}:${column ?? 1}: ${syntax.message}` };
        }
        const root = result.value;
        if (!isDocument(root) || !isTemplate(root.body)) {
            return { error: `${source} is not a template file (it does not start with 'template <name> "<title>" {')` };
        }
        return { template: templateModel(root.body, source) };
    }

    /** The template a CTAP or progress report follows. */
    templateFor(plan: CtapPlan | ProgressReport): ResolvedTemplate {
        const form = plan.$type === 'CtapPlan' ? 'ctap' : 'report';
        const ref = plan.$type === 'CtapPlan' ? plan.header?.template : plan.template;
        if (!ref) return { template: this.newestShipped(form) };
        const found = this.lookUp(ref);
        if (found.problem || !found.template) return { ...found, ref };
        if (found.template.form !== form) {
            const wanted = form === 'ctap' ? 'a CTAP' : 'a progress report';
            const is = found.template.form === 'ctap' ? 'CTAPs' : 'progress reports';
            return { ref, problem: `Template ${found.template.name} is for ${is}, not for ${wanted}` };
        }
        return { ...found, ref };
    }

    /** The template a `template …` reference names. */
    protected lookUp(ref: TemplateRef): ResolvedTemplate {
        if (ref.name !== undefined) {
            const shipped = this.shippedTemplate(ref.name);
            if (shipped) return { template: shipped };
            const names = this.shipped().map((t) => t.name);
            return {
                problem: `No shipped template is named ${ref.name} (there are ${names.join(', ')}); name a template file as template "path/to/file.actionplan"`,
            };
        }
        const path = ref.path ?? '';
        const uri = templateUri(ref, path);
        const document = uri && this.documents.getDocument(uri);
        if (!document) return { problem: `Template file "${path}" not found` };
        const root = document.parseResult.value;
        if (!isDocument(root) || !isTemplate(root.body)) {
            return {
                problem: `"${path}" is not a template file (it does not start with 'template <name> "<title>" {')`,
            };
        }
        return { template: this.modelOf(root.body, document.uri.toString()) };
    }
}

/** The URI a `template "path"` reference points at, relative to the plan's folder. */
export function templateUri(node: AstNode, path: string): URI | undefined {
    if (path.length === 0) return undefined;
    const document = AstUtils.getDocument(node);
    return UriUtils.resolvePath(UriUtils.dirname(document.uri), path);
}
