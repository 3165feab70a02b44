import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CstUtils, URI } from 'langium';
import type { AstNode, LangiumDocument } from 'langium';
import { clearDocuments, expectFormatting } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { importCanonicalText } from '../src/from-text/action-plan-from-text.js';
import { formatPlanText } from '../src/layout/action-plan-layout-text.js';
import { createTestServices } from './test-services.js';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const { services, parse } = createTestServices();
const format = expectFormatting(services.ActionPlan);

function planFiles(folder: string): string[] {
    return readdirSync(folder).flatMap((name) => {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) return planFiles(path);
        return name.endsWith('.actionplan') ? [path] : [];
    });
}

/** The AST as plain data: properties only, references by their text. */
function astData(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(astData);
    if (node && typeof node === 'object') {
        if ('$refText' in node) return { ref: (node as { $refText: string }).$refText };
        const data: Record<string, unknown> = { $type: (node as AstNode).$type };
        for (const [key, value] of Object.entries(node)) {
            if (!key.startsWith('$')) data[key] = astData(value);
        }
        return data;
    }
    return node;
}

function comments(document: LangiumDocument): string[] {
    return CstUtils.flattenCst(document.parseResult.value.$cstNode!)
        .filter((leaf) => leaf.hidden)
        .map((leaf) => leaf.text)
        .toArray();
}

async function formatted(text: string): Promise<string> {
    const document = await parse(text);
    const edits = await services.ActionPlan.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 4, insertSpaces: true },
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

const MESSY = `// A plan in a hurry.

ctap{economy "Japan"   /* set by the importer */
  calendar year 2013 last updated Sep   2012 }
contact maeda { name "Tamaki MAEDA" title "Official" phone "+81-3-5501-8000" ext "5276" }
// Section A: trade.
section A "ENHANCING THE SECURE FLOW" { section A.1 "Protect Cargo" { contact maeda commitment secure-trade "Implement the APEC Framework for Secure Trade" ( 2005 ) "." commitment standards continues "Implement the common standards"
undertaken secure-trade { - "Japan Customs implemented AEO." by 2014 { - "Six MRAs" } } planned secure-trade {} needs standards as "Implement standards" inline { }
// Still inside A.1.
} }
assistance { contact maeda - "Seminars" }   
`;

const CANONICAL = `// A plan in a hurry.

ctap {
    economy "Japan" /* set by the importer */
    calendar year 2013
    last updated Sep 2012
}

contact maeda {
    name "Tamaki MAEDA"
    title "Official"
    phone "+81-3-5501-8000" ext "5276"
}

// Section A: trade.
section A "ENHANCING THE SECURE FLOW" {
    section A.1 "Protect Cargo" {
        contact maeda

        commitment secure-trade "Implement the APEC Framework for Secure Trade" (2005) "."
        commitment standards continues "Implement the common standards"

        undertaken secure-trade {
            - "Japan Customs implemented AEO." by 2014 {
                - "Six MRAs"
            }
        }
        planned secure-trade
        needs standards as "Implement standards" inline
        // Still inside A.1.
    }
}

assistance {
    contact maeda
    - "Seminars"
}
`;

