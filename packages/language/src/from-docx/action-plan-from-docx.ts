// A Word document (.docx) → an `.actionplan` file, through the canonical-text
// importer: Word's structure is read (…-read), written out as the canonical
// text it stands for (…-lines, …-contacts), and that text is imported as a
// text file would be, so every rule of the text importer holds. Messages point
// at the document's paragraphs and tables instead of text lines.
import { ImportError } from '../from-text/action-plan-from-text-error.js';
import { detectForm } from '../from-text/action-plan-from-text-form.js';
import type { ImportForm } from '../from-text/action-plan-from-text-form.js';
import { importCanonicalText } from '../from-text/action-plan-from-text.js';
import { canonicalText, documentUnits } from './action-plan-from-docx-lines.js';
import type { CanonicalText } from './action-plan-from-docx-lines.js';
import { DocxError, readDocx } from './action-plan-from-docx-read.js';

export { DocxError } from './action-plan-from-docx-read.js';

/** Something the importer decided, at a place of the document (`paragraph 12`, `table 2`). */
export interface DocxImportNotice {
    where: string;
    message: string;
}

export interface DocxImportResult {
    dsl: string;
    form: ImportForm;
    notices: DocxImportNotice[];
    /** The canonical text the document stands for (what was imported). */
    text: string;
}

/** Content the importer cannot place, at a place of the document. */
export class DocxImportError extends Error {
    override name = 'DocxImportError';
    constructor(
        message: string,
        readonly where: string,
    ) {
        super(message);
    }
}

/**
 * Imports a .docx. Throws DocxError when the bytes are not a readable Word
 * document (not a zip, no word/document.xml, password-protected, no text), and
 * DocxImportError when its content does not fit the template.
 */
export async function importDocx(bytes: Uint8Array, options: { form?: ImportForm } = {}): Promise<DocxImportResult> {
    const units = documentUnits(await readDocx(bytes));
    if (units.length === 0) throw new DocxError('the Word document has no text');
    let canonical: CanonicalText;
    let form: ImportForm;
    try {
        [canonical, form] = options.form ? [canonicalText(units, options.form), options.form] : pickForm(units);
    } catch (error) {
        if (error instanceof ImportError) throw new DocxImportError(error.message, 'the document');
        throw error;
    }
    try {
        const result = importCanonicalText(canonical.text, { form });
        return {
            dsl: result.dsl,
            form,
            notices: result.notices.map((n) => ({
                where: canonical.where[n.line] ?? 'the document',
                message: placesInMessage(n.message, canonical.where),
            })),
            text: canonical.text,
        };
    } catch (error) {
        if (error instanceof ImportError) {
            throw new DocxImportError(
                placesInMessage(error.message, canonical.where),
                canonical.where[error.line] ?? 'the document',
            );
        }
        throw error;
    }
}

/** The text importer's messages name text lines (`(line 78)`); in a document those are its places. */
function placesInMessage(message: string, where: readonly string[]): string {
    return message.replace(/\bline (\d+)\b/g, (text, line: string) => where[Number(line)] ?? text);
}

/** The form is told from the text the document stands for; list markers differ between the forms. */
function pickForm(units: Parameters<typeof canonicalText>[0]): [CanonicalText, ImportForm] {
    const asCtap = canonicalText(units, 'ctap');
    let ctapError: unknown;
    try {
        if (detectForm(asCtap.text) === 'ctap') return [asCtap, 'ctap'];
    } catch (error) {
        ctapError = error;
    }
    const asReport = canonicalText(units, 'progress-report');
    try {
        return [asReport, detectForm(asReport.text)];
    } catch (error) {
        throw ctapError ?? error;
    }
}
