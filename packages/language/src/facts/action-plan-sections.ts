// How a section is named. A section has an id (`A`, `A.1`) and a title; an id
// without a dot names a top-level area of the template. Each audience gets its
// own form, all built here:
//   editor (outline, hover)      A.1 Protect Cargo        sectionLabel
//   rule messages                Section A.1 "Protect …"  sectionReference
//   reading copies (md, html)    A. ENHANCING …           sectionHeading
//   the template's text          A. ENHANCING …:          templateSectionHeading
import type { Section } from '../generated/ast.js';
import { quoteForMessage } from './action-plan-quoting.js';

/**
 * A section as the AST has it (`name`, `title`) or as the export model has it
 * (`id`, `title`). Half-typed sections (while editing) may lack either string.
 */
export type SectionName = Pick<Section, 'name' | 'title'> | { id?: string; title?: string };

function idOf(section: SectionName): string | undefined {
    return 'name' in section ? section.name : section.id;
}

/** True for a top-level area of the template (`A`), false for a subsection (`A.1`). */
export function isArea(id: string): boolean {
    return !id.includes('.');
}

/** `A.1 Protect Cargo`, as the source writes it: the editor's outline and hovers. */
export function sectionLabel(section: SectionName): string {
    return [idOf(section), section.title].filter((part) => part).join(' ');
}

/** `Section A.3 "Protect International Aviation"`: a section named in a diagnostic message. */
export function sectionReference(section: SectionName): string {
    return `Section ${idOf(section) ?? '?'} ${quoteForMessage(section.title, 80)}`;
}

/** `A. ENHANCING …` for an area, `A.1 Protect Cargo` for a subsection: the reading copies' headings. */
export function sectionHeading(section: SectionName): string {
    const id = idOf(section) ?? '';
    const title = section.title ?? '';
    if (id === '') return title;
    return `${id}${isArea(id) ? '.' : ''} ${title}`;
}

/**
 * The heading as the template's text prints it: `A. ENHANCING THE SECURE FLOW …`
 * (an area) or `A.1 Protect Cargo:`. As in the template, an area heading ends
 * with a colon only when content of its own (not just subsections) follows; a
 * title that ends with a colon gets one more (the importer drops the last). The
 * title prints as written (the template's areas are in capitals when the plan
 * writes them so), so that importing the text gives it back. A section without
 * an id is an area at the top level.
 */
export function templateSectionHeading(section: SectionName, topLevel: boolean, ownContent: boolean): string {
    const id = idOf(section) ?? '';
    const area = id === '' ? topLevel : isArea(id);
    const title = section.title ?? '';
    const colon = !area || ownContent || title.endsWith(':') ? ':' : '';
    const label = id === '' ? '' : area ? `${id}.` : id;
    return [label, title].filter((part) => part).join(' ') + colon;
}
