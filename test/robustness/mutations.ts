// Mutation operators for the fuzzers: each takes a corpus file's bytes and a
// seeded random source and returns damaged bytes, the way plans get damaged by
// hand edits, copy-paste from Word and PDFs, half-typed text and bad encodings.
import { prng } from './plan-printer.js';

export type Random = () => number;

export interface Mutation {
    name: string;
    apply(input: Buffer, random: Random): Buffer;
}

const int = (random: Random, max: number) => Math.floor(random() * max);
const pick = <T>(random: Random, list: readonly T[]): T => list[int(random, list.length)]!;

/** Tokens of the language, and text close to them, inserted at random positions. */
const TOKENS = [
    'ctap',
    '{',
    '}',
    '"',
    '""',
    '(',
    ')',
    ',',
    '.',
    '-',
    '- "x"',
    '(2005)',
    '(2005, 2006',
    'section',
    'section A.1 "t" {',
    'commitment',
    'commitment c "x" (2002) "."',
    'undertaken',
    'planned c {',
    'contact',
    'contact walker',
    'contact x {',
    'role',
    'as',
    'inline',
    'continues',
    'note',
    'by',
    'by 2014',
    'by "December"',
    'import "../../../../etc/passwd"',
    'import ""',
    'import "."',
    'report "r" {',
    'area',
    'footer',
    'catalog "c"',
    'last updated Foo 99999999999999999999999',
    'calendar year 0',
    '99999999999999999999999999',
    '/*',
    '*/',
    '//',
    '\\',
    '\\"',
    '<script>alert(1)</script>',
    '\u0000',
    '\uFEFF',
    '\u2028',
    '\r',
    'é',
    '🛂',
];

const splitLines = (input: Buffer) => input.toString('latin1').split(/(?<=\n)/);
const joinLines = (lines: string[]) => Buffer.from(lines.join(''), 'latin1');

function insertAt(input: Buffer, at: number, bytes: Buffer): Buffer {
    return Buffer.concat([input.subarray(0, at), bytes, input.subarray(at)]);
}

