import type { LangiumDocument } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { ISSUE_CODE_INFO, IssueCodes } from './action-plan-issue-codes.js';

/** A comment token: where it is and its text. */
export interface CommentToken {
    startOffset: number;
    endOffset: number;
    text: string;
}

type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

interface Directive {
    kind: DirectiveKind;
    /** Empty: every code. */
    codes: string[];
    range: Range;
}

interface Region {
    directive: Directive;
    /** Undefined: every code. */
    code: string | undefined;
    /** Lines are 0-based; `from`/`to` compare positions. */
    from: { line: number; character: number };
    to: { line: number; character: number };
    used: boolean;
}

/**
 * The rules about something absent, which stay quiet while a file has syntax errors
 * (validation-utils.ts, hasSyntaxErrors): a suppression of one of them is not reported
 * unused then, since the rule did not run.
 */
const QUIET_ON_SYNTAX_ERRORS = new Set<string>([
    IssueCodes.MissingContact,
    IssueCodes.EmptySection,
    IssueCodes.UnreportedCommitment,
    IssueCodes.MissingSection,
    IssueCodes.MissingHeaderField,
    IssueCodes.MissingRoleContact,
    IssueCodes.MissingTemplateCommitment,
]);

/** These are about the suppressions or the configuration themselves, so they cannot be silenced. */
const UNSUPPRESSIBLE = new Set<string>([IssueCodes.UnusedSuppression, IssueCodes.InvalidConfig]);

const KINDS: DirectiveKind[] = ['disable-next-line', 'disable', 'enable'];
const PREFIX = 'actionplan-';

/** Parsed by hand, not by one regular expression: comments can be long and shaped against backtracking. */
function parseDirective(comment: CommentToken, document: LangiumDocument): Directive | undefined {
    const body = (comment.text.startsWith('//') ? comment.text.slice(2) : comment.text.slice(2, -2)).trim();
    if (!body.startsWith(PREFIX)) return undefined;
    const rest = body.slice(PREFIX.length);
    const kind = KINDS.find((k) => rest.startsWith(k) && (rest.length === k.length || /\s/.test(rest[k.length]!)));
    if (!kind) return undefined;
    const argument = rest.slice(kind.length);
    const reason = argument.indexOf(' --');
    const words = (reason < 0 ? argument : argument.slice(0, reason)).split(/[\s,]+/);
    const codes = [...new Set(words.filter((code) => code.length > 0))];
    const range = {
        start: document.textDocument.positionAt(comment.startOffset),
        end: document.textDocument.positionAt(comment.endOffset),
    };
    return { kind, codes, range };
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
    return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function regionsOf(directives: Directive[]): Region[] {
    const END = { line: Number.MAX_SAFE_INTEGER, character: 0 };
    const regions: Region[] = [];
    const open: Region[] = [];
    const codesOf = (directive: Directive) => (directive.codes.length === 0 ? [undefined] : directive.codes);
    for (const directive of directives) {
        if (directive.kind === 'disable-next-line') {
            const line = directive.range.end.line + 1;
            for (const code of codesOf(directive)) {
                regions.push({
                    directive,
                    code,
                    from: { line, character: 0 },
                    to: { line, character: Number.MAX_SAFE_INTEGER },
                    used: false,
                });
            }
        } else if (directive.kind === 'disable') {
            for (const code of codesOf(directive)) {
                const region = { directive, code, from: directive.range.end, to: END, used: false };
                regions.push(region);
                open.push(region);
            }
        } else {
            for (const region of [...open]) {
                if (directive.codes.length === 0 || (region.code && directive.codes.includes(region.code))) {
                    region.to = directive.range.start;
                    open.splice(open.indexOf(region), 1);
                }
            }
        }
    }
    return regions;
}

/**
 * Applies `// actionplan-disable-next-line CODE[, CODE]` and
 * `/* actionplan-disable CODE *\/ … /* actionplan-enable CODE *\/` comments:
 * returns the diagnostics left, plus an `unused-suppression` hint for every
 * suppressed code that silenced nothing (or that is not a known code).
 */
export function applySuppressions(
    document: LangiumDocument,
    comments: CommentToken[],
    diagnostics: Diagnostic[],
): Diagnostic[] {
    const directives = comments
        .map((comment) => parseDirective(comment, document))
        .filter((d): d is Directive => d !== undefined);
    if (directives.length === 0) return diagnostics;
    const regions = regionsOf(directives);
    const kept = diagnostics.filter((diagnostic) => {
        const code = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
        if (code && UNSUPPRESSIBLE.has(code)) return true;
        const start = diagnostic.range.start;
        const region = regions.find(
            (r) => (r.code === undefined || r.code === code) && before(r.from, start) && before(start, r.to),
        );
        if (!region) return true;
        region.used = true;
        return false;
    });
    const { lexerErrors, parserErrors } = document.parseResult;
    const broken = lexerErrors.length > 0 || parserErrors.length > 0;
    // A file that is not text is one `not-text` error and nothing else: no rule ran.
    if (kept.some((d) => d.code === IssueCodes.NotText)) return kept;
    for (const region of regions) {
        if (region.used || (broken && region.code && QUIET_ON_SYNTAX_ERRORS.has(region.code))) continue;
        const known = region.code === undefined || region.code in ISSUE_CODE_INFO;
        const message = !known
            ? `Suppression names unknown code "${region.code}"`
            : region.code
              ? `Suppression of ${region.code} is unused: no such diagnostic here`
              : 'Suppression is unused: no diagnostic here';
        kept.push({
            severity: DiagnosticSeverity.Hint,
            range: region.directive.range,
            message,
            code: IssueCodes.UnusedSuppression,
            data: { directive: region.directive.kind, suppressed: region.code },
        });
    }
    return kept;
}
