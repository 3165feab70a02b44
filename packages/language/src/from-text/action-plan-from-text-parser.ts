// Chevrotain parsers over the line tokens: the CTAP template (header, executive
// summary, sections with their six lists, closing assistance part) and the
// progress report (title, date, intro, numbered areas). They only read the
// layout; what a line means (which commitment, which contact) is decided later.
import { EmbeddedActionsParser } from 'chevrotain';
import type { IRecognitionException, IToken, TokenType } from 'chevrotain';
import { ImportError } from './action-plan-from-text-error.js';
import type {
    RawContact,
    RawCtap,
    RawEntry,
    RawItem,
    RawList,
    RawReport,
    RawSection,
} from './action-plan-from-text-model.js';
import type { ListKind, SourceLine } from './action-plan-from-text-model.js';
import { stripMarkup } from '../facts/action-plan-text-escapes.js';
import { endsSentence } from './action-plan-from-text-wording.js';
import * as T from './action-plan-from-text-tokens.js';

const listKinds = new Map<TokenType, ListKind>([
    [T.CommitmentsHeading, 'commitments'],
    [T.UndertakenHeading, 'undertaken'],
    [T.PlannedHeading, 'planned'],
    [T.ParticipatedHeading, 'participated'],
    [T.NeedsHeading, 'needs'],
    [T.OffersHeading, 'offers'],
]);

const MARKER = /^\s*(?:-|\d+\.|\(\d+\)|\([a-z]\))\s*/;

/** The token's text without markup, escapes kept (values are unescaped once read). */
function source(token: IToken, stripMarker = false): SourceLine {
    const image = stripMarker ? token.image.replace(MARKER, '') : token.image;
    return { text: stripMarkup(image), line: token.startLine ?? 1 };
}

/** The item a sub-item of `indent` blanks goes under: the deepest last one indented less. */
function parentOf(item: RawItem, indent: number): RawItem {
    const child = item.subItems.at(-1);
    return child?.indent !== undefined && indent > child.indent ? parentOf(child, indent) : item;
}

/** Adds a line to a list of items: a new item, a sub-item, or the rest of a paragraph a page break cut. */
export function addItemLine(items: RawItem[], token: IToken, kind: RawItem['marker'] | 'sub', join = true): void {
    const line = source(token, kind !== 'paragraph');
    const last = items.at(-1);
    const indent = /^[ \t]*/.exec(token.image)![0].length;
    // A sub-bullet with no item above it (under an `inline` measure) starts an item of its own.
    const orphan = last?.marker === 'bullet' && last.indent !== undefined && indent <= last.indent;
    if (kind === 'sub' && last && !orphan) {
        parentOf(last, indent).subItems.push({ ...line, marker: 'bullet', subItems: [], indent });
    } else if (kind === 'sub') {
        items.push({ ...line, marker: 'bullet', subItems: [], indent });
    } else if (kind === 'paragraph' && join && last && !endsSentence(last.subItems.at(-1)?.text ?? last.text)) {
        const target = last.subItems.at(-1) ?? last;
        target.text = `${target.text} ${line.text}`;
        (target.joined ??= []).push(line.line);
    } else {
        items.push({ ...line, marker: kind, subItems: [] });
    }
}

class CanonicalTextParser extends EmbeddedActionsParser {
    constructor() {
        super(T.allTokens, { maxLookahead: 2 });
        this.performSelfAnalysis();
    }

    /** Recording-phase safe: the tokens are real only when not recording. */
    private item(items: RawItem[], token: IToken, kind: RawItem['marker'] | 'sub', join = true): void {
        this.ACTION(() => addItemLine(items, token, kind, join));
    }

    readonly ctap = this.RULE('ctap', (): RawCtap => {
        const plan: RawCtap = { header: [], summary: [], sections: [] };
        this.MANY(() => {
            const kind = this.OR([
                { ALT: () => ({ token: this.CONSUME(T.BoldRun), kind: 'bold' as const }) },
                { ALT: () => ({ token: this.CONSUME(T.HeaderField), kind: 'field' as const }) },
                { ALT: () => ({ token: this.CONSUME(T.TextLine), kind: 'text' as const }) },
            ]);
            this.ACTION(() => plan.header.push({ ...source(kind.token), kind: kind.kind }));
        });
        this.OPTION(() => {
            this.CONSUME(T.ExecutiveSummary);
            this.MANY2(() => {
                const heading = this.CONSUME(T.SummaryHeading);
                const items = this.SUBRULE(this.items);
                this.ACTION(() => plan.summary.push({ heading: source(heading), items }));
            });
        });
        this.MANY3(() => {
            const section = this.SUBRULE(this.section);
            this.ACTION(() => plan.sections.push(section));
        });
        this.OPTION2(() => {
            const heading = this.CONSUME(T.AssistanceHeading);
            const contacts: RawContact[] = [];
            const items: RawItem[] = [];
            // Contact paragraphs and items, in either order (the exporter puts the items first).
            this.MANY4(() => {
                this.OR2([
                    {
                        ALT: () => {
                            const contact = this.SUBRULE2(this.contact);
                            this.ACTION(() => contacts.push(contact));
                        },
                    },
                    { ALT: () => this.item(items, this.CONSUME2(T.Numbered), 'numbered') },
                    { ALT: () => this.item(items, this.CONSUME2(T.TextLine), 'paragraph') },
                    { ALT: () => this.item(items, this.CONSUME2(T.SubBullet), 'sub') },
                ]);
            });
            this.ACTION(() => (plan.assistance = { heading: source(heading), contacts, items }));
        });
        return plan;
    });

