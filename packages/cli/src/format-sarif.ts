import { pathToFileURL } from 'node:url';
import { ALL_ISSUE_CODES, ISSUE_CODE_INFO, codeDescriptionHref } from '@actionplan/language/node';
import type { FileDiagnostics } from '@actionplan/language/node';
import { displayPath, messageText, severityName, sortByPosition } from './format-shared.js';
import type { FormatContext } from './format-shared.js';

const LEVELS = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;
const INFORMATION_URI = 'https://github.com/actionplan/actionplan';

/** `missing-contact` → `MissingContact`: SARIF's readable rule name. */
function ruleName(code: string): string {
    return code.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}

/** A relative path as a URI reference: each segment percent-encoded. */
function relativeUri(path: string): string {
    return path
        .split('/')
        .map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
        .join('/');
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, every rule with id, name,
 * descriptions, help text and link; artifact URIs relative to the working
 * folder (uriBaseId %SRCROOT%); 1-based regions.
 */
export function formatSarif(results: FileDiagnostics[], context: FormatContext): string {
    const rules = ALL_ISSUE_CODES.map((code) => {
        const info = ISSUE_CODE_INFO[code]!;
        return {
            id: code,
            name: ruleName(code),
            shortDescription: { text: info.help },
            fullDescription: { text: info.help },
            helpUri: codeDescriptionHref(code),
            help: {
                text: `${info.help} See ${codeDescriptionHref(code)}`,
                markdown: `${info.help} [Documentation](${codeDescriptionHref(code)})`,
            },
            defaultConfiguration: { level: LEVELS[info.severity] },
        };
    });
    const ruleIndex = new Map(ALL_ISSUE_CODES.map((code, index) => [code, index]));
    const artifacts = results.map(({ path }) => ({
        location: { uri: relativeUri(displayPath(path, context.cwd)), uriBaseId: '%SRCROOT%' },
        roles: ['analysisTarget'],
    }));
    const sarifResults = results.flatMap(({ diagnostics }, artifactIndex) =>
        sortByPosition(diagnostics).map((d) => {
            const code = d.code === undefined ? undefined : String(d.code);
            const { start, end } = d.range;
            const region = {
                startLine: start.line + 1,
                startColumn: start.character + 1,
                endLine: end.line + 1,
                endColumn: end.character + 1,
            };
            return {
                ...(code !== undefined ? { ruleId: code } : {}),
                ...(code !== undefined && ruleIndex.has(code) ? { ruleIndex: ruleIndex.get(code) } : {}),
                level: LEVELS[severityName(d)],
                message: { text: messageText(d) },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: { ...artifacts[artifactIndex]!.location, index: artifactIndex },
                            region,
                        },
                    },
                ],
            };
        }),
    );
    const cwdUri = pathToFileURL(context.cwd.endsWith('/') ? context.cwd : `${context.cwd}/`).toString();
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'actionplan',
                        version: context.toolVersion,
                        semanticVersion: context.toolVersion,
                        informationUri: INFORMATION_URI,
                        rules,
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { uri: cwdUri } },
                artifacts,
                results: sarifResults,
                columnKind: 'utf16CodeUnits',
            },
        ],
    };
    return JSON.stringify(log, null, 2);
}
