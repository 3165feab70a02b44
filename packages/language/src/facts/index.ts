// Plan facts: what a plan's parts are called and how they read, in one place for
// the renderers (render/), the rules (validation/), the editor features (lsp/)
// and the importer (from-text/). Each file owns one fact; nothing here imports
// Langium services or Node built-ins.
//   action-plan-blocks.ts    the five block kinds, their order, headings and titles
//   action-plan-sections.ts  section labels for the editor, messages, reading copies, the template
//   action-plan-wording.ts   a commitment's wording: its parts, its joined sentence, its years
//   action-plan-contacts.ts  a contact's display name and telephone
//   action-plan-quoting.ts   DSL string literals, quoted message excerpts, shortened text
//   action-plan-file-names.ts  the `.actionplan` file extension
export * from './action-plan-blocks.js';
export * from './action-plan-contacts.js';
export * from './action-plan-file-names.js';
export * from './action-plan-quoting.js';
export * from './action-plan-sections.js';
export * from './action-plan-wording.js';