    private readonly section = this.RULE('section', (): RawSection => {
        const heading = this.CONSUME(T.SectionHeading);
        const section: RawSection = { heading: { text: '', line: 0 }, contacts: [], lists: [] };
        this.ACTION(() => (section.heading = source(heading)));
        this.MANY(() => {
            const contact = this.SUBRULE(this.contact);
            this.ACTION(() => section.contacts.push(contact));
        });
        this.MANY2(() => {
            const list = this.SUBRULE(this.list);
            this.ACTION(() => section.lists.push(list));
        });
        return section;
    });

    /** `Contact Point: Name: … Title: …` then `Telephone Number: … Fax Number: … Email Address: …`. */
    private readonly contact = this.RULE('contact', (): RawContact => {
        const role = this.CONSUME(T.ContactRoleLabel);
        const contact: RawContact = { role: '', fields: new Map(), line: 0 };
        this.ACTION(() =>
            Object.assign(contact, { role: stripMarkup(role.image.replace(/:$/, '')), line: role.startLine }),
        );
        this.MANY(() => {
            const label = this.CONSUME(T.FieldLabel);
            const value = this.OPTION(() => this.CONSUME(T.FieldValue));
            this.ACTION(() => contact.fields.set(label.image.replace(/:$/, ''), stripMarkup(value?.image ?? '')));
        });
        return contact;
    });

    private readonly list = this.RULE('list', (): RawList => {
        const heading = this.OR([
            { ALT: () => this.CONSUME(T.CommitmentsHeading) },
            { ALT: () => this.CONSUME(T.BlockHeading) },
        ]);
        const entries: RawEntry[] = [];
        this.MANY(() => {
            const bullet = this.CONSUME(T.Bullet);
            const items = this.SUBRULE(this.items);
            this.ACTION(() => entries.push({ bullet: source(bullet, true), items }));
        });
        return this.ACTION(() => ({ kind: listKinds.get(heading.tokenType)!, heading: source(heading), entries }));
    });

    /** Measures under a bullet, or a summary list: numbered items, paragraphs, ` - ` sub-bullets. */
    private readonly items = this.RULE('items', (): RawItem[] => {
        const items: RawItem[] = [];
        this.MANY(() => {
            this.OR([
                { ALT: () => this.item(items, this.CONSUME(T.Numbered), 'numbered') },
                { ALT: () => this.item(items, this.CONSUME(T.TextLine), 'paragraph') },
                { ALT: () => this.item(items, this.CONSUME(T.SubBullet), 'sub') },
            ]);
        });
        return items;
    });

    readonly report = this.RULE('report', (): RawReport => {
        const report: RawReport = { texts: [], areas: [], trailing: [] };
        this.MANY(() => {
            const text = this.CONSUME(T.TextLine);
            this.ACTION(() => report.texts.push(source(text)));
        });
        this.MANY2(() => {
            const heading = this.CONSUME(T.AreaHeading);
            const items: RawItem[] = [];
            this.MANY3(() => {
                this.OR([
                    { ALT: () => this.item(items, this.CONSUME(T.NumberItem), 'numbered') },
                    { ALT: () => this.item(items, this.CONSUME(T.LetterItem), 'sub') },
                    // Joined later: the last paragraph of the last area is the footer, joined or not.
                    { ALT: () => this.item(items, this.CONSUME2(T.TextLine), 'paragraph', false) },
                    { ALT: () => this.item(items, this.CONSUME(T.SubBullet), 'sub') },
                ]);
            });
            this.ACTION(() => report.areas.push({ heading: source(heading, true), items }));
        });
        return report;
    });
}

let parser: CanonicalTextParser | undefined;

/** Parses lexed tokens with the CTAP or report rule; the first syntax error becomes an ImportError. */
export function parseTokens<R extends 'ctap' | 'report'>(
    tokens: IToken[],
    rule: R,
): R extends 'ctap' ? RawCtap : RawReport {
    parser ??= new CanonicalTextParser();
    parser.input = tokens;
    const result = rule === 'ctap' ? parser.ctap() : parser.report();
    const error: IRecognitionException | undefined = parser.errors[0];
    if (error) {
        const token = error.token;
        const where = token.image ? `"${token.image.split('\n')[0]!.slice(0, 60)}"` : 'the end of the text';
        const form = rule === 'ctap' ? 'the CTAP template' : 'a progress report';
        throw new ImportError(
            `unexpected ${where}: no place for it in ${form} (in ${error.context.ruleStack.at(-1) ?? rule})`,
            Number.isFinite(token.startLine) ? token.startLine! : 1,
            Number.isFinite(token.startColumn) ? token.startColumn! : 1,
        );
    }
    return result as R extends 'ctap' ? RawCtap : RawReport;
}
