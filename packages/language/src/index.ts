// Public API of @actionplan/language. Importing it loads the polyfills first.
import './polyfills.js';

export * from './action-plan-module.js';
export * from './action-plan-issue-codes.js';
export * from './action-plan-documents.js';
export * from './generated/ast.js';
