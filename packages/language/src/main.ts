// The language server entry point: `actionplan-language-server --stdio`.
import './polyfills.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createActionPlanServices } from './action-plan-module.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createActionPlanServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
