import type { TextDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { IssueCodes } from './action-plan-issue-codes.js';
import { describeDecodeProblem, notTextAt, positionAt } from '../workspace/action-plan-text-decoding.js';
import type { DecodeProblem, DecodedText } from '../workspace/action-plan-text-decoding.js';

/** What the text-level checks found; `only`: the file is not a plan at all, drop every other diagnostic. */
export interface EncodingCheck {
    diagnostics: Diagnostic[];
    only: boolean;
}

function at(textDocument: TextDocument, offset: number, message: string, code: string): Diagnostic {
    return {
        severity: DiagnosticSeverity.Error,
        range: { start: textDocument.positionAt(offset), end: textDocument.positionAt(offset + 1) },
        message,
        code,
    };
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The checks on the text rather than the plan, decided by decodeBytes (the one owner
 * of decoding): a binary file (NUL bytes, mostly control characters) is ONE `not-text`
 * error and nothing else; bytes that are not valid in the file's encoding are ONE
 * `syntax-error` at the first of them. `readDecoded` gives the file's bytes decoded
 * (only asked for when the text shows U+FFFD or NUL); the position is exact when the
 * document's text is the file's, and a U+FFFD the author wrote in a valid file is left alone.
 */
export async function encodingDiagnostics(
    textDocument: TextDocument,
    readDecoded: () => Promise<DecodedText | undefined>,
): Promise<EncodingCheck> {
    const text = textDocument.getText();
    const binary = notTextAt(text);
    const replaced = binary ? -1 : text.indexOf('\uFFFD');
    if (!binary && replaced < 0) return { diagnostics: [], only: false };
    const decoded = await readDecoded();
    const problem: DecodeProblem | undefined = decoded?.text === text ? decoded.problem : undefined;
    if (binary) {
        const where = problem?.kind === 'not-text' ? problem : { ...positionAt(text, binary.offset), byteOffset: 0 };
        const described = describeDecodeProblem(
            problem?.kind === 'not-text'
                ? problem
                : { kind: 'not-text', reason: binary.reason, utf16WithoutBom: false, ...where },
            'editor',
        );
        return {
            diagnostics: [at(textDocument, where.offset, sentence(described), IssueCodes.NotText)],
            only: true,
        };
    }
    if (problem?.kind === 'invalid-bytes') {
        const message = sentence(describeDecodeProblem(problem, 'editor'));
        return { diagnostics: [at(textDocument, problem.offset, message, IssueCodes.SyntaxError)], only: false };
    }
    // The file on disk decodes cleanly: the U+FFFD are the author's own.
    if (decoded && !decoded.problem) return { diagnostics: [], only: false };
    const message =
        'A character could not be read (shown as U+FFFD): the file is not valid UTF-8; reopen it with its encoding and save it as UTF-8';
    return { diagnostics: [at(textDocument, replaced, message, IssueCodes.SyntaxError)], only: false };
}
