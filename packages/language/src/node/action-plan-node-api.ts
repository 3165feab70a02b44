import { dirname } from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver';
import { ActionPlanEngine } from '../api/action-plan-engine.js';
import type { DocumentDiagnostics, LintOptions } from '../api/action-plan-engine.js';
import type { AppliedFix } from '../lsp/action-plan-fix-all.js';
import type { ExportFormat } from '../render/action-plan-render.js';
import { ConfigError, findConfig } from '../workspace/action-plan-config.js';
import type { RuleSettings } from '../workspace/action-plan-config.js';
import type { FileDiagnostics } from '../workspace/action-plan-documents.js';
import { planFileSystem } from './action-plan-plan-files.js';

export interface NodeApiOptions {
    /** Rule settings that win over every `.actionplanrc.json` (the CLI's `--rule`). */
    rules?: RuleSettings;
    /** The encoding of files without a byte order mark (the CLI's `--encoding`; default UTF-8). */
    encoding?: string;
}

/** The Node file system, decoding plan files as the options say (iconv-lite for `encoding`). */
const fileSystemFor = (options: NodeApiOptions) => planFileSystem({ encoding: options.encoding }).fileSystemProvider;

/** The safe fixes of one file: its text before and after; nothing is written. */
export interface FileFix {
    path: string;
    original: string;
    text: string;
    applied: AppliedFix[];
}

/** A file's export, or the errors that stopped it (`text` undefined). */
export interface FileExport {
    text?: string;
    errors: FileDiagnostics;
}

const toFile = ({ uri, diagnostics, model }: DocumentDiagnostics): FileDiagnostics => ({
    path: uri.fsPath,
    diagnostics,
    ...(model ? { model } : {}),
});

/**
 * A long-lived engine over the Node file system, for hosts that lint many batches
 * (the CLI's lint workers): each `lint` call's files are released after it, and
 * files that are only imported stay parsed for the next call.
 */
export class NodeLintSession {
    protected readonly engine: ActionPlanEngine;

    constructor(options: NodeApiOptions = {}) {
        this.engine = new ActionPlanEngine({
            fileSystemProvider: fileSystemFor(options),
            rules: options.rules,
        });
    }

    setRules(rules: RuleSettings): void {
        this.engine.setRules(rules);
    }

    /** Diagnostics of each file (absolute paths), in the order given; rejects when a file cannot be read. */
    async lint(paths: string[], options: LintOptions = {}): Promise<FileDiagnostics[]> {
        return (
            await this.engine.lint(
                paths.map((path) => URI.file(path)),
                options,
            )
        ).map(toFile);
    }
}

/** Lints plan files (absolute paths) and the plans they import; results in the order given. */
export async function lintFiles(paths: string[], options: NodeApiOptions = {}): Promise<FileDiagnostics[]> {
    return new NodeLintSession(options).lint(paths);
}

/** Lints bytes that are not on disk (standard input) as the file at `path` (config lookup, imports). */
export async function lintSource(
    path: string,
    bytes: Uint8Array,
    options: NodeApiOptions = {},
): Promise<FileDiagnostics> {
    const engine = new ActionPlanEngine({
        fileSystemProvider: fileSystemFor(options),
        rules: options.rules,
    });
    return toFile(await engine.lintText(URI.file(path), bytes));
}

/** The safe fixes of each file that has any (`lint --fix`); the caller writes them. */
export async function fixFiles(paths: string[], options: NodeApiOptions = {}): Promise<FileFix[]> {
    const engine = new ActionPlanEngine({
        fileSystemProvider: fileSystemFor(options),
        rules: options.rules,
    });
    const fixes = await engine.fix(paths.map((path) => URI.file(path)));
    return fixes.map(({ uri, original, text, applied }) => ({ path: uri.fsPath, original, text, applied }));
}

/**
 * Exports a plan file, or refuses when it has errors; `force` exports anyway.
 * Rejects when the file cannot be read.
 */
export async function exportFile(
    path: string,
    format: ExportFormat,
    options: NodeApiOptions & { force?: boolean } = {},
): Promise<FileExport> {
    const engine = new ActionPlanEngine({
        fileSystemProvider: fileSystemFor(options),
        rules: options.rules,
    });
    const uri = URI.file(path);
    const { text, errors } = await engine.export(uri, format, { force: options.force });
    return { text, errors: { path, diagnostics: errors } };
}

/** A file's Word export (.docx bytes), or the errors that stopped it (`bytes` undefined). */
export interface FileDocxExport {
    bytes?: Uint8Array;
    errors: FileDiagnostics;
}

/** `exportFile` to a Word document: the same decision and errors; rejects when the file cannot be read. */
export async function exportFileDocx(
    path: string,
    options: NodeApiOptions & { force?: boolean } = {},
): Promise<FileDocxExport> {
    const engine = new ActionPlanEngine({
        fileSystemProvider: fileSystemFor(options),
        rules: options.rules,
    });
    const { bytes, errors } = await engine.exportDocx(URI.file(path), { force: options.force });
    return { bytes, errors: { path, diagnostics: errors } };
}

/**
 * The problems of the `.actionplanrc.json` files that apply to these plan files,
 * one message each (`<config path>: <problem>`); empty when all can be read.
 */
export async function configProblems(paths: string[]): Promise<string[]> {
    const problems = new Set<string>();
    const seen = new Set<string>();
    for (const path of paths) {
        const folder = dirname(path);
        if (seen.has(folder)) continue;
        seen.add(folder);
        try {
            await findConfig(NodeFileSystem.fileSystemProvider(), URI.file(path));
        } catch (error) {
            if (!(error instanceof ConfigError)) throw error;
            problems.add(error.message);
        }
    }
    return [...problems];
}

let scanner: ActionPlanEngine | undefined;

/**
 * The absolute paths a plan's `import "…"` statements name, found in its text
 * without parsing it (the text may be just the start of the file: imports come first).
 */
export function importedPaths(path: string, text: string): string[] {
    scanner ??= new ActionPlanEngine();
    const imports = scanner.services.shared.workspace.PlanImports;
    const importer = URI.file(path);
    return imports.pathsInText(text).map((imported) => imports.resolve(importer, imported).fsPath);
}

export type { Diagnostic };
