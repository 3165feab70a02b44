// Adversarial plans for the regular expressions of the validators, importer and
// exporters: 100 kB strings shaped to make a backtracking pattern go quadratic.
import { quote } from './plan-printer.js';

/** A plan with `payload` in every string and in a suppression comment, the shapes the validators read. */
export function planWith(payload: string): string {
    const s = quote(payload);
    return `// actionplan-disable-next-line ${payload.replace(/[\r\n]/g, ' ')}
/* actionplan-disable ${payload.replace(/\*\//g, '')} */
ctap {
    title ${s}
    economy ${s}
    calendar year 2013
    last updated Sep 2012
}

contact a {
    name ${s}
    title ${s}
    phone ${s} ext ${s}
    fax ${s}
    email ${s}
}

contact b {
    name ${s}
    email ${s}
}

section A ${s} {
    contact a role ${s}
    commitment c1 ${s} (2005) ${s} note ${s}
    commitment c2 ${s}
    undertaken c1 as ${s} {
        - ${s} by ${s} {
            - ${s}
        }
        - ${s}
    }
    planned c2 {
        - ${s}
        - ${s}
    }
}

assistance {
    contact b
    - ${s}
}
`;
}

const K = 100_000;
/** Inputs shaped against the regular expressions of the validators, importer and exporters. */
export const ADVERSARIAL: Record<string, string> = {
    'spaces then a letter': ' '.repeat(K) + 'x',
    'dots then a letter': '.'.repeat(K) + 'x',
    'punctuation run': '. , ; : ! ?'.repeat(K / 11) + 'x',
    'email-like': 'a@' + 'a.'.repeat(K / 2) + '!',
    'phone-like': '+(' + '1 '.repeat(K / 2) + 'x',
    'markup stars': '*_`'.repeat(K / 3) + '\\',
    backslashes: '\\'.repeat(K),
    'year-like words': '2005 '.repeat(K / 5),
    'spaced word then text': 'a' + ' '.repeat(K) + 'b',
    'html and markdown': '<script>&amp;#<>|[]'.repeat(K / 19),
    newlines: 'x\n'.repeat(K / 2) + '- 1. (1) (a)',
};

export type AdversarialStage =
    'validate' | 'format' | 'export:text' | 'export:json' | 'export:markdown' | 'export:html' | 'import';
const STAGES: AdversarialStage[] = [
    'format',
    'export:text',
    'export:json',
    'export:markdown',
    'export:html',
    'import',
    'validate',
];

/** Every stage on every payload, in a fixed order (the worker takes an index to resume from). */
export const ADVERSARIAL_JOBS: Array<{ name: string; stage: AdversarialStage; payload: string }> = Object.entries(
    ADVERSARIAL,
).flatMap(([name, payload]) => STAGES.map((stage) => ({ name, stage, payload })));
