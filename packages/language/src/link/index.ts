// link/ — syntax tree → resolved references. The plan walk (the declarations,
// references and blocks of a plan, found once per tree and shared by scopes, the
// linker, the index, the rules and the LSP features); what each file declares and
// exports (scope computation); what a reference can see: its own file, then the files
// its `import "…"` statements name (scope provider, asking workspace/'s imports service).
export { planParts, declarationsOf, referencesOf } from './action-plan-walk.js';
export type { PlanParts } from './action-plan-walk.js';
export { ActionPlanLinker } from './action-plan-linker.js';
export { ActionPlanReferenceDescriptionProvider } from './action-plan-reference-descriptions.js';
export { ActionPlanScopeComputation } from './action-plan-scope-computation.js';
export { ActionPlanScopeProvider } from './action-plan-scope-provider.js';
