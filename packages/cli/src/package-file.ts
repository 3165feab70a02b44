// Files of the @actionplan/cli package read at run time (package.json, init/). This
// module sits one folder below the package root however the CLI is run: src/ under
// tsx, dist/ when built, dist-hook/ when bundled for pre-commit (scripts/build-hook.mjs).

/** The URL of `relative` (e.g. `package.json`, `init/example.actionplan`) in the package root. */
export function packageFile(relative: string): URL {
    return new URL(`../${relative}`, import.meta.url);
}
