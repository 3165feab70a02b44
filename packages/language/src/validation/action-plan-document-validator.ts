import { AstUtils, DefaultDocumentValidator, DocumentValidator } from 'langium';
import type {
    AstNode,
    FileSystemProvider,
    LangiumDocument,
    ParseResult,
    ValidateSingleNodeOptions,
    ValidationOptions,
} from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { IssueCodes, codeDescriptionHref } from './action-plan-issue-codes.js';
import type { RuleSeverity } from './action-plan-issue-codes.js';
import type { RuleSettings } from '../workspace/action-plan-config.js';
import type { ActionPlanRuleSettings } from '../workspace/action-plan-rule-settings.js';
import type { ActionPlanServices } from '../action-plan-module.js';
import { isCommitment, isContact, isDocument, isItem } from '../generated/ast.js';
import { encodingDiagnostics } from './encoding.js';
import { DecodingFileSystemProvider } from '../workspace/action-plan-decoding-file-system.js';
import { decodeBytes } from '../workspace/action-plan-text-decoding.js';
import type { DecodedText } from '../workspace/action-plan-text-decoding.js';
import { applySuppressions } from './suppressions.js';
import type { CommentToken } from './suppressions.js';
import type { ActionPlanLexingError } from '../parse/action-plan-lexer.js';
import type { ActionPlanRecognitionException } from '../parse/action-plan-syntax-errors.js';
import type { SyntaxFix } from '../parse/action-plan-text-repair.js';

/** Langium's internal codes for its built-in checks, mapped to our stable ones. */
const BUILT_IN_CODES: Record<string, string> = {
    [DocumentValidator.LexingError]: IssueCodes.SyntaxError,
    [DocumentValidator.ParsingError]: IssueCodes.SyntaxError,
    [DocumentValidator.LinkingError]: IssueCodes.UnresolvedReference,
};

const SKIP_SUBTREE: ValidateSingleNodeOptions = { validateNode: false, validateChildren: false };

const SEVERITIES: Record<RuleSeverity, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint,
};

/**
 * Gives every diagnostic a stable code and a link to its documentation, so
 * the CLI and the editor never show an anonymous problem; adds the checks that
 * work on the text rather than the AST (encoding, empty file); then applies
 * the rule settings (editor settings, `.actionplanrc.json`, `--rule`) and the
 * suppression comments.
 */
export class ActionPlanDocumentValidator extends DefaultDocumentValidator {
    /** Bytes of documents that were not read from disk (the CLI's `--stdin`), by URI. */
    readonly sourceBytes = new Map<string, Uint8Array>();

    protected readonly fileSystem: FileSystemProvider;
    protected readonly ruleSettings: ActionPlanRuleSettings;
    protected readonly services: ActionPlanServices;

    constructor(services: ActionPlanServices) {
        super(services);
        this.services = services;
        this.fileSystem = services.shared.workspace.FileSystemProvider;
        this.ruleSettings = services.workspace.RuleSettings;
    }

    override async validateDocument(
        document: LangiumDocument,
        options?: ValidationOptions,
        cancelToken?: CancellationToken,
    ): Promise<Diagnostic[]> {
        const encoding = await encodingDiagnostics(document.textDocument, () => this.readDecoded(document));
        // A binary file is one `not-text` error: its parse and link errors would be thousands of noise.
        let diagnostics = encoding.only
            ? encoding.diagnostics
            : await super.validateDocument(document, options, cancelToken);
        if (!encoding.only) {
            // The lexer's "unexpected character" for a U+FFFD says less than ours.
            const text = document.textDocument.getText();
            diagnostics = diagnostics.filter(
                (d) =>
                    (d.data as { code?: string } | undefined)?.code !== DocumentValidator.LexingError ||
                    text.charAt(document.textDocument.offsetAt(d.range.start)) !== '\uFFFD',
            );
            diagnostics.unshift(...encoding.diagnostics);
            this.addMissingBody(document, diagnostics);
            diagnostics = this.withoutReferencesToNamelessDeclarations(document, diagnostics);
        }
        for (const diagnostic of diagnostics) {
            const internal = (diagnostic.data as { code?: string } | undefined)?.code;
            const code = diagnostic.code ?? (internal ? BUILT_IN_CODES[internal] : undefined);
            if (typeof code === 'string') diagnostic.code = code;
        }
        const { rules, configError } = await this.ruleSettings.forDocument(document);
        diagnostics = this.applyRules(diagnostics, rules);
        diagnostics = this.applyRules(applySuppressions(document, this.comments(document), diagnostics), rules);
        if (configError) diagnostics.unshift(configProblem(configError.message));
        for (const diagnostic of diagnostics) {
            if (typeof diagnostic.code === 'string') {
                diagnostic.codeDescription = { href: codeDescriptionHref(diagnostic.code) };
            }
        }
        return diagnostics;
    }

