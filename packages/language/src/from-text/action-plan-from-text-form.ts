// Which of the two canonical forms a text is, when the user does not say.
import { ImportError } from './action-plan-from-text-error.js';

export type ImportForm = 'ctap' | 'progress-report';

/** The CTAP template has its fixed headings; a progress report has `(1)` items under numbered areas. */
export function detectForm(text: string): ImportForm {
    const ctap =
        /^(?:LEADERS['’] AND MINISTERS['’] COMMITMENTS|EXECUTIVE SUMMARY|\d{4} APEC COUNTER-TERRORISM ACTION PLAN)\s*$/m;
    if (ctap.test(text)) return 'ctap';
    const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
    if (/^\s*Progress Report\b/i.test(firstLine) || (/^\d+\.\s/m.test(text) && /^\(\d+\)\s/m.test(text))) {
        return 'progress-report';
    }
    throw new ImportError('cannot tell whether this is a CTAP or a progress report; pass --form', 1, 1);
}
