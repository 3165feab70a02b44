// Interprets a parsed progress report: title, date and introduction, the
// numbered areas with their (1) items and (a) sub-items, and the footer line.
import { toPlanItems } from './action-plan-from-text-commitments.js';
import { ImportError } from './action-plan-from-text-error.js';
import type { Notices, RawItem, RawReport, ReportModel } from './action-plan-from-text-model.js';

const MONTH_YEAR =
    /^(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\s+(\d{4})$/;

export function buildReport(raw: RawReport, notices: Notices): ReportModel {
    const [title, ...rest] = raw.texts;
    if (!title) throw new ImportError('a progress report starts with its title line', 1, 1);
    const model: ReportModel = { form: 'progress-report', title: title.text, intro: [], areas: [] };
    const date = rest[0] && MONTH_YEAR.exec(rest[0].text);
    if (date) {
        model.date = { month: date[1]!, year: Number(date[2]) };
        rest.shift();
    }
    model.intro = rest.map((r) => r.text);
    raw.areas.forEach((area, index) => {
        const items: RawItem[] = [...area.items];
        // The lines after the last area's last item are the page's footer ("Back to Index").
        if (index === raw.areas.length - 1 && items.at(-1)?.marker === 'paragraph') {
            model.footer = items.pop()!.text;
        }
        for (const item of items) {
            if (item.marker === 'paragraph') {
                notices.add(item.line, 'an unnumbered paragraph in an area: kept as an item (the exporter numbers it)');
            }
        }
        model.areas.push({ title: area.heading.text, items: toPlanItems(items, notices) });
    });
    return model;
}
