// Interprets a parsed progress report: title, date and introduction, the
// numbered areas with their (1) items and (a) sub-items, and the footer line.
import { unescapeText } from '../facts/action-plan-text-escapes.js';
import { toPlanItems } from './action-plan-from-text-commitments.js';
import { ImportError } from './action-plan-from-text-error.js';
import { endsSentence } from './action-plan-from-text-wording.js';
import type { Notices, RawItem, RawReport, ReportModel } from './action-plan-from-text-model.js';

const MONTH_YEAR =
    /^(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\s+(\d{4})$/;

export function buildReport(raw: RawReport, notices: Notices): ReportModel {
    const [title, ...rest] = raw.texts;
    if (!title) throw new ImportError('a progress report starts with its title line', 1, 1);
    const model: ReportModel = { form: 'progress-report', title: unescapeText(title.text), intro: [], areas: [] };
    const date = rest[0] && MONTH_YEAR.exec(rest[0].text);
    if (date) {
        model.date = { month: date[1]!, year: Number(date[2]) };
        rest.shift();
    }
    model.intro = rest.map((r) => unescapeText(r.text));
    raw.areas.forEach((area, index) => {
        const items: RawItem[] = [...area.items];
        // The lines after the last area's last item are the page's footer ("Back to Index").
        if (index === raw.areas.length - 1 && items.at(-1)?.marker === 'paragraph') {
            model.footer = unescapeText(items.pop()!.text);
        }
        joinCutParagraphs(items);
        for (const item of items) {
            if (item.marker === 'paragraph') {
                notices.add(item.line, 'an unnumbered paragraph in an area: kept as an item (the exporter numbers it)');
            }
        }
        model.areas.push({ title: unescapeText(area.heading.text), items: toPlanItems(items, notices) });
    });
    return model;
}

/** A paragraph after an item that does not end a sentence is the rest of it, cut by a page break. */
function joinCutParagraphs(items: RawItem[]): void {
    for (let i = 1; i < items.length; i++) {
        const item = items[i]!;
        const last = items[i - 1]!;
        const target = last.subItems.at(-1) ?? last;
        if (item.marker !== 'paragraph' || endsSentence(target.text)) continue;
        target.text = `${target.text} ${item.text}`;
        (target.joined ??= []).push(item.line);
        items.splice(i--, 1);
    }
}