describe('formatter', () => {
    // clearDocuments also drops the documents from the index (workspace symbols, references).
    afterEach(() => clearDocuments(services.shared));

    for (const path of planFiles(examples)) {
        const name = relative(examples, path);
        it(`leaves examples/${name} unchanged (it follows the canonical layout)`, async () => {
            const text = readFileSync(path, 'utf8');
            assert.equal(await formatted(text), text);
        });
    }

    /** Indentation stripped and blank lines dropped (except before a comment, where the author chooses). */
    const flatten = (text: string) =>
        text
            .split('\n')
            .map((line) => line.trimStart())
            .filter((line, index, lines) => line !== '' || (lines[index + 1] ?? '').startsWith('//'))
            .join('\n');

    const canonicalTexts = [
        ...planFiles(examples).map((path) => [`examples/${relative(examples, path)}`, readFileSync(path, 'utf8')]),
        ...readdirSync(seeds).map((name) => [
            `seeds/${name} (imported)`,
            importCanonicalText(readFileSync(join(seeds, name), 'utf8')).dsl,
        ]),
    ];
    for (const [name, text] of canonicalTexts) {
        it(`restores ${name} from a flattened copy, with the same AST and comments`, async () => {
            const flat = flatten(text!);
            assert.notEqual(flat, text);
            assert.equal(await formatted(flat), text);
            const before = await parse(flat);
            const after = await parse(text!);
            assert.deepEqual(astData(after.parseResult.value), astData(before.parseResult.value));
            assert.deepEqual(comments(after), comments(before));
        });
    }

    it('puts a messy plan in the canonical layout', async () => {
        await format({ before: MESSY, after: CANONICAL });
    });

    it('is idempotent, keeps the AST and keeps every comment in order', async () => {
        const once = await formatted(MESSY);
        const twice = await formatted(once);
        assert.equal(twice, once);
        const before = await parse(MESSY);
        const after = await parse(once);
        assert.deepEqual(astData(after.parseResult.value), astData(before.parseResult.value));
        assert.deepEqual(comments(after), comments(before));
    });

    it('keeps a trailing comment on its line and continues the statement on the next one', async () => {
        await format({
            before: 'ctap { economy "Japan" }\nsection A "T" { commitment c "Text" // why\n (2005) "." }\n',
            after: 'ctap {\n    economy "Japan"\n}\n\nsection A "T" {\n    commitment c "Text" // why\n        (2005) "."\n}\n',
        });
    });

    it('lays out a progress report: areas and footer separated by blank lines', async () => {
        await format({
            before: 'report "R" { date June 2005 intro "A." intro "B." } area "Aviation" { - "Seminar." { - "Detail" } } area "Empty" { } footer "Back to Index"',
            after:
                'report "R" {\n    date June 2005\n    intro "A."\n    intro "B."\n}\n\narea "Aviation" {\n    - "Seminar." {\n        - "Detail"\n    }\n}\n\n' +
                'area "Empty"\n\nfooter "Back to Index"\n',
        });
    });

    it('lays out a catalog: imports as one group, contacts apart, commitments as one group', async () => {
        await format({
            before: 'import "a.actionplan" import "b.actionplan" catalog "APEC" contact x { name "X" } commitment a "A" (2002) commitment b "B"\n\n\ncommitment c "C"',
            after: 'import "a.actionplan"\nimport "b.actionplan"\n\ncatalog "APEC"\n\ncontact x {\n    name "X"\n}\n\ncommitment a "A" (2002)\ncommitment b "B"\ncommitment c "C"\n',
        });
    });

    it('keeps the empty braces the grammar requires and a blank line the author put before a comment', async () => {
        await format({
            before: 'catalog "C"\ncommitment a "A"\n\n// B commitments\ncommitment b "B"\n',
            after: 'catalog "C"\n\ncommitment a "A"\n\n// B commitments\ncommitment b "B"\n',
        });
        await format({
            before: 'ctap { } summary { achievements { } }',
            after: 'ctap {\n}\n\nsummary {\n    achievements {\n    }\n}\n',
        });
    });

    it('formats only the gaps inside a range', async () => {
        await format({
            before: 'ctap {   economy "J"   }\nsection A "T" {   contact   x }\n',
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 30 } },
            after: 'ctap {   economy "J"   }\n\nsection A "T" {\n    contact x\n}\n',
        });
    });

    it('never formats a file with syntax errors', async () => {
        const broken = 'ctap {   economy   }\n';
        assert.equal(await formatted(broken), broken);
        const result = formatPlanText(services.shared, broken, URI.parse('memory:///broken.actionplan'));
        assert.equal(result.text, undefined);
        assert.deepEqual({ line: result.error?.line, column: result.error?.column }, { line: 1, column: 20 });
    });

    it("keeps the file's line ending (that of its first line) and ends the file with exactly one", async () => {
        assert.equal(await formatted('ctap {\r\n economy "J"\n}\r\n\r\n\r\n'), 'ctap {\r\n    economy "J"\r\n}\r\n');
        assert.equal(await formatted('ctap {\n economy "J"\r\n}\n\n'), 'ctap {\n    economy "J"\n}\n');
        const crlf = readFileSync(join(examples, 'small-ctap.actionplan'), 'utf8').replace(/\n/g, '\r\n');
        assert.equal(await formatted(crlf), crlf);
    });
});
