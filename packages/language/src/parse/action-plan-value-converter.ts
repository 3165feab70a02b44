import { DefaultValueConverter } from 'langium';
import type { CstNode, GrammarAST, ValueType } from 'langium';

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0' };

/**
 * Unquotes a STRING with Langium's escapes (`\n`, `\"`, `\\` …; any other escaped
 * character stands for itself) in one slice, or one replace when it has a backslash.
 * Langium's converter appends character by character: every string of a plan became
 * a rope of single characters that the first rule to read it had to flatten (a fifth
 * of a big plan's re-validation, and much of its garbage).
 */
export function unquoteString(image: string): string {
    const body = image.slice(1, -1);
    let slash = body.indexOf('\\');
    if (slash < 0) return body;
    // Runs between escapes are copied whole: a replace with a callback costs a call per escape.
    const parts: string[] = [];
    let from = 0;
    while (slash >= 0 && slash + 1 < body.length) {
        const c = body[slash + 1]!;
        parts.push(body.slice(from, slash), ESCAPES[c] ?? c);
        from = slash + 2;
        slash = body.indexOf('\\', from);
    }
    parts.push(body.slice(from));
    return parts.join('');
}

/**
 * Data type rules of several keywords (`calendar year`, `forward work`) come out of the
 * parser as their keywords run together; they are the phrases written in the plan.
 */
const PHRASES: Record<string, string> = {
    agendaitem: 'agenda item',
    submittedby: 'submitted by',
    calendaryear: 'calendar year',
    lastupdated: 'last updated',
    forwardwork: 'forward work',
    capacitybuildingneeds: 'capacity building needs',
};

export class ActionPlanValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING') return unquoteString(input);
        if (rule.name === 'HeaderFieldName' || rule.name === 'SummaryPart') return PHRASES[input] ?? input;
        return super.runConverter(rule, input, cstNode);
    }
}
