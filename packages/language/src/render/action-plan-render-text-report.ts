// The `text` export of a progress report, laid out as seeds/000: title, date,
// intro paragraphs, `1. Area` headings, `(1)` items separated by blank lines,
// `(a)` sub-items right under their item, then the footer.
import { TextLines } from './action-plan-render-lines.js';
import { itemValue, plainLine, textValue } from './action-plan-render-text-escape.js';
import { letterLabel } from './action-plan-render-text-join.js';
import type { ExportItem, ReportExport } from './action-plan-render-types.js';

export function reportText(report: ReportExport): string {
    const out = new TextLines();
    out.paragraph(plainLine(textValue(report.title), 'report'));
    out.paragraph(report.date?.text);
    for (const paragraph of report.intro) out.paragraph(plainLine(textValue(paragraph), 'report'));
    for (const area of report.areas) {
        out.paragraph(`${area.number}. ${textValue(area.title)}`);
        area.items.forEach((item, index) => {
            out.blank().line(`(${index + 1}) ${itemValue(item)}`);
            item.subitems.forEach((sub, subIndex) => {
                out.line(`(${letterLabel(subIndex)}) ${itemValue(sub)}`);
                deeperItems(out, sub.subitems, 1);
            });
            out.blank();
        });
    }
    out.paragraph(report.footer === undefined ? undefined : plainLine(textValue(report.footer), 'report'));
    return out.toString();
}

/** Below `(a)` the seeds have no numbering; deeper items print as indented dashes. */
function deeperItems(out: TextLines, items: readonly ExportItem[], depth: number): void {
    for (const item of items) {
        out.line(`${' '.repeat(depth)}- ${itemValue(item)}`);
        deeperItems(out, item.subitems, depth + 1);
    }
}
