import type { AstNode, LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { isCatalog, isCtapPlan, isDocument, isProgressReport } from '../generated/ast.js';
import type { Area, Section } from '../generated/ast.js';
import { reportsMeasures } from '../facts/index.js';

/** Problems counted by severity (hints are not counted: they are not problems). */
export interface ProblemCounts {
    errors: number;
    warnings: number;
    infos: number;
}

/** One CTAP section (or progress-report area) with what it holds. */
export interface SectionSummary extends ProblemCounts {
    /** `A.1`, or the area's number for a progress report. */
    id: string;
    title: string;
    /** 0-based line of the section's first token, for navigation. */
    line: number;
    commitments: number;
    /** Measures undertaken and planned (top-level items), or an area's items. */
    measures: number;
    sections: SectionSummary[];
}

/** What the "Show Plan Summary" view and the status bar show. */
export interface PlanSummary extends ProblemCounts {
    form: 'ctap' | 'progress-report' | 'catalog' | 'none';
    title?: string;
    economy?: string;
    year?: number;
    commitments: number;
    measures: number;
    sections: SectionSummary[];
}

export function planSummary(document: LangiumDocument): PlanSummary {
    const diagnostics = document.diagnostics ?? [];
    const root = document.parseResult.value;
    const body = isDocument(root) ? root.body : undefined;
    const base = { ...countProblems(diagnostics), commitments: 0, measures: 0, sections: [] as SectionSummary[] };
    if (isCtapPlan(body)) {
        const sections = body.sections.map((section) => sectionSummary(section, diagnostics));
        return {
            ...base,
            form: 'ctap',
            title: body.header?.title,
            economy: body.header?.economy,
            year: body.header?.calendarYear,
            commitments: sum(sections, (s) => s.commitments),
            measures: sum(sections, (s) => s.measures),
            sections,
        };
    }
    if (isProgressReport(body)) {
        const sections = body.areas.map((area, index) => areaSummary(area, index, diagnostics));
        return {
            ...base,
            form: 'progress-report',
            title: body.title,
            year: body.date?.year,
            measures: sum(sections, (s) => s.measures),
            sections,
        };
    }
    if (isCatalog(body)) {
        return { ...base, form: 'catalog', title: body.title, commitments: body.commitments.length };
    }
    return { ...base, form: 'none' };
}

function sectionSummary(section: Section, diagnostics: Diagnostic[]): SectionSummary {
    const sections = section.sections.map((nested) => sectionSummary(nested, diagnostics));
    const own = section.blocks
        .filter((block) => reportsMeasures(block.kind))
        .reduce((count, block) => count + block.items.length, 0);
    return {
        id: section.name ?? '',
        title: section.title ?? '',
        line: startLine(section),
        commitments: section.commitments.length + sum(sections, (s) => s.commitments),
        measures: own + sum(sections, (s) => s.measures),
        ...countProblems(diagnosticsWithin(section, diagnostics)),
        sections,
    };
}

function areaSummary(area: Area, index: number, diagnostics: Diagnostic[]): SectionSummary {
    return {
        id: String(index + 1),
        title: area.title ?? '',
        line: startLine(area),
        commitments: 0,
        measures: area.items.length,
        ...countProblems(diagnosticsWithin(area, diagnostics)),
        sections: [],
    };
}

function startLine(node: AstNode): number {
    return node.$cstNode?.range.start.line ?? 0;
}

/** Diagnostics that start inside the node's text (a section's include its subsections'). */
function diagnosticsWithin(node: AstNode, diagnostics: Diagnostic[]): Diagnostic[] {
    const range = node.$cstNode?.range;
    if (!range) return [];
    const { start, end } = range;
    return diagnostics.filter(({ range: { start: at } }) => {
        const afterStart = at.line > start.line || (at.line === start.line && at.character >= start.character);
        const beforeEnd = at.line < end.line || (at.line === end.line && at.character <= end.character);
        return afterStart && beforeEnd;
    });
}

function countProblems(diagnostics: Diagnostic[]): ProblemCounts {
    const count = (severity: DiagnosticSeverity) =>
        diagnostics.filter((d) => (d.severity ?? DiagnosticSeverity.Error) === severity).length;
    return {
        errors: count(DiagnosticSeverity.Error),
        warnings: count(DiagnosticSeverity.Warning),
        infos: count(DiagnosticSeverity.Information),
    };
}

function sum<T>(items: T[], value: (item: T) => number): number {
    return items.reduce((total, item) => total + value(item), 0);
}
