import { DefaultDocumentValidator, DocumentValidator } from 'langium';
import type {
    AstNode,
    ConfigurationProvider,
    FileSystemProvider,
    LangiumDocument,
    ValidateSingleNodeOptions,
    ValidationOptions,
} from 'langium';
import type { LangiumServices } from 'langium/lsp';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { IssueCodes, codeDescriptionHref } from './action-plan-issue-codes.js';
import type { RuleSeverity } from './action-plan-issue-codes.js';
import { ConfigError, findConfig, ruleSettingProblem } from '../workspace/action-plan-config.js';
import type { RuleSettings } from '../workspace/action-plan-config.js';
import { isDocument, isItem } from '../generated/ast.js';
import { encodingDiagnostics } from './encoding.js';
import { applySuppressions } from './suppressions.js';
import type { CommentToken } from './suppressions.js';

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
    /**
     * The CLI's `--rule CODE=severity`; wins over every config file. Also read
     * from ACTIONPLAN_RULE_OVERRIDES (JSON), which is how the CLI hands them to
     * its lint worker threads.
     */
    ruleOverrides: RuleSettings = overridesFromEnvironment();

    /** Bytes of documents that were not read from disk (the CLI's `--stdin`), by URI. */
    readonly sourceBytes = new Map<string, Uint8Array>();

    protected readonly fileSystem: FileSystemProvider;
    protected readonly configuration: ConfigurationProvider;
    protected readonly services: LangiumServices;

    constructor(services: LangiumServices) {
        super(services);
        this.services = services;
        this.fileSystem = services.shared.workspace.FileSystemProvider;
        this.configuration = services.shared.workspace.ConfigurationProvider;
        // Never wait for the editor's settings: a client that has not sent `initialized` has none yet.
        void this.configuration.ready.then(() => (this.configurationReady = true));
    }

    protected configurationReady = false;

    override async validateDocument(
        document: LangiumDocument,
        options?: ValidationOptions,
        cancelToken?: CancellationToken,
    ): Promise<Diagnostic[]> {
        let diagnostics = await super.validateDocument(document, options, cancelToken);
        const encoding = encodingDiagnostics(document.textDocument, await this.bytesIfNeeded(document));
        const encodingStarts = new Set(encoding.map((d) => `${d.range.start.line}:${d.range.start.character}`));
        // The lexer's "unexpected character" for a NUL or U+FFFD says less than ours.
        diagnostics = diagnostics.filter(
            (d) =>
                (d.data as { code?: string } | undefined)?.code !== DocumentValidator.LexingError ||
                !encodingStarts.has(`${d.range.start.line}:${d.range.start.character}`),
        );
        diagnostics.unshift(...encoding);
        this.addMissingBody(document, diagnostics);
        for (const diagnostic of diagnostics) {
            const internal = (diagnostic.data as { code?: string } | undefined)?.code;
            const code = diagnostic.code ?? (internal ? BUILT_IN_CODES[internal] : undefined);
            if (typeof code === 'string') diagnostic.code = code;
        }
        const { rules, problem } = await this.ruleSettings(document);
        diagnostics = this.applyRules(diagnostics, rules);
        diagnostics = this.applyRules(applySuppressions(document, this.comments(document), diagnostics), rules);
        if (problem) diagnostics.unshift(problem);
        for (const diagnostic of diagnostics) {
            if (typeof diagnostic.code === 'string') {
                diagnostic.codeDescription = { href: codeDescriptionHref(diagnostic.code) };
            }
        }
        return diagnostics;
    }

    /**
     * Items (and their sub-items and timeframes) have no per-node checks; a big plan has
     * thousands. The rules that read items walk them from their block or plan.
     */
    protected override validateSingleNodeOptions(node: AstNode, options: ValidationOptions): ValidateSingleNodeOptions {
        return isItem(node) ? SKIP_SUBTREE : super.validateSingleNodeOptions(node, options);
    }

    /** The file's bytes, read only when the text shows a decoding problem (U+FFFD). */
    protected async bytesIfNeeded(document: LangiumDocument): Promise<Uint8Array | undefined> {
        if (!document.textDocument.getText().includes('\uFFFD')) return undefined;
        const known = this.sourceBytes.get(document.uri.toString());
        if (known || document.uri.scheme !== 'file') return known;
        try {
            return await this.fileSystem.readBinary(document.uri);
        } catch {
            return undefined;
        }
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

    /** Editor settings, then the nearest `.actionplanrc.json`, then the CLI's overrides. */
    protected async ruleSettings(document: LangiumDocument): Promise<{ rules: RuleSettings; problem?: Diagnostic }> {
        const rules: RuleSettings = {};
        const fromEditor: unknown = this.configurationReady
            ? await this.configuration
                  .getConfiguration(this.services.LanguageMetaData.languageId, 'rules')
                  .catch(() => undefined)
            : undefined;
        if (fromEditor && typeof fromEditor === 'object') {
            for (const [code, setting] of Object.entries(fromEditor)) {
                if (!ruleSettingProblem(code, setting)) rules[code] = setting as RuleSettings[string];
            }
        }
        let problem: Diagnostic | undefined;
        try {
            Object.assign(rules, (await findConfig(this.fileSystem, document.uri))?.rules);
        } catch (error) {
            if (!(error instanceof ConfigError)) throw error;
            problem = {
                severity: DiagnosticSeverity.Error,
                range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                message: `Invalid configuration ${error.message}`,
                code: IssueCodes.InvalidConfig,
            };
        }
        Object.assign(rules, this.ruleOverrides);
        return { rules, problem };
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

export const RULE_OVERRIDES_VARIABLE = 'ACTIONPLAN_RULE_OVERRIDES';

function overridesFromEnvironment(): RuleSettings {
    const json = typeof process === 'undefined' ? undefined : process.env[RULE_OVERRIDES_VARIABLE];
    if (!json) return {};
    try {
        const parsed: unknown = JSON.parse(json);
        const rules: RuleSettings = {};
        for (const [code, setting] of Object.entries(parsed ?? {})) {
            if (!ruleSettingProblem(code, setting)) rules[code] = setting as RuleSettings[string];
        }
        return rules;
    } catch {
        return {};
    }
}
