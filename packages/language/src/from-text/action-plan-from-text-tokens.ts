// Line-oriented tokens of the canonical text, in lexer modes: the CTAP header,
// the CTAP body, the fields of a contact paragraph, and the progress report.
// Every line token runs to the end of its line (the newline is skipped), so
// each token starts a line, and its kind is decided by how the line begins.
import { createToken, Lexer } from 'chevrotain';
import type { CustomPatternMatcherReturn, TokenType } from 'chevrotain';

/** The rest of a line; a backslash escapes the next character, a line break too (a break inside a value). */
const LINE = '(?:[^\\n\\\\]|\\\\[^])*';
const line = (head: string): RegExp => new RegExp(head + LINE);

/** Newlines and blank space carry no structure (line numbers come from the tokens). */
export const Newline = createToken({ name: 'Newline', pattern: /\r?\n/, group: Lexer.SKIPPED, line_breaks: true });
const BlankSpace = createToken({ name: 'BlankSpace', pattern: /[ \t\r\f\v\u00a0]+/, group: Lexer.SKIPPED });
/** A newline inside a contact paragraph ends its fields. */
const ContactNewline = createToken({
    name: 'ContactNewline',
    pattern: /\r?\n/,
    group: Lexer.SKIPPED,
    line_breaks: true,
    pop_mode: true,
});

// ---------------------------------------------------------------- CTAP header

/** `**Asia-Pacific\nEconomic Cooperation**`: one bold run, possibly over several lines. */
export const BoldRun = createToken({ name: 'BoldRun', pattern: /\*\*[^*]+\*\*/, line_breaks: true });
/** `Agenda Item: 7`, `ECONOMY:` (its value on a later line), `Objective: …`. */
export const HeaderField = createToken({ name: 'HeaderField', pattern: line('[A-Z][A-Za-z ]*:'), line_breaks: true });

// ---------------------------------------------------------------- CTAP body

export const ExecutiveSummary = createToken({
    name: 'ExecutiveSummary',
    pattern: line('EXECUTIVE SUMMARY'),
    line_breaks: true,
    push_mode: 'ctapBody',
});
/** `1. Summary of main achievements …`: the three questions of the executive summary. */
export const SummaryHeading = createToken({
    name: 'SummaryHeading',
    pattern: line('\\d+\\.[ \\t]+Summary of'),
    line_breaks: true,
});
/** `A. ENHANCING …`, `A.1 Protect Cargo:`, `B. HALTING TERRORIST FINANCING:`. */
export const SectionHeading = createToken({
    name: 'SectionHeading',
    pattern: line('[A-Z](?:\\.|(?:\\.\\d+)+\\.?)[ \\t]+'),
    line_breaks: true,
});
const SectionHeadingFirst = createToken({
    name: 'SectionHeadingFirst',
    pattern: line('[A-Z](?:\\.|(?:\\.\\d+)+\\.?)[ \\t]+'),
    line_breaks: true,
    categories: SectionHeading,
    push_mode: 'ctapBody',
});
export const CommitmentsHeading = createToken({
    name: 'CommitmentsHeading',
    pattern: line("LEADERS['’] AND MINISTERS['’] COMMITMENTS"),
    line_breaks: true,
});
/** The five per-commitment questions; which one is told by the token type. */
export const BlockHeading = createToken({ name: 'BlockHeading', pattern: Lexer.NA });
export const UndertakenHeading = createToken({
    name: 'UndertakenHeading',
    pattern: line('MEASURES UNDERTAKEN'),
    line_breaks: true,
    categories: BlockHeading,
});
export const PlannedHeading = createToken({
    name: 'PlannedHeading',
    pattern: line('FURTHER MEASURES PLANNED'),
    line_breaks: true,
    categories: BlockHeading,
});
export const ParticipatedHeading = createToken({
    name: 'ParticipatedHeading',
    pattern: line('PLEASE DESCRIBE THE APEC CAPACITY BUILDING ACTIVITIES'),
    line_breaks: true,
    categories: BlockHeading,
});
export const NeedsHeading = createToken({
    name: 'NeedsHeading',
    pattern: line('WHAT SPECIFIC CAPACITY BUILDING NEEDS'),
    line_breaks: true,
    categories: BlockHeading,
});
export const OffersHeading = createToken({
    name: 'OffersHeading',
    pattern: line('WHAT KIND OF EXPERTISE'),
    line_breaks: true,
    categories: BlockHeading,
});
export const AssistanceHeading = createToken({
    name: 'AssistanceHeading',
    pattern: line('POSSIBLE ASSISTANCE AND EXPERTISE TO OFFER'),
    line_breaks: true,
});
/**
 * `Contact Point:`, `Emergency Aviation Security Point of Contact:` — the role (any
 * words up to the first colon that is not escaped), then the fields.
 */
