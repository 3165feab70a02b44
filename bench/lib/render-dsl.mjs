// Prints a plan model (plan-model.mjs) as an .actionplan file in the canonical layout.

const OBJECTIVE =
    "Where appropriate, to self-assess progress against APEC Leaders' and Ministers' counter-terrorism commitments, and to identify capacity building needs to assist the CTWG to identify priority areas for future cooperation.";

export function q(text) {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function commitmentText(parts) {
    return parts.map((p) => (typeof p === 'string' ? q(p) : `(${p.join(', ')})`)).join(' ');
}

function itemLines(items, indent, out) {
    for (const item of items) {
        let line = `${indent}- ${q(item.text)}`;
        if (item.by !== undefined) line += ` by ${typeof item.by === 'number' ? item.by : q(item.by)}`;
        if (item.items?.length) {
            out.push(`${line} {`);
            itemLines(item.items, indent + '    ', out);
            out.push(`${indent}}`);
        } else {
            out.push(line);
        }
    }
}

function listBlock(keyword, items, indent, out) {
    if (!items.length) return;
    out.push(`${indent}${keyword} {`);
    itemLines(items, indent + '    ', out);
    out.push(`${indent}}`);
}

function sectionLines(section, indent, out) {
    out.push(`${indent}section ${section.id} ${q(section.title)} {`);
    const inner = indent + '    ';
    const groups = [];
    if (section.contacts.length)
        groups.push(section.contacts.map((c) => `${inner}contact ${c.id}${c.role ? ` role ${q(c.role)}` : ''}`));
    if (section.commitments.length)
        groups.push(section.commitments.map((c) => `${inner}commitment ${c.id} ${commitmentText(c.parts)}`));
    if (section.blocks.length) {
        const lines = [];
        for (const block of section.blocks) listBlock(`${block.kind} ${block.commitment}`, block.items, inner, lines);
        groups.push(lines);
    }
    for (const sub of section.sections) {
        const lines = [];
        sectionLines(sub, inner, lines);
        groups.push(lines);
    }
    groups.forEach((group, i) => {
        if (i > 0) out.push('');
        out.push(...group);
    });
    out.push(`${indent}}`);
}

export function renderDsl(plan) {
    const h = plan.header;
    const blocks = [];
    blocks.push([
        'ctap {',
        `    forum "Asia-Pacific Economic Cooperation"`,
        `    document ${q(h.document)}`,
        `    agenda item ${q(h.agendaItem)}`,
        `    title ${q(`Counter-Terrorism Action Plan – ${h.economy}`)}`,
        `    purpose "Information"`,
        `    submitted by ${q(h.economy)}`,
        `    meeting ${q(h.meeting[0])} at ${q(h.meeting[1])} on ${q(h.meeting[2])}`,
        `    economy ${q(h.economy)}`,
        `    calendar year ${h.calendarYear}`,
        `    last updated ${h.lastUpdated[0]} ${h.lastUpdated[1]}`,
        `    objective ${q(OBJECTIVE)}`,
        '}',
    ]);
    for (const c of plan.contacts) {
        blocks.push([
            `contact ${c.id} {`,
            `    name ${q(c.name)}`,
            `    title ${q(c.title)}`,
            `    phone ${q(c.phone)}${c.ext ? ` ext ${q(c.ext)}` : ''}`,
            `    fax ${q(c.fax)}`,
            `    email ${q(c.email)}`,
            '}',
        ]);
    }
    const summary = ['summary {'];
    listBlock('achievements', plan.summary.achievements, '    ', summary);
    listBlock('forward work', plan.summary.forwardWork, '    ', summary);
    listBlock('capacity building needs', plan.summary.capacityNeeds, '    ', summary);
    summary.push('}');
    blocks.push(summary);
    for (const section of plan.sections) {
        const lines = [];
        sectionLines(section, '', lines);
        blocks.push(lines);
    }
    const assistance = ['assistance {'];
    for (const c of plan.assistance.contacts) assistance.push(`    contact ${c.id}`);
    itemLines(plan.assistance.items, '    ', assistance);
    assistance.push('}');
    blocks.push(assistance);
    return blocks.map((b) => b.join('\n')).join('\n\n') + '\n';
}
