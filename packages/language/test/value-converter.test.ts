import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { ValueConverter } from 'langium';
import { unquoteString } from '../src/parse/action-plan-value-converter.js';

describe('STRING value converter (unquoteString)', () => {
    it('unquotes and resolves escapes', () => {
        assert.equal(unquoteString('"plain text"'), 'plain text');
        assert.equal(unquoteString('"say \\"hi\\"\\n\\tC:\\\\x \\q"'), 'say "hi"\n\tC:\\x q');
        assert.equal(unquoteString('""'), '');
    });

    it("gives Langium's result on every STRING token made of plain characters and escapes", () => {
        const plain = fc.constantFrom('a', 'Z', ' ', '\n', '(', '$', '*', 'é', '\u00a0');
        const escape = fc.constantFrom('b', 'f', 'n', 'r', 't', 'v', '0', '"', '\\', 'x', '$').map((c) => `\\${c}`);
        const token = fc.array(fc.oneof(plain, escape), { maxLength: 30 }).map((parts) => `"${parts.join('')}"`);
        fc.assert(
            fc.property(token, (image) => unquoteString(image) === ValueConverter.convertString(image)),
            { numRuns: 2000, seed: 20261124 },
        );
    });
});
