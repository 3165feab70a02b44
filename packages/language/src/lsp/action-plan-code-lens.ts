import { GrammarUtils } from 'langium';
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider, LangiumServices } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { planParts } from '../link/action-plan-walk.js';
import { measureCount, reportsOf } from './action-plan-lsp-utils.js';

/**
 * Above each commitment: "reported in N blocks · M measures", counted over the
 * workspace (a catalog's commitment counts the blocks of every plan importing it).
 * A lens without a command is a plain label; clicking does nothing.
 */
export class ActionPlanCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: LangiumServices) {}

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const lenses: CodeLens[] = [];
        for (const commitment of planParts(document.parseResult.value).commitments) {
            const name = GrammarUtils.findNodeForProperty(commitment.$cstNode, 'name');
            if (!name) continue;
            const blocks = reportsOf(this.services, commitment);
            const measures = blocks.reduce((sum, block) => sum + measureCount(block), 0);
            const title = `reported in ${plural(blocks.length, 'block')} · ${plural(measures, 'measure')}`;
            lenses.push({ range: name.range, command: { title, command: '' } });
        }
        return lenses;
    }
}

function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
