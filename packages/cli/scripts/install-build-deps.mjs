// The dependencies build-hook.mjs bundles from, installed when they are missing. npm's
// `npm install -g <git repository>` (how pre-commit installs `language: node` hooks)
// is meant to install a git dependency's dev dependencies before its `prepare` script,
// but its install inherits the global flag through the npm_config_* environment and
// installs nothing into the clone (https://github.com/npm/cli/issues/8440). So the
// lock file is installed here, as a project install, with the environment's npm
// settings that say *where* and *what* to install left out (registry, cache, proxy and
// TLS settings are kept).
import { execFileSync } from 'node:child_process';

/** npm settings from the environment that still apply: how to reach the registry, not what to install. */
const KEPT_NPM_SETTING =
    /^npm_config_(cache|registry|userconfig|globalconfig|.*proxy|ca|cafile|cert|key|strict_ssl|offline|prefer_offline|prefer_online|fetch_.*|@.*:registry|\/\/.*)$/i;

/** Can `specifier` be imported from the repository root? */
function resolvable(specifier) {
    try {
        import.meta.resolve(specifier);
        return true;
    } catch {
        return false;
    }
}

/** `npm ci` in `root` (scripts off: the bundle needs the packages' files, not their install steps) unless `probe` resolves. */
export function installBuildDepsIfMissing(root, probe) {
    if (resolvable(probe)) return;
    console.log(`${probe} is not installed: npm ci (dev dependencies, to bundle the CLI)`);
    const env = Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name) || KEPT_NPM_SETTING.test(name)),
    );
    const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
    const args = ['ci', '--location=project', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund'];
    execFileSync(npm[0], [...npm.slice(1), ...args], { cwd: root, env, stdio: 'inherit' });
}
