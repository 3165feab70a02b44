// Shared by the text-export tests: the seeds as ground truth and small helpers.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LangiumDocument } from 'langium';
import { exportPlan } from '../src/render/action-plan-render.js';
import type { Document } from '../src/generated/ast.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** A file of the repository, by its path from the root. */
export const read = (path: string) => readFileSync(root + path, 'utf8');

/** Seed 004 (Japan CTAP 2013) line by line, 1-based: the ground truth for the template's wording. */
export const seed004 = ['', ...read('seeds/004_fd8583dd032ba8c1.txt').split('\n')];

/** An exporter to text over a test file's own parse helper. */
export function textExporter(parse: (source: string) => Promise<LangiumDocument<Document>>) {
    return async (source: string): Promise<string> => {
        const document = await parse(source);
        return exportPlan(document.parseResult.value, 'text');
    };
}

export function count(lines: string[], line: string): number {
    return lines.filter((l) => l === line).length;
}

/** A DSL string literal. */
export const q = (text: string) => JSON.stringify(text);
