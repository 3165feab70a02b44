import { strict as assert } from 'node:assert';
import { createTestServices, disposeAll } from './test-services.js';
import { diagnose, edit, show, smallCtap } from './validation-helpers.js';

const { services, parse } = createTestServices();
const check = async (text: string) => (await diagnose(parse, text)).map(show);

/** Two planned measures without timeframe (lines 64 and 65) and an unsorted year group (line 55). */
const base = edit(
    edit(smallCtap, 'consolidators." by 2026', 'consolidators."\n            - "Review the scheme."'),
    '(2006, 2007, 2011)',
    '(2007, 2006, 2011)',
);

describe('suppression comments', () => {
    afterEach(() => disposeAll(services));

    it('the base text has the three diagnostics the suppressions below silence', async () => {
        assert.deepEqual(await check(base), [
            '55:142 hint unsorted-years Year group (2007, 2006, 2011) is not in ascending order; write (2006, 2007, 2011)',
            '64:15 warning missing-timeframe Planned measure "Extend the Secure Exports Scheme to air cargo consolidators." has no timeframe',
            '65:15 warning missing-timeframe Planned measure "Review the scheme." has no timeframe',
        ]);
    });

    it('// actionplan-disable-next-line CODE silences that code on the next line only', async () => {
        const text = edit(
            base,
            '            - "Extend the Secure',
            '            // actionplan-disable-next-line missing-timeframe\n            - "Extend the Secure',
        );
        assert.deepEqual(await check(text), [
            '55:142 hint unsorted-years Year group (2007, 2006, 2011) is not in ascending order; write (2006, 2007, 2011)',
            '66:15 warning missing-timeframe Planned measure "Review the scheme." has no timeframe',
        ]);
    });

    it('takes a comma-separated list of codes, and a -- reason', async () => {
        const text = edit(
            base,
            '        commitment trade-recovery',
            '        // actionplan-disable-next-line unsorted-years, invalid-year -- as in the source\n        commitment trade-recovery',
        );
        assert.deepEqual(
            (await check(text)).filter((d) => /unsorted|unused/.test(d)),
            ['55:9 hint unused-suppression Suppression of invalid-year is unused: no such diagnostic here'],
        );
    });

    it('/* actionplan-disable CODE */ … /* actionplan-enable CODE */ silences a region', async () => {
        const text = edit(
            edit(
                base,
                '        planned secure-trade {',
                '        /* actionplan-disable missing-timeframe */\n        planned secure-trade {',
            ),
            '        offers trade-recovery {',
            '        /* actionplan-enable missing-timeframe */\n        offers trade-recovery {',
        );
        assert.deepEqual(await check(text), [
            '55:142 hint unsorted-years Year group (2007, 2006, 2011) is not in ascending order; write (2006, 2007, 2011)',
        ]);
    });

    it('reports an unused suppression and an unknown code as unused-suppression hints', async () => {
        const text = edit(
            base,
            'section B "HALTING',
            '// actionplan-disable-next-line missing-contact, no-such-rule\nsection B "HALTING',
        );
        assert.deepEqual(
            (await check(text)).filter((d) => d.includes('unused-suppression')),
            [
                '90:1 hint unused-suppression Suppression of missing-contact is unused: no such diagnostic here',
                '90:1 hint unused-suppression Suppression names unknown code "no-such-rule"',
            ],
        );
    });

    it('works where the parser gave up (comments come from the lexer)', async () => {
        const text = '// actionplan-disable-next-line syntax-error\nctap { calendar year "2013" }\n';
        assert.deepEqual(await check(text), []);
    });
});