export const MUTATIONS: Mutation[] = [
    {
        name: 'byte-flip',
        apply(input, random) {
            const out = Buffer.from(input);
            for (let n = 1 + int(random, 8); n > 0 && out.length > 0; n--)
                out[int(random, out.length)]! ^= 1 << int(random, 8);
            return out;
        },
    },
    {
        name: 'random-bytes',
        apply(input, random) {
            const bytes = Buffer.from(Array.from({ length: 1 + int(random, 16) }, () => int(random, 256)));
            return insertAt(input, int(random, input.length + 1), bytes);
        },
    },
    {
        name: 'truncate-line',
        apply(input, random) {
            const lines = splitLines(input);
            return joinLines(lines.slice(0, int(random, lines.length + 1)));
        },
    },
    {
        name: 'truncate-byte',
        apply(input, random) {
            return input.subarray(0, int(random, input.length + 1));
        },
    },
    {
        name: 'delete-lines',
        apply(input, random) {
            const lines = splitLines(input);
            const at = int(random, lines.length);
            lines.splice(at, 1 + int(random, 3));
            return joinLines(lines);
        },
    },
    {
        name: 'duplicate-lines',
        apply(input, random) {
            const lines = splitLines(input);
            const at = int(random, lines.length);
            lines.splice(at, 0, ...lines.slice(at, at + 1 + int(random, 3)));
            return joinLines(lines);
        },
    },
    {
        name: 'swap-lines',
        apply(input, random) {
            const lines = splitLines(input);
            const a = int(random, lines.length);
            const b = int(random, lines.length);
            [lines[a], lines[b]] = [lines[b]!, lines[a]!];
            return joinLines(lines);
        },
    },
    {
        name: 'random-token',
        apply(input, random) {
            let out = input;
            for (let n = 1 + int(random, 4); n > 0; n--) {
                out = insertAt(out, int(random, out.length + 1), Buffer.from(' ' + pick(random, TOKENS) + ' '));
            }
            return out;
        },
    },
    {
        name: 'unbalanced-quote',
        apply(input, random) {
            const quotes = [...input.keys()].filter((i) => input[i] === 0x22);
            if (quotes.length > 0 && random() < 0.5) {
                const at = pick(random, quotes);
                return Buffer.concat([input.subarray(0, at), input.subarray(at + 1)]);
            }
            return insertAt(input, int(random, input.length + 1), Buffer.from('"'));
        },
    },
    {
        name: 'unbalanced-brace',
        apply(input, random) {
            const braces = [...input.keys()].filter((i) => input[i] === 0x7b || input[i] === 0x7d);
            if (braces.length === 0) return insertAt(input, int(random, input.length + 1), Buffer.from('{'));
            const at = pick(random, braces);
            return Buffer.concat([input.subarray(0, at), input.subarray(at + 1)]);
        },
    },
    {
        name: 'nul-bytes',
        apply(input, random) {
            const nuls = Buffer.alloc(1 + int(random, 4));
            return insertAt(input, int(random, input.length + 1), nuls);
        },
    },
    {
        name: 'mixed-eol',
        apply(input, random) {
            const text = input.toString('latin1');
            return Buffer.from(
                text.replace(/\r?\n/g, () => pick(random, ['\n', '\r\n', '\r', '\n\r', '\r\r\n'])),
                'latin1',
            );
        },
    },
    {
        name: 'bom',
        apply(input, random) {
            const boms = [Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];
            const bom = pick(random, boms);
            // Mostly at the start, sometimes twice or in the middle (files concatenated).
            return random() < 0.7 ? Buffer.concat([bom, input]) : insertAt(input, int(random, input.length + 1), bom);
        },
    },
    {
        name: 'invalid-utf8',
        apply(input, random) {
            const bad = [
                [0xff],
                [0xfe],
                [0xc3],
                [0xc0, 0xaf],
                [0xed, 0xa0, 0x80],
                [0xf4, 0x90, 0x80, 0x80],
                [0xe2, 0x82],
                [0x80, 0x80, 0x80],
            ];
            let out = input;
            for (let n = 1 + int(random, 3); n > 0; n--) {
                out = insertAt(out, int(random, out.length + 1), Buffer.from(pick(random, bad)));
            }
            return out;
        },
    },
    {
        name: 'latin1-reencode',
        apply(input) {
            // A UTF-8 file saved again as Latin-1 by an old editor: é becomes one byte 0xE9.
            return Buffer.from(input.toString('utf8'), 'latin1');
        },
    },
    {
        name: 'long-line',
        apply(input, random) {
            const unit = pick(random, ['a', '"', 'x ', '- "x" ', '{', '(', '\\', 'é', '/*']);
            const line = unit.repeat(Math.ceil((20_000 + int(random, 200_000)) / unit.length));
            return insertAt(input, int(random, input.length + 1), Buffer.from(line));
        },
    },
];

const LONG_LINE = MUTATIONS.find((m) => m.name === 'long-line')!;
const COMMON = MUTATIONS.filter((m) => m !== LONG_LINE);

/** The rare, expensive ones: kept out of the per-case mix and run a fixed number of times. */
export function hugeLine(input: Buffer, random: Random, kind = int(random, 3), size = 10 * 1024 * 1024): Buffer {
    const line =
        kind === 0
            ? '- "' + 'x'.repeat(size) + '"' // one 10 MB string
            : kind === 1
              ? 'a'.repeat(size) // one 10 MB identifier
              : '"'.repeat(size); // 10 MB of quotes
    const at = input.indexOf('\n', int(random, input.length + 1));
    return insertAt(input, at < 0 ? input.length : at + 1, Buffer.from(line + '\n'));
}

/** Applies 1 to 3 random mutations to `input`; the returned name lists them. */
export function mutate(input: Buffer, seed: number): { name: string; bytes: Buffer } {
    const random = prng(seed);
    let bytes = input;
    const names: string[] = [];
    for (let n = 1 + int(random, 3); n > 0; n--) {
        // Long lines cost 10x a usual case: 1 case in 50 gets one.
        const mutation = random() < 0.02 ? LONG_LINE : pick(random, COMMON);
        names.push(mutation.name);
        bytes = mutation.apply(bytes, random);
    }
    return { name: names.join('+'), bytes };
}
