// The floor of the CI lint benchmark: read every plan and run the Langium (Chevrotain)
// lexer of our services over it, nothing else. Usage: node bench/floor.mjs <folder>
import '@actionplan/language/polyfills';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { createActionPlanServices } from '@actionplan/language';

const folder = process.argv[2];
const { ActionPlan } = createActionPlanServices(EmptyFileSystem);
const lexer = ActionPlan.parser.Lexer;
let tokens = 0;
let errors = 0;
for (const name of (await readdir(folder)).filter((n) => n.endsWith('.actionplan')).sort()) {
    const result = lexer.tokenize(await readFile(join(folder, name), 'utf8'));
    tokens += result.tokens.length;
    errors += result.errors.length;
}
console.log(JSON.stringify({ tokens, errors }));
