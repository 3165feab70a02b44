// Prints a PlanModel as ActionPlan DSL text. The layout (pretty, one line, or
// random whitespace and comments), the string escapes and the CRLF/BOM choices
// come from a seeded generator, so one model has many equivalent texts.
import type {
    AssistanceMember,
    BlockModel,
    CommitmentModel,
    ContactModel,
    ContactRoleModel,
    CtapMember,
    ItemModel,
    PartModel,
    PlanModel,
    SectionModel,
} from './plan-model.js';

export type Layout = 'pretty' | 'compact' | 'messy';

export interface PrintOptions {
    layout: Layout;
    seed: number;
    /** Escape characters that need none (`\n` for a newline, `\a` for `a`) now and then. */
    extraEscapes: boolean;
    crlf: boolean;
    bom: boolean;
    /** Print `{ }` after blocks and areas with no items (the AST is the same). */
    emptyBraces: boolean;
}

export const DEFAULT_PRINT: PrintOptions = {
    layout: 'pretty',
    seed: 1,
    extraEscapes: false,
    crlf: false,
    bom: false,
    emptyBraces: false,
};

/** A small deterministic PRNG (mulberry32), so a failing case replays from its seed. */
export function prng(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const NL = Symbol('newline');
type Token = string | typeof NL;

const MESSY_GAPS = [' ', '  ', '\t', '\n', '\r\n', '\n\n', ' /* a "comment" */ ', '/*\n * ✓ */', ' // it\'s "open\n'];

export function printPlan(model: PlanModel, options: PrintOptions = DEFAULT_PRINT): string {
    const random = prng(options.seed);
    const tokens: Token[] = [];
    const str = (value: string) => tokens.push(quote(value, options.extraEscapes ? random : undefined));
    const kw = (...words: string[]) => tokens.push(...words);
    const nl = () => tokens.push(NL);

    const item = (entry: ItemModel) => {
        kw('-');
        str(entry.text);
        if (entry.timeframe !== undefined) {
            kw('by');
            if (typeof entry.timeframe === 'number') kw(String(entry.timeframe));
            else str(entry.timeframe);
        }
        items(entry.items, false);
    };
    const items = (list: ItemModel[], always: boolean) => {
        if (list.length === 0 && !always && !options.emptyBraces) return;
        kw('{');
        for (const entry of list) {
            nl();
            item(entry);
        }
        nl();
        kw('}');
    };
    const parts = (list: PartModel[]) => {
        for (const part of list) {
            if ('prose' in part) str(part.prose);
            else kw('(', ...part.years.flatMap((year, i) => (i === 0 ? [String(year)] : [',', String(year)])), ')');
        }
    };
    const commitment = (c: CommitmentModel) => {
        kw('commitment', c.name);
        if (c.continues) kw('continues');
        parts(c.text);
        if (c.note !== undefined) {
            kw('note');
            str(c.note);
        }
    };
    const contactRole = (c: ContactRoleModel) => {
        kw('contact', c.contact);
        if (c.role !== undefined) {
            kw('role');
            str(c.role);
        }
    };
    const contact = (c: ContactModel) => {
        kw('contact', c.name, '{');
        for (const [field, value] of c.fields) {
            nl();
            kw(field);
            str(value);
            if (field === 'phone' && c.extension !== undefined) {
                kw('ext');
                str(c.extension);
            }
        }
        nl();
        kw('}');
    };
    const block = (b: BlockModel) => {
        kw(b.kind, b.commitment);
        if (b.wording) {
            kw('as');
            parts(b.wording);
        }
        if (b.inline) kw('inline');
        items(b.items, false);
    };
    const section = (s: SectionModel) => {
        kw('section', s.name);
        str(s.title);
        kw('{');
        for (const member of s.members) {
            nl();
            if ('contact' in member) contactRole(member.contact);
            else if ('commitment' in member) commitment(member.commitment);
            else if ('block' in member) block(member.block);
            else section(member.section);
        }
        nl();
        kw('}');
    };
    const assistance = (members: AssistanceMember[]) => {
        kw('assistance', '{');
        for (const member of members) {
            nl();
            if ('contact' in member) contactRole(member.contact);
            else item(member.item);
        }
        nl();
        kw('}');
    };
    const ctapMember = (member: CtapMember) => {
        if ('contact' in member) contact(member.contact);
        else if ('section' in member) section(member.section);
        else if ('assistance' in member) assistance(member.assistance);
        else {
            kw('summary', '{');
            for (const [name, list] of member.summary.lists) {
                nl();
                kw(...name.split(' '));
                items(list, true);
            }
            nl();
            kw('}');
        }
    };

    for (const path of model.imports) {
        kw('import');
        str(path);
        nl();
    }
    const body = model.body;
    if (body?.kind === 'ctap') {
        kw('ctap', '{');
        const h = body.header;
        for (const [field, value] of h.strings) {
            nl();
            kw(...field.split(' '));
            str(value);
        }
        if (h.meeting) {
            nl();
            kw('meeting');
            str(h.meeting.title);
            if (h.meeting.place !== undefined) {
                kw('at');
                str(h.meeting.place);
            }
            if (h.meeting.dates !== undefined) {
                kw('on');
                str(h.meeting.dates);
            }
        }
        if (h.calendarYear !== undefined) {
            nl();
            kw('calendar', 'year', String(h.calendarYear));
        }
        if (h.lastUpdated) {
            nl();
            kw('last', 'updated', h.lastUpdated.month, String(h.lastUpdated.year));
        }
        nl();
        kw('}');
        for (const member of body.members) {
            nl();
            nl();
            ctapMember(member);
        }
    } else if (body?.kind === 'report') {
        kw('report');
        str(body.title);
        kw('{');
        if (body.date) {
            nl();
            kw('date', body.date.month, String(body.date.year));
        }
        for (const intro of body.intro) {
            nl();
            kw('intro');
            str(intro);
        }
        nl();
        kw('}');
        for (const area of body.areas) {
            nl();
            nl();
            kw('area');
            str(area.title);
            items(area.items, false);
        }
        if (body.footer !== undefined) {
            nl();
            nl();
            kw('footer');
            str(body.footer);
        }
    } else if (body?.kind === 'catalog') {
        kw('catalog');
        str(body.title);
        for (const member of body.members) {
            nl();
            nl();
            if ('contact' in member) contact(member.contact);
            else commitment(member.commitment);
        }
    }
    tokens.push(NL);
    // CRLF applies to the layout only: a newline inside a string is part of the text.
    return (options.bom ? '\uFEFF' : '') + layout(tokens, options.layout, random, options.crlf ? '\r\n' : '\n');
}

function layout(tokens: Token[], style: Layout, random: () => number, eol: string): string {
    let out = '';
    let depth = 0;
    let pendingNewlines = 0;
    for (const token of tokens) {
        if (token === NL) {
            pendingNewlines++;
            continue;
        }
        if (token === '}') depth--;
        if (out.length > 0) {
            if (style === 'messy') {
                out += MESSY_GAPS[Math.floor(random() * MESSY_GAPS.length)]!.replace(/\r?\n/g, eol);
            } else if (style === 'compact' || pendingNewlines === 0) {
                out += ' ';
            } else {
                out += eol.repeat(Math.min(pendingNewlines, 2)) + '    '.repeat(Math.max(depth, 0));
            }
        }
        pendingNewlines = 0;
        out += token;
        if (token === '{') depth++;
    }
    return out + eol;
}

/** A STRING token for `value`: quotes and backslashes escaped; with `random`, other escapes now and then. */
export function quote(value: string, random?: () => number): string {
    let out = '"';
    for (const char of value) {
        if (char === '"' || char === '\\') out += '\\' + char;
        else if (random && char === '\n' && random() < 0.5) out += '\\n';
        else if (random && char === '\t' && random() < 0.5) out += '\\t';
        else if (random && /[a-ac-eg-mo-qsuw-zA-Z]/.test(char) && random() < 0.05) out += '\\' + char;
        else out += char;
    }
    return out + '"';
}
