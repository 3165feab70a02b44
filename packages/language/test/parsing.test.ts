import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCtapPlan, isProgressReport, isProse, isYearGroup } from '../src/generated/ast.js';
import { createTestServices, disposeAll } from './test-services.js';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
const { services, parse } = createTestServices();

describe('parsing', () => {
    afterEach(() => disposeAll(services));

    for (const name of readdirSync(examples).filter((f) => f.endsWith('.actionplan'))) {
        it(`parses examples/${name} without lexer or parser errors`, async () => {
            const document = await parse(readFileSync(join(examples, name), 'utf8'));
            assert.deepEqual(document.parseResult.lexerErrors, []);
            assert.deepEqual(
                document.parseResult.parserErrors.map((e) => e.message),
                [],
            );
        });
    }

    it('keeps year groups where they stand inside a commitment', async () => {
        const document = await parse(`ctap { economy "Japan" }
section A.5 "Combat Threats to Security" {
    commitment export-controls "Eliminate ... export controls" (2003, 2004, 2005, 2006) "as well as take appropriate ... from abuse" (2006) "."
}`);
        const plan = document.parseResult.value.body;
        assert.ok(isCtapPlan(plan));
        const parts = plan.sections[0]!.commitments[0]!.text.parts;
        assert.deepEqual(
            parts.map((p) => (isYearGroup(p) ? p.years : isProse(p) ? p.value : undefined)),
            [
                'Eliminate ... export controls',
                [2003, 2004, 2005, 2006],
                'as well as take appropriate ... from abuse',
                [2006],
                '.',
            ],
        );
    });

    it('reads the progress-report form', async () => {
        const document = await parse(`report "Progress Report" { date June 2005 intro "First." intro "Second." }
area "Aviation" { - "Aviation Security" { - "A seminar." } }
footer "Back to Index"`);
        const report = document.parseResult.value.body;
        assert.ok(isProgressReport(report));
        assert.equal(report.date?.month, 'June');
        assert.deepEqual(report.intro, ['First.', 'Second.']);
        assert.equal(report.areas[0]!.items[0]!.items[0]!.text, 'A seminar.');
        assert.equal(report.footer, 'Back to Index');
    });

    it('reports a parse error at the right line and column', async () => {
        const document = await parse('ctap {\n    economy "Japan"\n    calendar year "2013"\n}\n');
        const errors = document.parseResult.parserErrors;
        assert.equal(errors.length > 0, true);
        // The string where the year should be: line 3, column 19 (1-based).
        assert.equal(errors[0]!.token.startLine, 3);
        assert.equal(errors[0]!.token.startColumn, 19);
    });
});