    /** Lexer errors as Langium reports them, with the certain fix of ours in `data.fix`. */
    protected override processLexingErrors(
        parseResult: ParseResult,
        diagnostics: Diagnostic[],
        options: ValidationOptions,
    ): void {
        const before = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        attachFixes(parseResult.lexerErrors as ActionPlanLexingError[], diagnostics.slice(before));
    }

    /** Parser errors as Langium reports them, with the certain fix of ours in `data.fix`. */
    protected override processParsingErrors(
        parseResult: ParseResult,
        diagnostics: Diagnostic[],
        options: ValidationOptions,
    ): void {
        const before = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        attachFixes(parseResult.parserErrors as ActionPlanRecognitionException[], diagnostics.slice(before));
    }

    /**
     * Items (and their sub-items and timeframes) have no per-node checks; a big plan has
     * thousands. The rules that read items walk them from their block or plan.
     */
    protected override validateSingleNodeOptions(node: AstNode, options: ValidationOptions): ValidateSingleNodeOptions {
        return isItem(node) ? SKIP_SUBTREE : super.validateSingleNodeOptions(node, options);
    }

    /** The file's bytes decoded, asked for only when the text shows a problem (U+FFFD, NUL). */
    protected async readDecoded(document: LangiumDocument): Promise<DecodedText | undefined> {
        const options = this.fileSystem instanceof DecodingFileSystemProvider ? this.fileSystem.options : {};
        const known = this.sourceBytes.get(document.uri.toString());
        if (known) return decodeBytes(known, options);
        if (document.uri.scheme !== 'file') return undefined;
        try {
            return decodeBytes(await this.fileSystem.readBinary(document.uri), options);
        } catch {
            return undefined;
        }
    }

    /**
     * `commitment "…"` without its name: every reference to the commitment meant would be
     * unresolved too (one mistake, many errors); the syntax error says what is wrong.
     */
    protected withoutReferencesToNamelessDeclarations(
        document: LangiumDocument,
        diagnostics: Diagnostic[],
    ): Diagnostic[] {
        if (document.parseResult.parserErrors.length === 0) return diagnostics;
        const nameless = new Set<string>();
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if ((isCommitment(node) || isContact(node)) && !node.name) nameless.add(node.$type);
        }
        if (nameless.size === 0) return diagnostics;
        return diagnostics.filter((d) => {
            const data = d.data as { code?: string; property?: string } | undefined;
            if (data?.code !== DocumentValidator.LinkingError) return true;
            return !nameless.has(data.property === 'contact' ? 'Contact' : 'Commitment');
        });
    }

    /** An empty file (or one with only imports and comments) is not a plan. */
    protected addMissingBody(document: LangiumDocument, diagnostics: Diagnostic[]): void {
        const root = document.parseResult.value;
        const { lexerErrors, parserErrors } = document.parseResult;
        if (!isDocument(root) || root.body || lexerErrors.length > 0 || parserErrors.length > 0) return;
        const empty = document.textDocument.getText().trim().length === 0;
        const at = empty
            ? { line: 0, character: 0 }
            : document.textDocument.positionAt(document.textDocument.getText().length);
        diagnostics.push({
            severity: DiagnosticSeverity.Error,
            range: { start: at, end: at },
            message: `${empty ? 'The file is empty' : 'The file has no plan'}: expected 'ctap {', 'report "…" {' or 'catalog "…"'`,
            code: IssueCodes.SyntaxError,
        });
    }

    protected applyRules(diagnostics: Diagnostic[], rules: RuleSettings): Diagnostic[] {
        return diagnostics.filter((diagnostic) => {
            const setting = typeof diagnostic.code === 'string' ? rules[diagnostic.code] : undefined;
            if (setting === 'off') return false;
            if (setting) diagnostic.severity = SEVERITIES[setting];
            return true;
        });
    }

    /** Comment tokens, from the lexer so that they are found even where the parser gave up. */
    protected comments(document: LangiumDocument): CommentToken[] {
        const text = document.textDocument.getText();
        if (!text.includes('actionplan-')) return [];
        const hidden = this.services.parser.Lexer.tokenize(text).hidden;
        return hidden
            .filter((token) => token.image.startsWith('//') || token.image.startsWith('/*'))
            .map((token) => ({
                startOffset: token.startOffset,
                endOffset: token.startOffset + token.image.length,
                text: token.image,
            }));
    }
}

/** A `.actionplanrc.json` that cannot be read is reported on the first line of every plan under it. */
function configProblem(message: string): Diagnostic {
    return {
        severity: DiagnosticSeverity.Error,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: `Invalid configuration ${message}`,
        code: IssueCodes.InvalidConfig,
    };
}

/** The data of a syntax error that has a certain fix. */
export interface SyntaxErrorData {
    code: string;
    fix: SyntaxFix;
}

function attachFixes(errors: Array<{ fix?: SyntaxFix }>, diagnostics: Diagnostic[]): void {
    if (errors.length !== diagnostics.length) return;
    errors.forEach((error, index) => {
        const diagnostic = diagnostics[index]!;
        if (error.fix) diagnostic.data = { ...(diagnostic.data as object), fix: error.fix };
    });
}
