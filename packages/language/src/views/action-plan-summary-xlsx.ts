// The cross-economy summary as an Excel workbook (exceljs): the matrix with frozen
// headings and a colour per status, needs ↔ offers, and the contact directory.
// Plan text is always a string cell: a text starting with = + - @ is never a formula.
import type { PlanSummary } from './action-plan-summary-model.js';
import { cellText, planLabel } from './action-plan-summary-render.js';

const FILLS = {
    undertaken: 'FFC8E6C9',
    planned: 'FFFFF3C4',
    both: 'FFB3D7F2',
    none: 'FFEEEEEE',
    absent: 'FFFFFFFF',
} as const;

export async function renderSummaryXlsx(summary: PlanSummary): Promise<Uint8Array> {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'ActionPlan';
    type Sheet = ReturnType<typeof workbook.addWorksheet>;
    /**
     * Adds a row of plain values. exceljs stores a JavaScript string as a string cell
     * (shared string) and writes a formula only for a `{ formula }` object, which this
     * file never builds: "=HYPERLINK(…)" in a measure stays text.
     */
    const addRow = (sheet: Sheet, values: Array<string | number>) => sheet.addRow(values);

    const matrix = workbook.addWorksheet('Commitments', { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
    matrix.columns = [{ width: 9 }, { width: 70 }, ...summary.plans.map(() => ({ width: 14 }))];
    addRow(matrix, ['Section', 'Commitment', ...summary.plans.map(planLabel)]).font = { bold: true };
    for (const row of summary.commitments) {
        const r = addRow(matrix, [row.section, row.text, ...summary.plans.map((p) => cellText(row.status[p.file]!))]);
        summary.plans.forEach((p, i) => {
            const status = row.status[p.file]!.status;
            r.getCell(i + 3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[status] } };
        });
        r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    }

    const needs = workbook.addWorksheet('Needs and offers', { views: [{ state: 'frozen', ySplit: 1 }] });
    needs.columns = [
        { width: 14 },
        { width: 9 },
        { width: 60 },
        { width: 10 },
        { width: 14 },
        { width: 9 },
        { width: 60 },
        { width: 8 },
    ];
    addRow(needs, ['Economy', 'Section', 'Need', 'Match', 'Offered by', 'Section', 'Offer', 'Score']).font = {
        bold: true,
    };
    for (const m of summary.matches) {
        const offers = [
            ...m.offers.map((o) => ['same commitment', o] as const),
            ...m.similar.map((o) => ['similar', o] as const),
        ];
        if (offers.length === 0) addRow(needs, [m.economy ?? m.file, m.section, m.need, 'none']);
        for (const [kind, o] of offers)
            addRow(needs, [
                m.economy ?? m.file,
                m.section,
                m.need,
                kind,
                o.economy ?? o.file,
                o.section,
                o.text,
                o.score,
            ]);
    }

    const contacts = workbook.addWorksheet('Contacts', { views: [{ state: 'frozen', ySplit: 1 }] });
    contacts.columns = [
        { width: 14 },
        { width: 10 },
        { width: 28 },
        { width: 22 },
        { width: 40 },
        { width: 28 },
        { width: 16 },
        { width: 10 },
        { width: 10 },
    ];
    addRow(contacts, [
        'Economy',
        'Section',
        'Role',
        'Name',
        'Title',
        'E-mail',
        'Last updated',
        'Errors',
        'Warnings',
    ]).font = { bold: true };
    const plans = new Map(summary.plans.map((p) => [p.file, p]));
    for (const c of summary.contacts) {
        const plan = plans.get(c.file)!;
        addRow(contacts, [
            c.economy ?? c.file,
            c.section,
            c.role ?? 'Contact Point',
            c.name ?? '',
            c.title ?? '',
            c.email ?? '',
            plan.lastUpdated ?? '',
            plan.errors,
            plan.warnings,
        ]);
    }
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}
