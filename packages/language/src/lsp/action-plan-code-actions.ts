import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import { quickFixesFor } from './action-plan-quick-fixes.js';
import { applySafeFixes } from './action-plan-fix-all.js';

/** The kind VS Code asks for with "editor.codeActionsOnSave": { "source.fixAll.actionplan": … }. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.actionplan`;

/**
 * Quick fixes for the plan rules (missing-contact, duplicate-commitment,
 * conflicting-contact, unsorted-years, missing-timeframe). The edits are built
 * in action-plan-quick-fixes.ts, shared with `actionplan lint --fix`.
 */
export class ActionPlanCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const only = params.context.only;
        if (only?.some((kind) => FIX_ALL_KIND.startsWith(kind) && kind.startsWith(CodeActionKind.Source))) {
            return this.fixAll(document);
        }
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const fixes = quickFixesFor(document, diagnostic);
            fixes.forEach((fix, index) => {
                actions.push({
                    title: fix.title,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    isPreferred: fixes.length === 1 || (index === 0 && diagnostic.code !== 'missing-contact'),
                    edit: { changes: { [document.uri.toString()]: fix.edits } },
                });
            });
        }
        return actions;
    }

    /** The safe fixes of `actionplan lint --fix`, as one edit of the whole document. */
    private fixAll(document: LangiumDocument): CodeAction[] {
        const { text, applied } = applySafeFixes(document, document.diagnostics ?? []);
        if (applied.length === 0) return [];
        const textDocument = document.textDocument;
        const range = {
            start: textDocument.positionAt(0),
            end: textDocument.positionAt(textDocument.getText().length),
        };
        return [
            {
                title: `Fix all safe ActionPlan problems (${applied.length})`,
                kind: FIX_ALL_KIND,
                edit: { changes: { [document.uri.toString()]: [{ range, newText: text }] } },
            },
        ];
    }
}
