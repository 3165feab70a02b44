// Fails loudly when a Langium or Chevrotain upgrade removes or renames a
// non-public member that parse/action-plan-parser-internals.ts relies on.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EmbeddedActionsParser } from 'chevrotain';
import { CstNodeBuilder, createLangiumParser, EmptyFileSystem } from 'langium';
import type { IToken } from 'chevrotain';
import { createActionPlanServices } from '../src/action-plan-module.js';
import { createActionPlanParser, MAX_SYNTAX_ERRORS } from '../src/parse/action-plan-parser.js';
import { RECOGNIZER_MEMBERS, recognizerOf, replaceNodeBuilder } from '../src/parse/action-plan-parser-internals.js';

const smallCtap = readFileSync(
    fileURLToPath(new URL('../../../examples/small-ctap.actionplan', import.meta.url)),
    'utf8',
);

describe('parser internals (Langium and Chevrotain members patched by parse/)', () => {
    const services = createActionPlanServices(EmptyFileSystem).ActionPlan;

    it('Chevrotain’s parser still has the recognizer methods that are wrapped', () => {
        const prototype = EmbeddedActionsParser.prototype as unknown as Record<string, unknown>;
        for (const [member, type] of Object.entries(RECOGNIZER_MEMBERS)) {
            if (type === 'function')
                assert.equal(typeof prototype[member], 'function', `EmbeddedActionsParser.${member}`);
        }
    });

    it('a Langium parser still exposes its Chevrotain recognizer with every member, fields included', () => {
        const recognizer = recognizerOf(createLangiumParser(services));
        assert.ok(Array.isArray(recognizer.errors));
        assert.ok(Array.isArray(recognizer.tokVector));
        assert.equal(typeof recognizer.currIdx, 'number');
        assert.equal(typeof recognizer.tokVectorLength, 'number');
    });

    it('a Langium parser builds its CST with the builder put in its place', () => {
        const parser = createLangiumParser(services);
        const builder = new CstNodeBuilder();
        let hidden = 0;
        const add = builder.addHiddenNodes.bind(builder);
        builder.addHiddenNodes = (tokens: IToken[]) => {
            hidden += tokens.length;
            add(tokens);
        };
        replaceNodeBuilder(parser, builder);
        const result = parser.parse('// a plan\nctap {\n    economy "Japan" // the economy\n}\n');
        assert.deepEqual(result.parserErrors, []);
        assert.equal(hidden, 2, 'both comments placed by the replacement builder');
    });

    it('names the missing member instead of failing later', () => {
        const parser = createLangiumParser(services);
        delete (parser as unknown as { wrapper?: unknown }).wrapper;
        assert.throws(() => recognizerOf(parser), /relies on LangiumParser\.wrapper.*parser-internals\.ts/);
        assert.throws(() => replaceNodeBuilder({} as never, new CstNodeBuilder()), /LangiumParser\.nodeBuilder/);
    });

    it('the patched parser still reads a real plan, and stops after MAX_SYNTAX_ERRORS errors', () => {
        const parser = createActionPlanParser(services);
        assert.deepEqual(parser.parse(smallCtap).parserErrors, []);
        const broken = parser.parse(
            `ctap {\n}\nsection A "t" {\n    commitment c ${'('.repeat(MAX_SYNTAX_ERRORS * 2)}\n}\n`,
        );
        // One error a line is reported (the others on it follow from the first), then the one saying so.
        assert.equal(broken.parserErrors.length, 2);
        assert.match(broken.parserErrors.at(-1)!.message, /the rest of the file is not read/);
    });
});
