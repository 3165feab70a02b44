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
    return body.includes('\\') ? body.replace(/\\([\s\S])/g, (_, c: string) => ESCAPES[c] ?? c) : body;
}

export class ActionPlanValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        return rule.name === 'STRING' ? unquoteString(input) : super.runConverter(rule, input, cstNode);
    }
}
