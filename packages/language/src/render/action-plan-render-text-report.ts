// The `text` export of a progress report, laid out as seeds/000: title, date,
// intro paragraphs, `1. Area` headings, `(1)` items separated by blank lines,
// `(a)` sub-items right under their item, then the footer.
import { TextLines } from './action-plan-render-lines.js';
import { itemValue, plainLine, textValue } from './action-plan-render-text-escape.js';
import type { ExportItem, ReportExport } from './action-plan-render-types.js';

export function reportText(report: ReportExport): TextLines {
    const out = new TextLines('progress-report');
    out.paragraph(plainLine(textValue(report.title), 'report'), 'title');
    out.paragraph(report.date?.text);
    for (const paragraph of report.intro) out.paragraph(plainLine(textValue(paragraph), 'report'));
    for (const area of report.areas) {
        out.paragraph(`${area.number}. ${textValue(area.title)}`, 'heading1');
        area.items.forEach((item, index) => {
            out.blank().item(itemValue(item), 0, true, index + 1);
            item.subitems.forEach((sub, subIndex) => {
                out.item(itemValue(sub), 1, true, subIndex + 1);
                deeperItems(out, sub.subitems, 2);
            });
            out.blank();
        });
    }
    out.paragraph(report.footer === undefined ? undefined : plainLine(textValue(report.footer), 'report'));
    return out;
}

/** Below `(a)` the seeds have no numbering; deeper items print as indented dashes. */
function deeperItems(out: TextLines, items: readonly ExportItem[], depth: number): void {
    items.forEach((item, index) => {
        out.item(itemValue(item), depth, false, index + 1);
        deeperItems(out, item.subitems, depth + 1);
    });
}
