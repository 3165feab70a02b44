import { DefaultLinker, interruptAndCheck } from 'langium';
import type { LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { referencesOf } from './action-plan-walk.js';

/**
 * Links the document's references found by the plan walk instead of visiting every
 * node of the AST (Langium's default; a big plan's items and strings hold none).
 */
export class ActionPlanLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        for (const reference of referencesOf(document.parseResult.value)) {
            await interruptAndCheck(cancelToken);
            this.doLink(reference, document);
        }
    }
}
