import { DefaultDocumentValidator, DocumentValidator } from 'langium';
import type { LangiumDocument, ValidationOptions } from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { IssueCodes, codeDescriptionHref } from './action-plan-issue-codes.js';

/** Langium's internal codes for its built-in checks, mapped to our stable ones. */
const BUILT_IN_CODES: Record<string, string> = {
    [DocumentValidator.LexingError]: IssueCodes.SyntaxError,
    [DocumentValidator.ParsingError]: IssueCodes.SyntaxError,
    [DocumentValidator.LinkingError]: IssueCodes.UnresolvedReference,
};

/**
 * Gives every diagnostic a stable code and a link to its documentation, so
 * the CLI and the editor never show an anonymous problem.
 */
export class ActionPlanDocumentValidator extends DefaultDocumentValidator {
    override async validateDocument(
        document: LangiumDocument,
        options?: ValidationOptions,
        cancelToken?: CancellationToken,
    ): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            const internal = (diagnostic.data as { code?: string } | undefined)?.code;
            const code = diagnostic.code ?? (internal ? BUILT_IN_CODES[internal] : undefined);
            if (typeof code === 'string') {
                diagnostic.code = code;
                diagnostic.codeDescription = { href: codeDescriptionHref(code) };
            }
        }
        return diagnostics;
    }
}
