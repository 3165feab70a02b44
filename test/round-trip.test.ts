// Round trip over both seeds: canonical text → import → export text. The
// export is idempotent (a second import/export cycle gives the same bytes) and
// lossless (every line of the seed, markup and numbering aside, appears in the
// export, in order).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { createActionPlanServices } from '../packages/language/src/action-plan-module.js';
import { exportPlan } from '../packages/language/src/render/action-plan-render.js';
import type { Document } from '../packages/language/src/generated/ast.js';
import { importCanonicalText } from '../packages/language/src/from-text/action-plan-from-text.js';
import { repoRoot } from './cli-helpers.js';

const services = createActionPlanServices(EmptyFileSystem);
let documents = 0;

/** Parses and links an imported plan, then exports it as canonical text. */
async function exportText(dsl: string): Promise<string> {
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const document = LangiumDocumentFactory.fromString<Document>(
        dsl,
        URI.file(`/round-trip-${documents++}.actionplan`),
    );
    LangiumDocuments.addDocument(document);
    await DocumentBuilder.build([document]);
    try {
        assert.deepEqual(document.parseResult.parserErrors, []);
        return exportPlan(document.parseResult.value, 'text');
    } finally {
        LangiumDocuments.deleteDocument(document.uri);
    }
}

/** A line, markup removed and whitespace normalised, without list numbering at its start. */
export function normalise(line: string): string {
    return line
        .replace(/\*\*/g, '')
        .replace(/\\([\\`*_{}[\]()#+\-.!$])/g, '$1')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^(?:\d+\.|-|\(\d+\)|\([a-z]\))\s+/, '')
        .replace(/\s+([.,;)])/g, '$1');
}

function normalisedLines(text: string): Array<{ text: string; line: number }> {
    return text
        .split('\n')
        .map((raw, index) => ({ text: normalise(raw), line: index + 1 }))
        .filter((l) => l.text !== '');
}

/**
 * The seed lines that do not appear, in order, among the exported lines. A seed
 * line may also match joined with the next one or two seed lines: a paragraph
 * or heading the source broke (page break, bold run over lines) is one line in
 * the export.
 */
export function missingInOrder(seed: string, exported: string): Array<{ text: string; line: number }> {
    const source = normalisedLines(seed);
    const target = normalisedLines(exported).map((l) => l.text);
    const missing: Array<{ text: string; line: number }> = [];
    let at = 0;
    for (let i = 0; i < source.length;) {
        let matched = false;
        for (let span = 1; span <= 3 && i + span <= source.length && !matched; span++) {
            const joined = normalise(
                source
                    .slice(i, i + span)
                    .map((l) => l.text)
                    .join(' '),
            );
            const found = target.indexOf(joined, at);
            if (found >= 0) {
                at = found + 1;
                i += span;
                matched = true;
            }
        }
        if (!matched) missing.push(source[i++]!);
    }
    return missing;
}

const seeds = ['004_fd8583dd032ba8c1.txt', '000_85b3a39294e53046.txt'];

describe('round trip: import then export text', () => {
    for (const name of seeds) {
        const seed = readFileSync(join(repoRoot, 'seeds', name), 'utf8');

        it(`is idempotent on seeds/${name}: export(import(export(import(x)))) = export(import(x))`, async () => {
            const first = await exportText(importCanonicalText(seed).dsl);
            const second = await exportText(importCanonicalText(first).dsl);
            assert.equal(second, first);
        });

        it(`is lossless on seeds/${name}: every seed line appears in the export, in order`, async () => {
            const exported = await exportText(importCanonicalText(seed).dsl);
            const missing = missingInOrder(seed, exported);
            assert.deepEqual(
                missing.map((m) => `${m.line}: ${m.text.slice(0, 80)}`),
                [],
            );
        });
    }

    it('the in-order check finds a dropped line and a swapped pair', () => {
        const seed = 'A\n\n- one (2002) .\n 1. two\n**three**\n';
        assert.deepEqual(missingInOrder(seed, 'A\n- one (2002).\n 1. two\nthree\n'), []);
        assert.deepEqual(
            missingInOrder(seed, 'A\n- one (2002).\nthree\n').map((m) => m.line),
            [4],
        );
        assert.deepEqual(
            missingInOrder(seed, 'A\nthree\n- one (2002).\n 1. two\n').map((m) => m.line),
            [5],
        );
    });
});
