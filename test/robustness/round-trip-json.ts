// The JSON export of a plan with its ids set aside, for the DSL → text → DSL
// round trip: the importer derives its own ids (contacts from names,
// commitments from wording), so a contact reference becomes the contact's
// details and a commitment reference its position in the section. The list of
// contacts is compared as a set: the text gives them in order of first use.
import type {
    ExportContact,
    ExportSection,
    PlanExport,
} from '../../packages/language/src/render/action-plan-render-types.js';

export function withoutIds(model: PlanExport): unknown {
    if (model.kind !== 'ctap') return model;
    const contacts = new Map(model.contacts.map((c) => [c.id, details(c)]));
    const ref = (r: { contact: string; resolved: boolean; role?: string }) => ({
        ...r,
        contact: r.resolved ? contacts.get(r.contact) : r.contact,
    });
    const section = (s: ExportSection): unknown => {
        const position = new Map(s.commitments.map((c, i) => [c.id, i]));
        return {
            ...s,
            contacts: s.contacts.map(ref),
            commitments: s.commitments.map(({ id: _id, ...rest }) => rest),
            blocks: Object.fromEntries(
                Object.entries(s.blocks).map(([kind, entries]) => [
                    kind,
                    entries.map((e) => ({ ...e, commitment: position.get(e.commitment) })),
                ]),
            ),
            sections: s.sections.map(section),
        };
    };
    return JSON.parse(
        JSON.stringify({
            ...model,
            contacts: [...contacts.values()].sort(),
            sections: model.sections.map(section),
            assistance: model.assistance && { ...model.assistance, contacts: model.assistance.contacts.map(ref) },
        }),
    );
}

function details(contact: ExportContact): string {
    return JSON.stringify({ ...contact, id: undefined });
}
