#!/usr/bin/env bash
# Installs what the workbench test (npm run test:e2e) needs: Debian's chromium and
# the build tools for code-server's native modules, then code-server 4.100.3
# (VS Code 1.100.3 served to a browser) into a project-local prefix.
#
# Idempotent: installed apt packages are skipped and a finished code-server install
# is left alone (marker file), so a second run takes a second.
#
# code-server's own install scripts are never run: they end in @vscode/ripgrep
# downloading a binary from outside the npm registry. We do their work here instead,
# linking Debian's ripgrep (13.0.0, the version VS Code pins) in its place.
set -euo pipefail

VERSION=4.100.3
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${ACTIONPLAN_CODE_SERVER_PREFIX:-$(dirname "$HERE")/.e2e-cache/code-server-$VERSION}"
APT_PACKAGES=(build-essential python3 pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep chromium)

log() { printf '[setup-code-server] %s\n' "$*"; }

# ---- 1. Debian packages (only the missing ones)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=''
    [ "$(id -u)" = 0 ] || SUDO='sudo'
    log "apt-get install ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    log 'Debian packages present'
fi

# ---- 2. code-server into the prefix
MARKER="$PREFIX/.installed"
if [ -f "$MARKER" ] && [ -f "$PREFIX/node_modules/code-server/out/node/entry.js" ]; then
    log "code-server $VERSION already installed in $PREFIX"
    exit 0
fi

NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$NODE_MAJOR" != 20 ]; then
    log "code-server $VERSION needs Node 20 (found $(node -v))" >&2
    exit 1
fi

rm -rf "$PREFIX"
mkdir -p "$PREFIX"
cd "$PREFIX"
printf '{ "name": "actionplan-code-server", "private": true }\n' > package.json

# node-pty's build runs `npx node-gyp`: allow npx without a prompt. Headers come from
# the local Node install, never a download.
export npm_config_yes=true
npm_config_nodedir="$(dirname "$(dirname "$(command -v node)")")"
export npm_config_nodedir
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

log "npm install code-server@$VERSION (scripts off)"
npm install --ignore-scripts --no-save "code-server@$VERSION" > npm-install.log 2>&1 || { cat npm-install.log; exit 1; }

log 'npm rebuild argon2 (from source)'
npm rebuild argon2 > npm-rebuild-argon2.log 2>&1 || { cat npm-rebuild-argon2.log; exit 1; }

CS="$PREFIX/node_modules/code-server"
cd "$CS/lib/vscode"
log 'lib/vscode: npm install --omit=dev (scripts off)'
npm install --ignore-scripts --omit=dev > npm-install.log 2>&1 || { cat npm-install.log; exit 1; }
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
log 'lib/vscode: npm rebuild (node-pty, spdlog, kerberos, native-watchdog, deviceid)'
npm rebuild > npm-rebuild.log 2>&1 || { cat npm-rebuild.log; exit 1; }

# What code-server's postinstall.sh does after its npm install.
rm -rf node_modules.asar
ln -s node_modules node_modules.asar
(cd bin/remote-cli && rm -rf code-server && ln -s code-linux.sh code-server)
(cd bin/helpers && rm -rf browser.sh && ln -s browser-linux.sh browser.sh)
log 'lib/vscode/extensions: npm install --omit=dev'
(cd extensions && npm install --omit=dev > npm-install.log 2>&1) || { cat extensions/npm-install.log; exit 1; }

touch "$MARKER"
log "code-server $VERSION installed in $PREFIX"
