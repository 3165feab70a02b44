import { UnknownEncodingError, checkEncodingLabel } from '@actionplan/language/node';

/** `--encoding <label>` of import, lint, format and export. */
export const ENCODING_FLAGS = '--encoding <label>';
export const ENCODING_HELP =
    'the encoding of files without a byte order mark: utf-8 (default), windows-1252, latin1, shift_jis … (iconv-lite labels)';

/** Why an `--encoding` label cannot be used, or undefined when it can (or none was given). */
export function checkEncodingOption(label: string | undefined): string | undefined {
    if (label === undefined) return undefined;
    try {
        checkEncodingLabel(label);
        return undefined;
    } catch (error) {
        if (error instanceof UnknownEncodingError) return `--encoding ${label}: ${error.message}`;
        throw error;
    }
}
