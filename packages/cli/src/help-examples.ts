import type { Command } from 'commander';

/** Examples shown under each command's `--help`, by command name ('' is `actionplan --help`). */
export const HELP_EXAMPLES: Record<string, string[]> = {
    '': [
        'actionplan init                                    start a plan folder (.actionplanrc.json, example.actionplan)',
        'actionplan new --template ctap-2013 --economy Chile --year 2026 -o chile.actionplan',
        'actionplan lint plans/                             check every plan under plans/',
        'actionplan format --write plans/                   put the plans in the canonical layout',
        'actionplan import ctap-2013.txt -o japan.actionplan   template text to a plan',
        'actionplan export japan.actionplan --format html -o japan.html',
        'actionplan lint --help                             the options of one command',
    ],
    init: ['actionplan init                  in the current folder; refuses to overwrite existing files'],
    lint: [
        'actionplan lint plans/                              every problem as path:line:col  severity  message  code',
        'actionplan lint --format github .                   annotations on a GitHub pull request',
        'actionplan lint --format sarif -o lint.sarif .      a SARIF log for code scanning',
        'actionplan lint --max-warnings 0 plans/             fail on warnings too',
        'actionplan lint --rule missing-timeframe=off plan.actionplan',
        'actionplan lint --fix plans/                        sort year groups, merge exact duplicates',
        'cat plan.actionplan | actionplan lint --stdin --stdin-filename plans/plan.actionplan',
    ],
    format: [
        'actionplan format plan.actionplan                   print the formatted plan',
        'actionplan format --check plans/                    list the files to format (exit 1 if any)',
        'actionplan format --write plans/                    rewrite them in place',
    ],
    import: [
        'actionplan import ctap-2013.txt                     print the plan',
        'actionplan import ctap-2013.txt -o japan.actionplan',
        'actionplan import --form progress-report progress-2005.txt -o progress.actionplan',
    ],
    summary: [
        'actionplan summary plans/                           the cross-economy summary as text',
        'actionplan summary plans/ --format xlsx -o summary.xlsx',
        'actionplan summary plans/ reports/*.txt --format html -o summary.html',
        "actionplan summary plans/ --format json | jq '.matches'       needs matched to offers",
    ],
    new: [
        'actionplan new --template ctap-2013 --economy "New Zealand" --year 2026 -o nz.actionplan',
        'actionplan new --template forms/my-template.actionplan --economy Chile --year 2026',
    ],
    'roll-forward': ["actionplan roll-forward nz.actionplan --year 2027 -o nz-2027.actionplan   next year's plan"],
    diff: [
        'actionplan diff japan-2012.actionplan japan-2013.actionplan',
        'actionplan diff japan-2012.txt japan-2013.actionplan --format markdown -o changes.md',
        'actionplan diff a.actionplan b.actionplan --format json | jq \'.changes[] | select(.what == "measure")\'',
    ],
    export: [
        'actionplan export japan.actionplan                  the canonical template text',
        'actionplan export japan.actionplan --format json -o japan.json',
        'actionplan export japan.actionplan --format html -o japan.html',
        'actionplan export japan.actionplan --format markdown > japan.md',
    ],
};

/** Adds an "Examples:" section to the help of the program and of every command that has examples. */
export function addHelpExamples(program: Command): void {
    const add = (command: Command, examples: string[] | undefined) => {
        if (!examples) return;
        command.addHelpText('after', `\nExamples:\n${examples.map((line) => `  ${line}`).join('\n')}\n`);
    };
    add(program, HELP_EXAMPLES['']);
    for (const command of program.commands) add(command, HELP_EXAMPLES[command.name()]);
}
