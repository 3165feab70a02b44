// parse/ — text → syntax tree (AST + CST). Langium's parser, wrapped so that badly
// broken files parse in linear time and stop after MAX_SYNTAX_ERRORS
// (action-plan-parser); the lexer's token limit (action-plan-lexer); string
// unquoting (action-plan-value-converter). The syntax itself is
// grammar/action-plan.langium; generated/ is what `npm run langium:generate` makes of it.
export { createActionPlanCompletionParser, createActionPlanParser, MAX_SYNTAX_ERRORS } from './action-plan-parser.js';
export { ActionPlanLexer, MAX_TOKENS } from './action-plan-lexer.js';
export { ActionPlanValueConverter, unquoteString } from './action-plan-value-converter.js';
export { ActionPlanParserErrorMessageProvider } from './action-plan-parser-messages.js';
export type { ActionPlanLexingError } from './action-plan-lexer.js';
export type { ActionPlanRecognitionException } from './action-plan-syntax-errors.js';
export type { SyntaxFix, SyntaxMistake } from './action-plan-text-repair.js';
