import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { normalizeText } from '../src/validation/validation-utils.js';

/** normalizeText before its fast path: every pass on every text. The oracle. */
function normalizeTextEveryPass(text: string): string {
    const flat = text
        .replace(/\\([\\`*_$])/g, '$1')
        .replace(/[*_`]+/g, '')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/ ([.,;:)])/g, '$1');
    let end = flat.length;
    while (end > 0 && ' .,;:!?'.includes(flat[end - 1]!)) end--;
    return flat.slice(0, end).trim();
}

describe('normalizeText (the form duplicate checks compare)', () => {
    it('ignores case, markup, escapes, whitespace and trailing punctuation', () => {
        assert.equal(
            normalizeText('Implement  the **APEC** Framework\n(2005) .'),
            normalizeText('implement the APEC framework (2005)'),
        );
        assert.equal(normalizeText('Costs \\$5 \\_now\\_ ;'), 'costs $5 now');
        assert.equal(normalizeText('a\u00a0b\t c , d.'), 'a b c, d');
    });

    it('gives the same result as running every pass, on texts made of the characters that matter', () => {
        const unit = fc.constantFrom(
            'a',
            'B',
            ' ',
            '  ',
            '\n',
            '\t',
            '\u00a0',
            '\\',
            '*',
            '_',
            '`',
            '$',
            '.',
            ',',
            ';',
            ':',
            ')',
            '!',
            '?',
        );
        fc.assert(
            fc.property(
                fc.string({ unit, maxLength: 40 }),
                (text) => normalizeText(text) === normalizeTextEveryPass(text),
            ),
            { numRuns: 2000, seed: 20261124 },
        );
    });
});
