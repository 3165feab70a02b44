// Rewrites the `actionplan.rules` setting of package.json from the server's
// list of diagnostic codes (ISSUE_CODE_INFO), so the Settings editor offers
// exactly the codes the server reports. test/manifest.test.ts fails when they
// drift: run `npm run update-rule-settings -w packages/extension`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ISSUE_CODE_INFO } from '../../language/src/validation/action-plan-issue-codes.ts';

const path = join(import.meta.dirname, '..', 'package.json');
const manifest = JSON.parse(readFileSync(path, 'utf8'));
const properties: Record<string, object> = {};
for (const [code, info] of Object.entries(ISSUE_CODE_INFO).sort(([a], [b]) => a.localeCompare(b))) {
    properties[code] = {
        type: 'string',
        enum: ['off', 'error', 'warning', 'info', 'hint'],
        markdownDescription: `${info.help} Default: \`${info.severity}\`.`,
    };
}
manifest.contributes.configuration.properties['actionplan.rules'].properties = properties;
writeFileSync(path, JSON.stringify(manifest, null, 2) + '\n');
console.log(`actionplan.rules: ${Object.keys(properties).length} codes`);
