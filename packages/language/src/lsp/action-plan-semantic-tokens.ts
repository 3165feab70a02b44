import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import type { SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isBlock,
    isCommitment,
    isContact,
    isContactRole,
    isCtapHeader,
    isMonthYear,
    isSection,
    isTimeframe,
    isYearGroup,
} from '../generated/ast.js';

const CONTACT_FIELDS = ['name', 'title', 'phone', 'ext', 'fax', 'email'];

/**
 * Colours by meaning, not only by syntax: commitments (declared and referenced) as
 * functions, contacts as variables, section ids as namespaces, years and dates as
 * numbers, contact fields as properties. Declarations carry the `declaration` modifier.
 */
export class ActionPlanSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, accept: SemanticTokenAcceptor): void {
        const declaration = SemanticTokenModifiers.declaration;
        if (isCommitment(node)) {
            accept({ node, property: 'name', type: SemanticTokenTypes.function, modifier: declaration });
        } else if (isBlock(node)) {
            accept({ node, property: 'commitment', type: SemanticTokenTypes.function });
        } else if (isContact(node)) {
            accept({ node, property: 'name', type: SemanticTokenTypes.variable, modifier: declaration });
            for (const keyword of CONTACT_FIELDS) accept({ node, keyword, type: SemanticTokenTypes.property });
        } else if (isContactRole(node)) {
            accept({ node, property: 'contact', type: SemanticTokenTypes.variable });
        } else if (isSection(node)) {
            accept({ node, property: 'name', type: SemanticTokenTypes.namespace, modifier: declaration });
        } else if (isYearGroup(node)) {
            accept({ node, property: 'years', type: SemanticTokenTypes.number });
        } else if (isTimeframe(node) && node.year !== undefined) {
            accept({ node, property: 'year', type: SemanticTokenTypes.number });
        } else if (isMonthYear(node)) {
            accept({ node, property: 'month', type: SemanticTokenTypes.number });
            accept({ node, property: 'year', type: SemanticTokenTypes.number });
        } else if (isCtapHeader(node) && node.calendarYear !== undefined) {
            accept({ node, property: 'calendarYear', type: SemanticTokenTypes.number });
        }
    }
}
