// The keywords of the ActionPlan grammar, as the language package's Langium services
// know them (generated from grammar/action-plan.langium): the web editor highlights
// these, so there is no second list to keep in step.
import { createActionPlanServices } from '@actionplan/language';
import { AstUtils, EmptyFileSystem, GrammarAST } from 'langium';

export async function grammarKeywords() {
    const { ActionPlan } = createActionPlanServices(EmptyFileSystem);
    const words = new Set();
    for (const node of AstUtils.streamAllContents(ActionPlan.Grammar)) {
        if (GrammarAST.isKeyword(node) && /^[A-Za-z_][\w-]*$/.test(node.value)) words.add(node.value);
    }
    return [...words].sort();
}
