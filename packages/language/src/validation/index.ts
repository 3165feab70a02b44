// validation/ — the rules. One file a rule (or a small family) with its checks;
// action-plan-validator registers them; action-plan-issue-codes holds the stable
// codes with their default severity and help (each documented in docs/diagnostics.md);
// action-plan-document-validator gives every diagnostic a code and a docs link, adds
// the text-level checks (encoding, empty file), applies the rule settings and the
// suppression comments (suppressions).
export * from './action-plan-issue-codes.js';
export { ActionPlanValidator, registerValidationChecks } from './action-plan-validator.js';
export { ActionPlanDocumentValidator } from './action-plan-document-validator.js';
