// The formatter's layout of a plan nested three sections and three items deep
// (no example nests that deep): every level is indented four more spaces.
import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createTestServices, disposeAll } from './test-services.js';

const { services, parse } = createTestServices();

async function formatted(text: string): Promise<string> {
    const document = await parse(text);
    const edits = await services.ActionPlan.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 4, insertSpaces: true },
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

const FLAT =
    'ctap { economy "Japan" } contact maeda { name "Tamaki MAEDA" } section A "AREA" { section A.1 "Sub" { ' +
    'contact maeda section A.1.1 "Subsub" { contact maeda commitment c1 "Do it" (2005) "." ' +
    'undertaken c1 { - "Done" { - "Part" { - "Detail" } } } } } }';

// Written by hand: the canonical layout, four spaces a level.
const EXPECTED = `ctap {
    economy "Japan"
}

contact maeda {
    name "Tamaki MAEDA"
}

section A "AREA" {
    section A.1 "Sub" {
        contact maeda

        section A.1.1 "Subsub" {
            contact maeda

            commitment c1 "Do it" (2005) "."

            undertaken c1 {
                - "Done" {
                    - "Part" {
                        - "Detail"
                    }
                }
            }
        }
    }
}
`;

describe('formatter: three levels deep', () => {
    afterEach(() => disposeAll(services));

    it('indents a third-level section, its members and third-level items one level more each', async () => {
        assert.equal(await formatted(FLAT), EXPECTED);
    });

    it('leaves the three-level layout unchanged', async () => {
        assert.equal(await formatted(EXPECTED), EXPECTED);
    });
});
