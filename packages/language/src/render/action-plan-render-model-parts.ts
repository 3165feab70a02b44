// The leaves of the export model: contacts, dates, commitment wording, items.
// Each reads a possibly half-built AST node without throwing.
import type { AstNode, Reference } from 'langium';
import type { Commitment, CommitmentText, Contact, Item, MonthYear } from '../generated/ast.js';
import { joinWording, wordingParts } from '../facts/index.js';
import type { ExportCommitment, ExportContact, ExportItem, ExportMonthYear } from './action-plan-render-types.js';

export function resolve<T extends AstNode>(reference: Reference<T> | undefined): T | undefined {
    try {
        return reference?.ref;
    } catch {
        return undefined;
    }
}

export function monthYear(source: MonthYear | undefined): ExportMonthYear | undefined {
    if (!source || source.month === undefined || source.year === undefined) return undefined;
    return { month: source.month, year: source.year, text: `${source.month} ${source.year}` };
}

export function contact(source: Contact): ExportContact {
    return {
        id: source.name ?? '',
        name: source.fullName,
        title: source.title,
        phone: source.phone,
        extension: source.extension,
        fax: source.fax,
        email: source.email,
    };
}

export function commitment(source: Commitment, declaredHere: boolean): ExportCommitment {
    const parts = wordingParts(source.text);
    const result: ExportCommitment = {
        id: source.name ?? '',
        text: joinWording(parts),
        years: parts.flatMap((part) => ('years' in part ? part.years : [])),
        parts,
        continues: source.continues === true,
        declaredHere,
    };
    if (source.note !== undefined) result.note = source.note;
    return result;
}

export function unresolvedCommitment(id: string, wording: CommitmentText | undefined): ExportCommitment {
    const parts = wording ? wordingParts(wording) : [{ text: id }];
    return {
        id,
        text: joinWording(parts),
        years: parts.flatMap((part) => ('years' in part ? part.years : [])),
        parts,
        continues: false,
        declaredHere: false,
    };
}

export function items(source: readonly Item[] | undefined): ExportItem[] {
    return (source ?? [])
        .filter((item) => item !== undefined)
        .map((item) => {
            const timeframe = item.timeframe?.year ?? item.timeframe?.text;
            const result: ExportItem = {
                text: item.text ?? '',
                ...(timeframe === undefined ? {} : { timeframe }),
                subitems: items(item.items),
            };
            return result;
        });
}
