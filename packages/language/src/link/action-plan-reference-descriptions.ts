import { DefaultReferenceDescriptionProvider, interruptAndCheck } from 'langium';
import type { LangiumDocument, ReferenceDescription } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { referencesOf } from './action-plan-walk.js';

/** Indexes the references found by the plan walk (see ActionPlanLinker) for find-references. */
export class ActionPlanReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(
        document: LangiumDocument,
        cancelToken = CancellationToken.None,
    ): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        for (const reference of referencesOf(document.parseResult.value)) {
            await interruptAndCheck(cancelToken);
            if (!reference.reference.error) descriptions.push(...this.createInfoDescriptions(reference));
        }
        return descriptions;
    }
}
