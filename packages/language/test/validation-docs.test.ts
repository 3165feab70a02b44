import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { URI } from 'langium';
import { ALL_ISSUE_CODES, ISSUE_CODE_INFO, IssueCodes } from '../src/validation/action-plan-issue-codes.js';
import { ConfigError, parseConfig } from '../src/workspace/action-plan-config.js';

const docs = fileURLToPath(new URL('../../../docs/', import.meta.url));
const diagnosticsMd = readFileSync(`${docs}diagnostics.md`, 'utf8');
const schema = JSON.parse(readFileSync(`${docs}actionplanrc.schema.json`, 'utf8')) as Record<string, unknown>;

describe('diagnostic codes: docs and config schema', () => {
    it('IssueCodes and ISSUE_CODE_INFO list the same codes, each with a severity and help text', () => {
        assert.deepEqual(Object.values(IssueCodes).sort(), [...ALL_ISSUE_CODES].sort());
        for (const code of ALL_ISSUE_CODES) assert.ok(ISSUE_CODE_INFO[code]!.help.length > 10, code);
    });

    it('docs/diagnostics.md has a section (anchor #code) per code stating its default severity', () => {
        for (const code of ALL_ISSUE_CODES) {
            const section = new RegExp(`^## ${code}\\n\\n\\*\\*${ISSUE_CODE_INFO[code]!.severity}\\.\\*\\*`, 'm');
            assert.match(diagnosticsMd, section, code);
            assert.ok(diagnosticsMd.includes(`[\`${code}\`](#${code})`), `${code} in the table`);
        }
    });

    it('the JSON Schema and the config loader accept and reject the same files', () => {
        const validate = new Ajv({ allErrors: true }).compile(schema);
        const cases: Array<[unknown, boolean]> = [
            [{ rules: { 'missing-timeframe': 'off', 'unsorted-years': 'warning' } }, true],
            [{ $schema: './docs/actionplanrc.schema.json', rules: {} }, true],
            [{}, true],
            [{ rules: { 'no-such-rule': 'off' } }, false],
            [{ rules: { 'missing-timeframe': 'warn' } }, false],
            [{ rule: {} }, false],
            [[], false],
        ];
        for (const [config, valid] of cases) {
            assert.equal(validate(config), valid, `schema: ${JSON.stringify(config)}`);
            const parsed = (() => {
                try {
                    parseConfig(JSON.stringify(config), URI.file('/x/.actionplanrc.json'));
                    return true;
                } catch (error) {
                    assert.ok(error instanceof ConfigError);
                    return false;
                }
            })();
            assert.equal(parsed, valid, `loader: ${JSON.stringify(config)}`);
        }
        const enumCodes = (
            schema.properties as Record<string, { propertyNames?: { enum: string[] } }>
        ).rules!.propertyNames!.enum.sort();
        assert.deepEqual(enumCodes, [...ALL_ISSUE_CODES].sort());
    });
});
