import { GrammarAST, GrammarUtils } from 'langium';
import type { AstNode, CstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { ActionPlanAstType } from '../generated/ast.js';
import { IssueCodes } from './action-plan-issue-codes.js';

/**
 * The fields a header, contact or summary may list in any order, each meant once,
 * by property, with the words that introduce it. The grammar accepts a field twice
 * and keeps only the last value: the earlier one would vanish from every export.
 */
const FIELDS: Record<string, Record<string, string>> = {
    CtapHeader: {
        forum: 'forum',
        document: 'document',
        agendaItem: 'agenda item',
        title: 'title',
        purpose: 'purpose',
        submittedBy: 'submitted by',
        meeting: 'meeting',
        economy: 'economy',
        calendarYear: 'calendar year',
        lastUpdated: 'last updated',
        objective: 'objective',
    },
    Contact: { fullName: 'name', title: 'title', phone: 'phone', fax: 'fax', email: 'email' },
    Summary: {
        achievements: 'achievements',
        forwardWork: 'forward work',
        capacityNeeds: 'capacity building needs',
    },
};

/** From the field's first word to the end of its value: `agenda item "5"`. */
function fieldRange(value: CstNode, words: string): Range {
    const own = new Set(words.split(' '));
    const siblings = value.container?.content ?? [];
    let start = siblings.indexOf(value);
    const isOwnWord = (node: CstNode) => GrammarAST.isKeyword(node.grammarSource) && own.has(node.text);
    while (start > 0 && isOwnWord(siblings[start - 1]!)) start--;
    return { start: (siblings[start] ?? value).range.start, end: value.range.end };
}

function checkFields(node: AstNode, accept: ValidationAcceptor): void {
    for (const [property, words] of Object.entries(FIELDS[node.$type] ?? {})) {
        const [first, ...again] = GrammarUtils.findNodesForProperty(node.$cstNode, property);
        for (const repeat of again) {
            accept(
                'error',
                `'${words}' is given again (first on line ${fieldRange(first!, words).start.line + 1}); only one value is kept, the last`,
                { node, range: fieldRange(repeat, words), code: IssueCodes.DuplicateField },
            );
        }
    }
}

export const duplicateFieldChecks: ValidationChecks<ActionPlanAstType> = {
    CtapHeader: checkFields,
    Contact: checkFields,
    Summary: checkFields,
};
