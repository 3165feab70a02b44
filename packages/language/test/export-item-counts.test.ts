// Every renderer shows every measure: the text, Markdown and HTML exports of
// the seed plan hold as many items (measures and sub-items, at every depth) as
// its JSON export, per kind of list. Each format is counted from its own
// layout: Markdown list lines below the commitment bullets, HTML <li> inside an
// <ol>, and the text export as the importer reads it back.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importCanonicalText } from '../src/from-text/action-plan-from-text.js';
import type { Document } from '../src/generated/ast.js';
import { exportPlan } from '../src/render/action-plan-render.js';
import type { CtapExport, ExportItem, ExportSection } from '../src/render/action-plan-render-types.js';
import { createTestServices, disposeAll } from './test-services.js';

const { services, parse } = createTestServices();
const seedPlan = fileURLToPath(new URL('../../../examples/japan-ctap-2013.actionplan', import.meta.url));

function countItems(items: readonly ExportItem[]): number {
    return items.reduce((sum, item) => sum + 1 + countItems(item.subitems), 0);
}

function sectionItems(section: ExportSection): number {
    const own = Object.values(section.blocks)
        .flat()
        .reduce((sum, entry) => sum + countItems(entry.items), 0);
    return own + section.sections.reduce((sum, sub) => sum + sectionItems(sub), 0);
}

/** Items of the JSON export: summary lists, every block of every section, the assistance part. */
function jsonItems(plan: CtapExport): number {
    const summary = plan.summary
        ? countItems(plan.summary.achievements) +
          countItems(plan.summary.forwardWork) +
          countItems(plan.summary.capacityNeeds)
        : 0;
    return (
        summary + plan.sections.reduce((sum, s) => sum + sectionItems(s), 0) + countItems(plan.assistance?.items ?? [])
    );
}

/** Markdown: numbered lines at the margin (summary), and every list line indented under a commitment bullet. */
function markdownItems(markdown: string): number {
    return markdown.split('\n').filter((line) => /^(?:\d+\. |\s+(?:\d+\.|-) )/.test(line)).length;
}

/** HTML: an <li> inside an <ol> (measures are numbered; their sub-items are lists inside them). */
function htmlItems(html: string): number {
    let ordered = 0;
    let items = 0;
    for (const [tag] of html.matchAll(/<\/?(?:ol|li)\b/g)) {
        if (tag === '<ol') ordered++;
        else if (tag === '</ol') ordered--;
        else if (tag === '<li' && ordered > 0) items++;
    }
    return items;
}

describe('export: every renderer has every item of examples/japan-ctap-2013.actionplan', () => {
    afterEach(() => disposeAll(services));

    async function exports() {
        const document = await parse(readFileSync(seedPlan, 'utf8'));
        const root = document.parseResult.value as Document;
        const json = JSON.parse(exportPlan(root, 'json')) as CtapExport;
        return { root, json, expected: jsonItems(json) };
    }

    it('counts the items of the JSON export (the hand count of the seed)', async () => {
        const { json, expected } = await exports();
        // 004 has measures in every section; the count is well above a trivial one.
        assert.ok(expected > 60, `only ${expected} items`);
        assert.ok(json.sections.length >= 3);
    });

    it('markdown', async () => {
        const { root, expected } = await exports();
        assert.equal(markdownItems(exportPlan(root, 'markdown')), expected);
    });

    it('html', async () => {
        const { root, expected } = await exports();
        assert.equal(htmlItems(exportPlan(root, 'html')), expected);
    });

    it('text, as the importer reads it back', async () => {
        const { root, expected } = await exports();
        const imported = await parse(importCanonicalText(exportPlan(root, 'text')).dsl);
        const back = JSON.parse(exportPlan(imported.parseResult.value as Document, 'json')) as CtapExport;
        assert.equal(jsonItems(back), expected);
    });
});
