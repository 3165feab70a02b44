// The `text` export of a progress report, laid out as seeds/000: title, date,
// intro paragraphs, `1. Area` headings, `(1)` items separated by blank lines,
// `(a)` sub-items right under their item, then the footer.
import { TextLines } from './action-plan-render-lines.js';
import { itemText, letterLabel } from './action-plan-render-text-join.js';
import type { ExportItem, ReportExport } from './action-plan-render-types.js';

export function reportText(report: ReportExport): string {
    const out = new TextLines();
    out.paragraph(report.title);
    out.paragraph(report.date?.text);
    for (const paragraph of report.intro) out.paragraph(paragraph);
    for (const area of report.areas) {
        out.paragraph(`${area.number}. ${area.title}`);
        area.items.forEach((item, index) => {
            out.blank().line(`(${index + 1}) ${itemText(item)}`);
            item.subitems.forEach((sub, subIndex) => {
                out.line(`(${letterLabel(subIndex)}) ${itemText(sub)}`);
                deeperItems(out, sub.subitems, 1);
            });
            out.blank();
        });
    }
    out.paragraph(report.footer);
    return out.toString();
}

/** Below `(a)` the seeds have no numbering; deeper items print as indented dashes. */
function deeperItems(out: TextLines, items: readonly ExportItem[], depth: number): void {
    for (const item of items) {
        out.line(`${' '.repeat(depth)}- ${itemText(item)}`);
        deeperItems(out, item.subitems, depth + 1);
    }
}
