// DSL → text → DSL on the cases issue 12 names, written out: each must come
// back as the same plan (the JSON export, ids aside), and the text must read
// as a person would write it in the template.
import { strict as assert } from 'node:assert';
import { withoutIds } from '../../../test/robustness/round-trip-json.js';
import { importCanonicalText } from '../src/from-text/action-plan-from-text.js';
import type { Document } from '../src/generated/ast.js';
import { buildExportModel } from '../src/render/action-plan-render-model.js';
import { exportPlan } from '../src/render/action-plan-render.js';
import { createTestServices, disposeAll, PARTIAL_PLANS } from './test-services.js';

// The export drops the comments that turn the conformance rules off in the small examples.
const { services, parse } = createTestServices(PARTIAL_PLANS);

const HEADER = `ctap {
    forum "Asia-Pacific Economic Cooperation"
    document "2014/SOM1/CTWG/010"
    title "Counter-Terrorism Action Plan – Japan"
    meeting "1st Counter-Terrorism Working Group Meeting" at "Ningbo, China"
    economy "Japan"
    calendar year 2016
}
`;

/** Exports `dsl` as text, imports the text; returns both, after checking the plans are the same. */
async function roundTrip(dsl: string): Promise<{ text: string; imported: string }> {
    const source = await parse(dsl, { validation: true });
    assert.deepEqual(
        (source.diagnostics ?? []).filter((d) => d.severity === 1).map((d) => d.message),
        [],
    );
    const text = exportPlan(source.parseResult.value as Document, 'text');
    const imported = importCanonicalText(text).dsl;
    const back = await parse(imported, { validation: true });
    assert.deepEqual(
        withoutIds(buildExportModel(back.parseResult.value as Document)),
        withoutIds(buildExportModel(source.parseResult.value as Document)),
        `${text}\n${imported}`,
    );
    return { text, imported };
}

describe('DSL -> text -> DSL: the cases of issue 12', () => {
    afterEach(() => disposeAll(services));

    it('a contact without phone, one without fax and e-mail, one with an extension only, one with a role', async () => {
        const { text, imported } = await roundTrip(`${HEADER}
contact ito {
    name "Ken ITO"
    fax "+81-3-5501-8001"
    email "ito@mofa.go.jp"
}

contact sato {
    title "Director"
    phone "+81-3-5501-8000" ext "5276"
}

section A "AREA" {
    contact ito
    contact sato role "Emergency Aviation Security Point of Contact"

    commitment c1 "Implement the APEC Framework for Secure Trade" (2005) "."
}

assistance {
    contact ito
}
`);
        const lines = text.split('\n');
        assert.ok(lines.includes('Contact Point: Name: Ken ITO'));
        assert.ok(lines.includes('Fax Number: +81-3-5501-8001 Email Address: ito@mofa.go.jp'));
        assert.ok(lines.includes('Emergency Aviation Security Point of Contact: Title: Director'));
        assert.ok(lines.includes('Telephone Number: +81-3-5501-8000(Ex5276)'));
        assert.match(imported, /phone "\+81-3-5501-8000" ext "5276"/);
    });

    it('timeframes: `by 2016` and `by "December 2013"` in words, read back as timeframes', async () => {
        const { text, imported } = await roundTrip(`${HEADER}
contact ito {
    name "Ken ITO"
}

section A.1 "Protect Cargo" {
    contact ito

    commitment c1 "Implement the APEC Framework for Secure Trade" (2005) "."

    planned c1 {
        - "Extend the scheme to air cargo." by 2016
        - "Review the guidelines by December 2013." by "December 2013"
    }
}

assistance {
    contact ito
}
`);
        const lines = text.split('\n');
        assert.ok(lines.includes(' 1. Extend the scheme to air cargo. (by 2016)'));
        assert.ok(lines.includes(' 2. Review the guidelines by December 2013. (by December 2013)'));
        assert.match(imported, /- "Extend the scheme to air cargo\." by 2016\n/);
        assert.match(imported, /- "Review the guidelines by December 2013\." by "December 2013"\n/);
    });

    it('items nested three levels, `continues`, a note, `as`, `inline`, and text the format must escape', async () => {
        const { text } = await roundTrip(`${HEADER}
contact ito {
    name "Ken ITO"
}

section A "AREA" {
    section A.1 "Sub" {
        section A.1.1 "Subsub" {
            contact ito

            commitment c1 "Enhance \\"border\\" security\\nat C:\\\\ports" (2005) "." note "Responsible: MOFA"
            commitment c2 continues "Consider joining the Regional Movement Alert System" (2006) "." note "【警察庁】"

            undertaken c1 inline {
                - "Japan did it. (by the book)" {
                    - "Level two" {
                        - "Level three" {
                            - "Level four"
                        }
                    }
                }
                - "1. Not a number"
            }
            planned c2 as "Consider joining RMAS (2006) soon." {
                - "**Not bold**" by 2016
            }
            needs c2 { }
        }
    }
}

assistance {
    contact ito
}
`);
        const lines = text.split('\n');
        assert.ok(lines.includes('   - Level four'), 'the fourth level is indented three blanks');
        assert.ok(lines.includes('- Enhance "border" security\\'), 'a line break inside a text ends the line with \\');
    });
});
