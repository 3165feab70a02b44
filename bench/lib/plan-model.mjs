// Deterministic plan models for the benchmarks, shaped like seed 004 (Japan CTAP 2013):
// the same sections and commitments, measures drawn from the seed's own sentences,
// with economy, contacts, ids, texts and measure counts varied per plan by a seeded PRNG.
import { readFileSync } from 'node:fs';

const SEED_PATH = new URL('../../seeds/004_fd8583dd032ba8c1.txt', import.meta.url);

/** mulberry32: small, fast, deterministic across Node versions. */
export function rng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const ECONOMIES = [
    ['Australia', 'Canberra, Australia'],
    ['Brunei Darussalam', 'Bandar Seri Begawan, Brunei Darussalam'],
    ['Canada', 'Ottawa, Canada'],
    ['Chile', 'Santiago, Chile'],
    ["People's Republic of China", 'Beijing, China'],
    ['Hong Kong, China', 'Hong Kong, China'],
    ['Indonesia', 'Jakarta, Indonesia'],
    ['Japan', 'Tokyo, Japan'],
    ['Republic of Korea', 'Seoul, Korea'],
    ['Malaysia', 'Kuala Lumpur, Malaysia'],
    ['Mexico', 'Mexico City, Mexico'],
    ['New Zealand', 'Wellington, New Zealand'],
    ['Papua New Guinea', 'Port Moresby, Papua New Guinea'],
    ['Peru', 'Lima, Peru'],
    ['The Philippines', 'Manila, Philippines'],
    ['Russia', 'Moscow, Russia'],
    ['Singapore', 'Singapore'],
    ['Chinese Taipei', 'Taipei, Chinese Taipei'],
    ['Thailand', 'Bangkok, Thailand'],
    ['United States', 'Washington, D.C., United States'],
    ['Viet Nam', 'Hanoi, Viet Nam'],
];
const GIVEN = ['Tamaki', 'Aroha', 'Daniel', 'Mei', 'Carlos', 'Siti', 'Ivan', 'Grace', 'Minh', 'Rosa', 'Kenji', 'Ana'];
const FAMILY = ['MAEDA', 'WALKER', 'CHEN', 'TAN', 'LOPEZ', 'RAHMAN', 'PETROV', 'KIM', 'NGUYEN', 'SANTOS', 'ITO'];
const AGENCIES = [
    'APEC Division, Ministry of Foreign Affairs',
    'Counter-Terrorism Unit, Ministry of Home Affairs',
    'Aviation Security Operations, Civil Aviation Authority',
    'Border Policy, Customs Service',
    'Financial Intelligence Unit, Central Bank',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PARTNERS = ['ASEAN', 'the IMO', 'ICAO', 'the WCO', 'the FATF', 'INTERPOL', 'the UNODC', 'regional partners'];

let seedCache;

/** Sections, their commitments (prose and year groups) and the measure sentences of seed 004. */
export function seedMaterial() {
    if (seedCache) return seedCache;
    const lines = readFileSync(SEED_PATH, 'utf8')
        .split('\n')
        .map((l) => l.replace(/\\\$/g, '$').replace(/\*\*/g, '').trimEnd());
    const sections = [];
    let current;
    let inCommitments = false;
    for (const line of lines) {
        const heading = /^([A-C])(?:\.(\d))?\.? (.+?):?$/.exec(line);
        if (heading && /^[A-C](\.\d)? |^[A-C]\. /.test(line)) {
            current = {
                id: heading[2] ? `${heading[1]}.${heading[2]}` : heading[1],
                title: heading[3],
                commitments: [],
            };
            sections.push(current);
            inCommitments = false;
        } else if (line.startsWith("LEADERS' AND MINISTERS' COMMITMENTS")) {
            inCommitments = true;
        } else if (line.startsWith('MEASURES UNDERTAKEN')) {
            inCommitments = false;
        } else if (inCommitments && current && line.startsWith('- ')) {
            current.commitments.push(commitmentParts(line.slice(2)));
        }
    }
    const measures = lines
        .map((l) => l.replace(/^\s*\d+\.\s+/, ''))
        .filter((l) => l.length > 60 && !l.startsWith('- ') && !/^[A-Z0-9 .,()/?'&:-]+$/.test(l))
        .filter((l) => !/^(Objective|Contact Point|Telephone|-)/.test(l));
    seedCache = { sections: sections.filter((s) => s.commitments.length > 0 || s.id.length === 1), measures };
    return seedCache;
}

/** "Implement X (2005)." -> ['Implement X', [2005], '.'] */
function commitmentParts(text) {
    const parts = [];
    const re = /\((\d{4}(?:,\s*\d{4})*)\)/g;
    let last = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const prose = text.slice(last, m.index).trim();
        if (prose) parts.push(prose);
        parts.push(m[1].split(/,\s*/).map(Number));
        last = m.index + m[0].length;
    }
    const tail = text.slice(last).trim();
    if (tail) parts.push(tail);
    return parts;
}

function pick(r, list) {
    return list[Math.floor(r() * list.length)];
}

function int(r, lo, hi) {
    return lo + Math.floor(r() * (hi - lo + 1));
}

/** Two to four lower-case words of the commitment, dash-joined: never a keyword, varied per plan. */
function commitmentId(parts, style, used) {
    const words = parts
        .filter((p) => typeof p === 'string')
        .join(' ')
        .toLowerCase()
        .replace(/[^a-z ]/g, ' ')
        .split(/\s+/)
        .filter((w) => w.length > 3);
    const base = words.slice(style, style + 2 + (style % 3)).join('-') || 'commitment-x';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
}

function measureText(r, measures, economy) {
    let text = pick(r, measures).replace(/\bJapan(ese)?\b/g, economy);
    if (r() < 0.3) text = text.replace(/\.$/, '') + ` in cooperation with ${pick(r, PARTNERS)}.`;
    if (r() < 0.2) text = text.replace(/\b(19|20)\d\d\b/, String(int(r, 2003, 2012)));
    return text;
}

function items(r, measures, economy, count, options = {}) {
    const result = [];
    const seen = new Set();
    while (result.length < count) {
        let text = measureText(r, measures, economy);
        // Large plans draw more measures than the seed has: number the repeats.
        for (let n = 2; seen.has(text); n++) text = `${text.replace(/ \(\d+\)$/, '')} (${n})`;
        seen.add(text);
        const item = { text };
        if (options.timeframe && r() < 0.9)
            item.by = r() < 0.7 ? options.year + int(r, 0, 2) : `${pick(r, MONTHS)} ${options.year}`;
        if (r() < 0.18)
            item.items = Array.from({ length: int(r, 2, 3) }, (_, i) => ({
                text: `${pick(r, PARTNERS)} workshop ${i + 1}`,
            }));
        result.push(item);
    }
    return result;
}

/**
 * The model of plan `index`; `scale` repeats the sections (renamed, reworded) so a
 * 10x plan has ten times the commitments and measures of a seed-sized one.
 */
export function planModel(index, scale = 1) {
    const { sections, measures } = seedMaterial();
    const r = rng(0x5eed + index * 7919 + scale);
    const [economy, place] = ECONOMIES[index % ECONOMIES.length];
    const year = int(r, 2012, 2024);
    const contacts = Array.from({ length: int(r, 1, 3) }, (_, i) => {
        const family = pick(r, FAMILY);
        return {
            id: `${family.toLowerCase()}${i === 0 ? '' : `-${i + 1}`}`,
            name: `${pick(r, GIVEN)} ${family}`,
            title: `Official, ${pick(r, AGENCIES)}`,
            phone: `+${int(r, 1, 99)}-${int(r, 1, 9)}-${int(r, 1000, 9999)}-${int(r, 1000, 9999)}`,
            ext: r() < 0.5 ? String(int(r, 100, 9999)) : undefined,
            fax: `+${int(r, 1, 99)}-${int(r, 1, 9)}-${int(r, 1000, 9999)}-${int(r, 1000, 9999)}`,
            email: `ct${index}.${i}@gov${index % 97}.example`,
        };
    });
    const style = index % 4;
    const used = new Set();
    const top = [];
    for (let round = 0; round < scale; round++) {
        const suffix = round === 0 ? '' : `-${round + 1}`;
        let parent;
        for (const seedSection of sections) {
            const id = seedSection.id.replace(/^([A-C])/, `$1${suffix}`);
            const section = { id, title: seedSection.title, contacts: [], commitments: [], blocks: [], sections: [] };
            if (!id.includes('.')) {
                top.push(section);
                parent = section;
            } else {
                parent.sections.push(section);
            }
            if (seedSection.commitments.length === 0) continue;
            section.contacts.push({ id: contacts[0].id });
            if (contacts.length > 1 && r() < 0.3)
                section.contacts.push({ id: contacts[1].id, role: 'Emergency Point of Contact' });
            for (const parts of seedSection.commitments) {
                const text = parts.map((p, i) => (i === 0 && round > 0 ? `Phase ${round + 1}: ${p}` : p));
                section.commitments.push({ id: commitmentId(text, style, used), parts: text });
            }
            for (const kind of ['undertaken', 'planned', 'participated', 'needs', 'offers']) {
                for (const commitment of section.commitments) {
                    const chance = { undertaken: 0.9, planned: 0.7, participated: 0.12, needs: 0.1, offers: 0.12 }[
                        kind
                    ];
                    if (r() >= chance) continue;
                    const count = kind === 'undertaken' ? int(r, 1, 6) : int(r, 1, 3);
                    const list = items(r, measures, economy, count, { timeframe: kind === 'planned', year });
                    section.blocks.push({ kind, commitment: commitment.id, items: list });
                }
            }
        }
    }
    return {
        header: {
            document: `${year + 1}/SOM1/CTWG/${String(index % 1000).padStart(3, '0')}`,
            agendaItem: String(int(r, 2, 12)),
            economy,
            meeting: [
                `${pick(r, ['1st', '2nd', '3rd'])} Counter-Terrorism Working Group Meeting`,
                place,
                `${int(r, 1, 27)}-${int(r, 1, 27)} February ${year + 1}`,
            ],
            calendarYear: year,
            lastUpdated: [pick(r, MONTHS), r() < 0.85 ? year : year - 1],
        },
        contacts,
        summary: {
            achievements: items(r, measures, economy, int(r, 10, 16) * scale),
            forwardWork: items(r, measures, economy, int(r, 2, 4) * scale),
            capacityNeeds: items(r, measures, economy, int(r, 2, 3) * scale),
        },
        sections: top,
        assistance: { contacts: [{ id: contacts[0].id }], items: items(r, measures, economy, int(r, 1, 3)) },
    };
}
