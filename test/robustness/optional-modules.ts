// The importer and exporter are built by other helpers against the agreed API
// (docs: helpers' brief). Loaded on demand so the rest of the robustness suite
// runs while they are missing; tests that need them fail with a clear message.
import type { Document } from '../../packages/language/src/generated/ast.js';

export type ExportFormat = 'text' | 'json' | 'markdown' | 'html';

export interface ExporterModule {
    exportPlan(document: Document, format: ExportFormat): string;
}

export interface ImporterModule {
    importCanonicalText(
        text: string,
        options?: { form?: 'ctap' | 'progress-report' },
    ): { dsl: string; form: 'ctap' | 'progress-report'; notices: Array<{ line: number; message: string }> };
    ImportError: new (...args: never[]) => Error;
}

const EXPORT_MODULE = '../../packages/language/src/render/action-plan-render.js';
const IMPORT_MODULE = '../../packages/language/src/from-text/action-plan-from-text.js';
const IMPORT_ERROR_MODULE = '../../packages/language/src/from-text/action-plan-from-text-error.js';

async function tryImport(path: string): Promise<Record<string, unknown> | undefined> {
    try {
        return (await import(path)) as Record<string, unknown>;
    } catch (error) {
        // A missing module is "not there yet"; any other load failure is a real problem.
        if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String(error).includes(path.slice(6))) {
            return undefined;
        }
        throw error;
    }
}

export async function loadExporter(): Promise<ExporterModule | undefined> {
    const module = await tryImport(EXPORT_MODULE);
    return typeof module?.exportPlan === 'function' ? (module as unknown as ExporterModule) : undefined;
}

export async function loadImporter(): Promise<ImporterModule | undefined> {
    const module = await tryImport(IMPORT_MODULE);
    if (typeof module?.importCanonicalText !== 'function') return undefined;
    const ImportError = module.ImportError ?? (await tryImport(IMPORT_ERROR_MODULE))?.ImportError;
    return { ...(module as object), ImportError } as ImporterModule;
}

/** For tests of a feature that is not there yet: one clear line instead of a skip. */
export function missing(feature: string, path: string): Error {
    return new Error(`${feature} is not available yet (${path} does not export it); this test could not run`);
}
