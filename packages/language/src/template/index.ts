// template/ — templates as data: a plan's form (sections, titles, contact roles,
// commitments with their years, questions) declared in a `template` file. Owns the
// shipped templates (packages/language/templates/, bundled as strings by
// scripts/generate-templates.mjs), which template a plan follows
// (action-plan-template-service), a plan read against it (…-match), the text
// similarity that matches drifted wording (…-text-similarity, also for comparing
// plans), a new plan on a template (…-new-plan) and next year's plan (…-roll-forward).
// The conformance rules are in validation/, the template-aware completion in lsp/.
export { ActionPlanTemplates } from './action-plan-template-service.js';
export type { ResolvedTemplate } from './action-plan-template-service.js';
export { templateFileUri } from './action-plan-template-files.js';
export { conformanceOf, CommitmentMatcher } from './action-plan-template-match.js';
export type { CommitmentMatch, PlanConformance } from './action-plan-template-match.js';
export { MAIN_CONTACT_ROLE, commitmentWording, commitmentYears, fieldDefault } from './action-plan-template-model.js';
export type {
    TemplateCommitment,
    TemplateFieldSpec,
    TemplateModel,
    TemplateSection,
} from './action-plan-template-model.js';
export {
    SAME_TEXT_THRESHOLD,
    isSameText,
    similarityWords,
    textSimilarity,
    wordSimilarity,
} from './action-plan-text-similarity.js';
export { newPlanText, monthYear } from './action-plan-new-plan.js';
export type { NewPlanOptions } from './action-plan-new-plan.js';
export { rollForwardText } from './action-plan-roll-forward.js';
export type { RollForwardOptions, RollForwardResult } from './action-plan-roll-forward.js';
export { IMPORT_TEMPLATES } from './action-plan-template-names.js';
