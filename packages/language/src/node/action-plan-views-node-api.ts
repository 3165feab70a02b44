import { readFile } from 'node:fs/promises';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { ActionPlanEngine } from '../api/action-plan-engine.js';
import { importCanonicalText } from '../from-text/action-plan-from-text.js';
import type { FileDiagnostics } from '../workspace/action-plan-documents.js';
import { ActionPlanLanguageMetaData } from '../generated/module.js';

const isPlanPath = (path: string) =>
    ActionPlanLanguageMetaData.fileExtensions.some((extension) => path.endsWith(extension));

/**
 * A plan file's diagnostics and export model: a `.actionplan` file as it is, any other
 * file (a canonical `.txt`) imported on the fly first. Rejects when the file cannot be
 * read; throws ImportError for canonical text the importer cannot read.
 */
export async function planFileModel(
    path: string,
): Promise<FileDiagnostics & { model: NonNullable<FileDiagnostics['model']> }> {
    const engine = new ActionPlanEngine({ fileSystemProvider: NodeFileSystem.fileSystemProvider });
    const uri = URI.file(path);
    const result = isPlanPath(path)
        ? (await engine.lint([uri], { models: true }))[0]!
        : await engine.lintText(URI.file(`${path}.actionplan`), importCanonicalText(await readFile(path, 'utf8')).dsl, {
              models: true,
          });
    return { path, diagnostics: result.diagnostics, model: result.model! };
}
