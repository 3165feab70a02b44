// Contact points as people write them in Word: `Contact Point: Name: … Title: …`
// in one paragraph (line breaks or not), the role alone followed by one
// paragraph a field, or a table of label | value rows (with or without the role
// in a row of its own). Each becomes the template's contact fields.
import type { ContactField } from '../render/action-plan-render-lines.js';

/** Field labels as the template writes them, and the variants people type, lower case. */
const LABELS: ReadonlyArray<[canonical: string, variants: string[]]> = [
    ['Name', ['name', 'full name']],
    ['Title', ['title', 'position', 'job title']],
    ['Telephone Number', ['telephone number', 'telephone', 'tel', 'tel.', 'phone', 'phone number']],
    ['Fax Number', ['fax number', 'fax']],
    ['Email Address', ['email address', 'email', 'e-mail', 'e-mail address']],
];

const BY_VARIANT = new Map(LABELS.flatMap(([canonical, variants]) => variants.map((v) => [v, canonical] as const)));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A label with its colon, at the start of the text or after a blank. */
const LABEL_IN_TEXT = new RegExp(
    `(?:^|(?<=\\s))(${[...BY_VARIANT.keys()]
        .sort((a, b) => b.length - a.length)
        .map(escape)
        .join('|')})[ \\t]*:`,
    'gi',
);

/** `Contact Point: …`, `Emergency Aviation Security Point of Contact: …`: the role and the rest of the line. */
const ROLE_LINE = /^[ \t]*([A-Z][^\n:]*Point[^\n:]*?)[ \t]*:[ \t]*(.*)$/;

export function roleLine(line: string): { role: string; rest: string } | undefined {
    const match = ROLE_LINE.exec(line);
    if (!match) return undefined;
    // `Contact Point` must be followed by fields or nothing: `Point: the measures …` is prose.
    const rest = match[2]!;
    if (rest.trim() !== '' && fieldsInText(rest) === undefined) return undefined;
    return { role: match[1]!, rest };
}

/** A label cell (`Name`, `Name:`, `E-mail`), as its canonical label. */
export function labelCell(cell: string): string | undefined {
    return BY_VARIANT.get(
        cell
            .trim()
            .replace(/[ \t]*:$/, '')
            .toLowerCase(),
    );
}

/** Fields written in running text (`Name: X Title: Y`), or undefined when the text does not start with a label. */
export function fieldsInText(text: string): ContactField[] | undefined {
    const matches = [...text.matchAll(LABEL_IN_TEXT)];
    const first = matches[0];
    if (!first || text.slice(0, first.index).trim() !== '') return undefined;
    // A label left empty (`Fax Number:` and nothing) is a field the plan does not have.
    return matches
        .map((match, i): ContactField => {
            const end = matches[i + 1]?.index ?? text.length;
            const value = text.slice(match.index + match[0].length, end);
            return [BY_VARIANT.get(match[1]!.toLowerCase())!, oneLine(value)];
        })
        .filter(([, value]) => value !== '');
}

/** A table of label | value rows: its role (from a `Contact Point` row, if any) and fields; undefined if not one. */
export function contactTable(rows: readonly string[][]): { role?: string; fields: ContactField[] } | undefined {
    let role: string | undefined;
    const fields: ContactField[] = [];
    for (const row of rows) {
        const cells = row.map((cell) => cell.trim());
        if (cells.every((cell) => cell === '')) continue;
        // In a table the role may go without its colon: `Contact Point`.
        const roleCell =
            cells[0] === undefined ? undefined : roleLine(/:\s*$/.test(cells[0]) ? cells[0] : `${cells[0]}:`);
        if (roleCell && cells.slice(1).every((cell) => cell === '' || cell === cells[0])) {
            if (role !== undefined || fields.length > 0) return undefined;
            role = roleCell.role;
            const inline = fieldsInText(roleCell.rest);
            if (inline) fields.push(...inline);
            continue;
        }
        // label | value pairs, two or four cells a row.
        for (let i = 0; i < cells.length; i += 2) {
            const label = labelCell(cells[i]!);
            if (label === undefined) return undefined;
            const value = oneLine(cells[i + 1] ?? '');
            if (value !== '') fields.push([label, value]);
        }
    }
    return fields.length > 0 || role !== undefined ? { role, fields } : undefined;
}

/** Values keep no line breaks: a contact point's fields are one line each in the template. */
function oneLine(text: string): string {
    return text
        .split('\n')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .join(' ');
}
