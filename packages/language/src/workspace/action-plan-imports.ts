import { AstUtils, UriUtils } from 'langium';
import type { LangiumDocument, LangiumSharedCoreServices, URI } from 'langium';
import { isDocument } from '../generated/ast.js';
import type { Document, Import } from '../generated/ast.js';
import { isPlanPath } from '../facts/index.js';
import { templateFileUri } from '../template/action-plan-template-files.js';

/** Why an `import "…"` statement brings in no plan, or leads back to its own file. */
export type ImportProblem =
    | { kind: 'outside-workspace'; statement: Import }
    | { kind: 'not-a-plan'; statement: Import }
    | { kind: 'missing'; statement: Import }
    | { kind: 'cycle'; statement: Import; chain: URI[] };

/**
 * `import "paths"` at the start of a line; a file's imports come before its plan.
 * Lets a host group files by their imports before parsing them (the CLI's lint pool).
 */
const IMPORT_LINE = /^\s*import\s+"((?:\\.|[^"\\\n])*)"/gm;

/**
 * Owns the DSL's `import "…"` statement: where an import points (resolved against
 * the importing file's folder), which imports may be read (the editor never follows
 * one out of the workspace), loading a file with everything it imports, cycle
 * detection, and a quick scan of a file's text for its imports. The linker's scope,
 * the document builder, the import rules and the public API all ask here.
 */
export class ActionPlanImports {
    constructor(protected readonly shared: LangiumSharedCoreServices) {}

    /** The URIs a document's `import "…"` statements point at, resolved against its own folder. */
    targets(root: Document, documentUri: URI): URI[] {
        return this.statements(root).map((statement) => this.resolve(documentUri, statement.path));
    }

    /** The imports of a document that may be read: all of them, less those that leave the workspace. */
    readableTargets(root: Document, documentUri: URI): URI[] {
        return this.targets(root, documentUri).filter((target) => !this.leavesWorkspace(documentUri, target));
    }

    /** The import paths written in a plan's text, found without parsing it (quotes unescaped). */
    pathsInText(text: string): string[] {
        return [...text.matchAll(IMPORT_LINE)].map((match) => match[1]!.replace(/\\(.)/g, '$1'));
    }

    /** An import path resolved against the importing file's folder. */
    resolve(importer: URI, path: string): URI {
        return UriUtils.resolvePath(UriUtils.dirname(importer), path);
    }

    /** Whether a URI names a plan file (only plan files are imported). */
    isPlan(uri: URI): boolean {
        return isPlanPath(uri.path);
    }

    /**
     * Whether the editor must refuse to follow an import: the importing file lies in
     * one of the workspace folders and the imported one in none of them (a plan from
     * a cloned repository must not make the editor read `../../../home/…`). The CLI
     * has no workspace folders and reads what the command line names.
     */
    leavesWorkspace(importer: URI, target: URI): boolean {
        const folders = this.shared.workspace.WorkspaceManager.workspaceFolders ?? [];
        const inside = (uri: URI) => folders.some((folder) => UriUtils.contains(folder.uri, uri));
        return inside(importer) && !inside(target);
    }

    /**
     * The documents of `uris` and of the plan files they import, transitively, loaded
     * (not built), with the template file each names (`template "path"`). A missing or
     * non-plan import is left out: the importing file reports it.
     */
    async loadWithImports(uris: URI[]): Promise<LangiumDocument[]> {
        const documents = this.shared.workspace.LangiumDocuments;
        const seen = new Set<string>();
        const loaded: LangiumDocument[] = [];
        const requested = new Set(uris.map((uri) => uri.toString()));
        const queue = [...uris];
        while (queue.length > 0) {
            const uri = queue.shift()!;
            if (seen.has(uri.toString())) continue;
            seen.add(uri.toString());
            if (!requested.has(uri.toString()) && (!this.isPlan(uri) || !(await this.readable(uri)))) continue;
            const document = await documents.getOrCreateDocument(uri);
            loaded.push(document);
            const root = document.parseResult.value;
            if (isDocument(root)) queue.push(...this.targets(root, uri));
            const template = isDocument(root) ? templateFileUri(root, uri) : undefined;
            if (template) queue.push(template);
        }
        return loaded;
    }

    /** What is wrong with a document's imports, statement by statement (linked documents only). */
    async problems(root: Document): Promise<ImportProblem[]> {
        const documents = this.shared.workspace.LangiumDocuments;
        const self = AstUtils.getDocument(root).uri;
        const problems: ImportProblem[] = [];
        for (const statement of this.statements(root)) {
            const target = this.resolve(self, statement.path);
            if (this.leavesWorkspace(self, target)) {
                problems.push({ kind: 'outside-workspace', statement });
            } else if (!this.isPlan(target)) {
                problems.push({ kind: 'not-a-plan', statement });
            } else if (!documents.hasDocument(target) && !(await this.exists(target))) {
                problems.push({ kind: 'missing', statement });
            } else {
                const chain = this.cycle(target, self);
                if (chain) problems.push({ kind: 'cycle', statement, chain });
            }
        }
        return problems;
    }

    /** The chain of URIs from `start` back to `home` through the loaded documents' imports, if there is one. */
    cycle(start: URI, home: URI): URI[] | undefined {
        const documents = this.shared.workspace.LangiumDocuments;
        const seen = new Set<string>();
        const walk = (uri: URI, chain: URI[]): URI[] | undefined => {
            if (uri.toString() === home.toString()) return chain;
            if (seen.has(uri.toString())) return undefined;
            seen.add(uri.toString());
            const root = documents.getDocument(uri)?.parseResult.value;
            if (!isDocument(root)) return undefined;
            for (const next of this.targets(root, uri)) {
                const found = walk(next, [...chain, next]);
                if (found) return found;
            }
            return undefined;
        };
        return walk(start, [start]);
    }

    /** The statements that name a path (an empty `import ""` is a syntax matter). */
    protected statements(root: Document): Import[] {
        return root.imports.filter((statement) => (statement.path ?? '').length > 0);
    }

    /** Whether a file can be read (a folder named `x.actionplan` cannot). */
    protected async readable(uri: URI): Promise<boolean> {
        try {
            await this.shared.workspace.FileSystemProvider.readFile(uri);
            return true;
        } catch {
            return false;
        }
    }

    /** Whether a file exists; a path the file system rejects (a NUL byte, say) names no file. */
    protected async exists(uri: URI): Promise<boolean> {
        try {
            return await this.shared.workspace.FileSystemProvider.exists(uri);
        } catch {
            return false;
        }
    }
}
