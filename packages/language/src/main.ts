// The language server entry point (Node): `actionplan-language-server --stdio`.
import './polyfills.js';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startActionPlanLanguageServer } from './api/action-plan-language-server.js';

startActionPlanLanguageServer(createConnection(ProposedFeatures.all), NodeFileSystem.fileSystemProvider);