export const ContactRoleLabel = createToken({
    name: 'ContactRoleLabel',
    pattern:
        /(?:[^\s:\\]|\\[^])(?:[^\n:\\]|\\[^])*:(?=[ \t]+(?:Name|Title|Telephone Number|Fax Number|Email Address):)/,
    line_breaks: true,
    push_mode: 'contact',
});
/** A bullet at the margin: a commitment (or, after a page break, a stray continuation). */
export const Bullet = createToken({ name: 'Bullet', pattern: line('-[ \\t]+'), line_breaks: true });
/** An indented ` - ` bullet: a sub-item. */
export const SubBullet = createToken({ name: 'SubBullet', pattern: line('[ \\t]+-[ \\t]+'), line_breaks: true });
/** ` 1. …` or `1. …`: a numbered measure or summary item. */
export const Numbered = createToken({ name: 'Numbered', pattern: line('[ \\t]*\\d+\\.[ \\t]+'), line_breaks: true });
export const TextLine = createToken({
    name: 'TextLine',
    pattern: new RegExp('(?:[^\\s\\\\]|\\\\[^])' + LINE),
    line_breaks: true,
});

// ---------------------------------------------------------------- contact fields

export const FieldLabel = createToken({ name: 'FieldLabel', pattern: Lexer.NA });
const labels: Array<[string, string]> = [
    ['NameLabel', 'Name:'],
    ['TitleLabel', 'Title:'],
    ['PhoneLabel', 'Telephone Number:'],
    ['FaxLabel', 'Fax Number:'],
    ['EmailLabel', 'Email Address:'],
];
export const [NameLabel, TitleLabel, PhoneLabel, FaxLabel, EmailLabel] = labels.map(([name, text]) =>
    createToken({ name, pattern: text, categories: FieldLabel }),
) as [TokenType, TokenType, TokenType, TokenType, TokenType];
/** `Telephone Number:` (or `Fax Number:`, `Email Address:` when there is none) at the start of a line opens a contact paragraph's second line. */
export const PhoneLineLabel = createToken({
    name: 'PhoneLineLabel',
    pattern: /(?:Telephone Number|Fax Number|Email Address):/,
    categories: [FieldLabel],
    push_mode: 'contact',
});
const labelAhead = /^[ \t]+(?:Name|Title|Telephone Number|Fax Number|Email Address):/;
/** A field's value: the rest of the line up to the next field label. */
export const FieldValue = createToken({
    name: 'FieldValue',
    pattern: (text: string, offset: number): CustomPatternMatcherReturn | null => {
        let end = offset;
        while (end < text.length && text[end] !== '\n' && text[end] !== '\r') {
            if (end > offset && labelAhead.test(text.slice(end, end + 24))) break;
            // An escaped character, a line break too, belongs to the value.
            end += text[end] === '\\' && end + 1 < text.length ? 2 : 1;
        }
        return end > offset ? [text.slice(offset, end)] : null;
    },
    line_breaks: true,
});

// ---------------------------------------------------------------- progress report

/** `1. Strengthening exchange of information …` */
export const AreaHeading = createToken({ name: 'AreaHeading', pattern: line('\\d+\\.[ \\t]+'), line_breaks: true });
/** `(1) Japan participated …` */
export const NumberItem = createToken({ name: 'NumberItem', pattern: line('\\(\\d+\\)'), line_breaks: true });
/** `(a) In March 2005, …` */
export const LetterItem = createToken({ name: 'LetterItem', pattern: line('\\([a-z]\\)'), line_breaks: true });

// SubBullet comes before BlankSpace: its leading blank is what marks it.
const ctapBody = [
    Newline,
    SubBullet,
    BlankSpace,
    ExecutiveSummary,
    SummaryHeading,
    CommitmentsHeading,
    UndertakenHeading,
    PlannedHeading,
    ParticipatedHeading,
    NeedsHeading,
    OffersHeading,
    AssistanceHeading,
    ContactRoleLabel,
    PhoneLineLabel,
    SectionHeading,
    Bullet,
    Numbered,
    TextLine,
];

export const canonicalTextLexer = new Lexer(
    {
        modes: {
            ctapHeader: [Newline, BlankSpace, ExecutiveSummary, SectionHeadingFirst, BoldRun, HeaderField, TextLine],
            ctapBody,
            contact: [ContactNewline, BlankSpace, NameLabel, TitleLabel, PhoneLabel, FaxLabel, EmailLabel, FieldValue],
            report: [Newline, SubBullet, BlankSpace, AreaHeading, NumberItem, LetterItem, TextLine],
        },
        defaultMode: 'ctapHeader',
    },
    { positionTracking: 'full', ensureOptimizations: false, skipValidations: false },
);

/** Every token type, for the parsers' vocabulary. */
export const allTokens: TokenType[] = [
    Newline,
    BoldRun,
    HeaderField,
    SectionHeadingFirst,
    BlockHeading,
    FieldLabel,
    ...ctapBody.filter((t) => t !== Newline && t !== BlankSpace),
    NameLabel,
    TitleLabel,
    PhoneLabel,
    FaxLabel,
    EmailLabel,
    FieldValue,
    AreaHeading,
    NumberItem,
    LetterItem,
];
