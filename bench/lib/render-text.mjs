// Fallback only: prints a plan model as canonical text in the layout of seed 004, for the
// markdownlint comparison when the language package has no exporter yet (generate.mjs
// prefers exportPlan(document, 'markdown') and records which one it used).

const BLOCK_HEADINGS = {
    undertaken: 'MEASURES UNDERTAKEN SINCE LAST UPDATE TO IMPLEMENT COMMITMENTS',
    planned: 'FURTHER MEASURES PLANNED TO IMPLEMENT COMMITMENTS (indicate timeframe)',
    participated:
        'PLEASE DESCRIBE THE APEC CAPACITY BUILDING ACTIVITIES IN WHICH YOUR ECONOMY PARTICIPATED DURING THE LAST YEAR. WHAT BENEFITS DID YOUR ECONOMY DERIVE FROM THESE ACTIVITIES? WHAT FOLLOW-ON ACTIVITIES WOULD BE USEFUL?',
    needs: 'WHAT SPECIFIC CAPACITY BUILDING NEEDS DOES YOUR ECONOMY HAVE THAT HINDER YOUR ABILITY TO IMPLEMENT COMMITMENTS?',
    offers: 'WHAT KIND OF EXPERTISE AND/OR ASSISTANCE COULD YOUR ECONOMY PROVIDE TO OTHER APEC MEMBERS?',
};

/** The exporter's join rule: one space, none before `.`, `,`, `;`, `:` or `)`. */
function joinText(parts) {
    let text = '';
    for (const part of parts) {
        const piece = typeof part === 'string' ? part : `(${part.join(', ')})`;
        text += text === '' || /^[.,;:)]/.test(piece) ? piece : ` ${piece}`;
    }
    return text;
}

function numbered(items, out, indent = ' ') {
    items.forEach((item, i) => {
        const by = item.by === undefined ? '' : ` (by ${item.by})`;
        out.push(`${indent}${i + 1}. ${item.text}${by}`);
        if (item.items) numbered(item.items, out, indent + '   ');
    });
}

function contactLine(contact, plan, label = 'Contact Point') {
    const c = plan.contacts.find((x) => x.id === contact.id);
    const ext = c.ext ? `(Ex${c.ext})` : '';
    return [
        `${contact.role ?? label}: Name: ${c.name} Title: ${c.title}`,
        '',
        `Telephone Number: ${c.phone}${ext} Fax Number: ${c.fax} Email Address: ${c.email}`,
    ];
}

function section(s, plan, out) {
    out.push(`${s.id}${s.id.includes('.') ? '' : '.'} ${s.title}${s.id.includes('.') ? ':' : ''}`, '');
    for (const contact of s.contacts) out.push(...contactLine(contact, plan), '');
    if (s.commitments.length) {
        out.push("LEADERS' AND MINISTERS' COMMITMENTS", '');
        for (const c of s.commitments) out.push(`- ${joinText(c.parts)}`);
        out.push('');
        for (const kind of Object.keys(BLOCK_HEADINGS)) {
            out.push(BLOCK_HEADINGS[kind], '');
            for (const c of s.commitments) {
                out.push(`- ${joinText(c.parts)}`);
                for (const block of s.blocks.filter((b) => b.kind === kind && b.commitment === c.id)) {
                    numbered(block.items, out);
                }
            }
            out.push('');
        }
    }
    for (const sub of s.sections) section(sub, plan, out);
}

export function renderText(plan) {
    const h = plan.header;
    const out = ['**Asia-Pacific Economic Cooperation**', '', h.document, '', `Agenda Item: ${h.agendaItem}`, ''];
    out.push(`Counter-Terrorism Action Plan – ${h.economy}`, '', 'Purpose: Information', '');
    out.push(`Submitted by: ${h.economy}`, '', `**${h.meeting.join('\n')}**`, '');
    out.push(`${h.calendarYear} APEC COUNTER-TERRORISM ACTION PLAN`, '', 'ECONOMY:', '', h.economy, '');
    out.push('CALENDAR YEAR:', '', String(h.calendarYear), '', 'LAST UPDATED:', '', h.lastUpdated.join(' '), '');
    out.push('EXECUTIVE SUMMARY', '');
    out.push('1. Summary of main achievements/progress in implementing commitments since last update.');
    numbered(plan.summary.achievements, out);
    out.push('', '2. Summary of forward work program to implement commitments.', '');
    numbered(plan.summary.forwardWork, out, '');
    out.push('', '3. Summary of capacity building needs and opportunities.', '');
    numbered(plan.summary.capacityNeeds, out, '');
    out.push('');
    for (const s of plan.sections) section(s, plan, out);
    out.push('POSSIBLE ASSISTANCE AND EXPERTISE TO OFFER', '');
    for (const contact of plan.assistance.contacts) {
        out.push(...contactLine(contact, plan, 'Contact Point for Assistance and Expertise not included above'), '');
    }
    numbered(plan.assistance.items, out, '');
    return out.join('\n').replace(/\n*$/, '\n');
}
