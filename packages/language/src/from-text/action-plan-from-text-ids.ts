// Readable ids: commitments from a few key words of their wording, contacts
// from the family name. A collision gets a numeric suffix; an id is never a
// keyword of the language (the lexer would not read it as an id).

const KEYWORDS = new Set(
    (
        'import ctap forum document agenda item title purpose submitted by meeting at on economy calendar year last ' +
        'updated objective contact name phone ext fax email summary achievements forward work capacity building ' +
        'needs section role commitment continues note undertaken planned participated offers as inline assistance ' +
        'report date intro area footer catalog'
    ).split(' '),
);

// Words that say little about which commitment it is: grammar words, the
// template's usual verbs and qualifiers.
const FILLER = new Set(
    (
        'a an the and or of for to in on by with as at from into all any its their that which who where when while ' +
        'such than this these those be is are been including within between among over under per via ' +
        'implement implementing implementation continue continued promote support supporting enhance enhancing ' +
        'ensure review complete increase better take steps adopt work towards toward relevant economies economy ' +
        'member members apec possible practicable expeditiously highly effective appropriate applicable where ' +
        'efforts cooperation cooperate consider common more most other also well both each every one through ' +
        'voluntarily provide strengthen strengthened strict develop developed did not do so before'
    ).split(' '),
);

export class IdAllocator {
    private readonly used = new Set<string>();

    /** `base`, or `base-2`, `base-3` … when taken; a keyword gets the kind as suffix (`work-commitment`). */
    allocate(base: string, kind: 'commitment' | 'contact'): string {
        let stem = base || kind;
        if (KEYWORDS.has(stem)) stem += `-${kind}`;
        let id = stem;
        for (let n = 2; this.used.has(id); n++) id = `${stem}-${n}`;
        this.used.add(id);
        return id;
    }
}

function words(text: string): string[] {
    return text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/'s\b/g, '')
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 0);
}

const isKey = (w: string) => !FILLER.has(w) && !/^\d+$/.test(w) && w.length > 1;

/**
 * The first three key words: `Implement the APEC Framework for Secure Trade (2005).` →
 * `secure-trade-framework` (a head noun followed by `for` goes last, as one would say it).
 */
export function commitmentIdBase(prose: string): string {
    const all = words(prose);
    const first = all.findIndex(isKey);
    const picked =
        first >= 0 && all[first + 1] === 'for'
            ? [
                  ...all
                      .slice(first + 2)
                      .filter(isKey)
                      .slice(0, 2),
                  all[first]!,
              ]
            : all.filter(isKey).slice(0, 3);
    const base = picked.join('-') || 'commitment';
    return /^[a-z_]/.test(base) ? base : `c-${base}`;
}

/** `Tamaki MAEDA` → `maeda` (the capitalised family name, else the last word). */
export function contactIdBase(name: string | undefined): string {
    const parts = (name ?? '').split(/\s+/).filter((p) => p.length > 0);
    const family = parts.find((p) => p.length > 1 && p === p.toUpperCase() && /[A-Z]/.test(p)) ?? parts.at(-1);
    const id = words(family ?? '').join('-');
    return id && /^[a-z_]/.test(id) ? id : 'contact';
}
