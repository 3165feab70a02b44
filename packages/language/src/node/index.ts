// @actionplan/language/node: the Node-only entry. Loads the Object.groupBy /
// Map.groupBy polyfills Langium needs on Node 20, gives the core API
// (@actionplan/language) the Node file system, and adds the path-based API the
// CLI uses. Nothing else in the package touches fs, path or process.
import '../polyfills.js';

export * from '../index.js';
export { NodeFileSystem } from 'langium/node';
export {
    NodeLintSession,
    configProblems,
    exportFile,
    exportFileDocx,
    fixFiles,
    importedPaths,
    lintFiles,
    lintSource,
} from './action-plan-node-api.js';
export type { FileDocxExport, FileExport, FileFix, NodeApiOptions } from './action-plan-node-api.js';
export { planFileModel } from './action-plan-views-node-api.js';
export {
    checkEncodingLabel,
    encodePlanFile,
    iconvCodec,
    planFileProblem,
    planFileSystem,
    readPlanFile,
} from './action-plan-plan-files.js';
export type { PlanFileOptions } from './action-plan-plan-files.js';
