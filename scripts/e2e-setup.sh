#!/usr/bin/env bash
# Installs what the end-to-end suite needs on a fresh Debian machine, as root: Chromium (driven by playwright-core),
# and code-server 4.100.3 (a real VS Code workbench) in .e2e/code-server. Safe to run again: it skips what is there.
# Why each workaround exists: ../shared/docs/real-vscode-e2e.md.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.100.3 # the newest whose engines.node accepts Node 20
DEST=.e2e/code-server

# Debian packages: the browser; ripgrep, whose binary code-server's @vscode/ripgrep would otherwise download from a
# host outside the registries; Kerberos headers and a C++ toolchain for the native modules VS Code builds.
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v g++ >/dev/null || need+=(g++)
command -v make >/dev/null || need+=(make)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  echo "e2e-setup: apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

installed_version() {
  node -e 'try { console.log(require(process.argv[1]).version) } catch { console.log("") }' \
    "$PWD/$DEST/node_modules/code-server/package.json"
}

if [ "$(installed_version)" = "$CODE_SERVER_VERSION" ] && [ -x "$DEST/node_modules/.bin/code-server" ] \
  && [ -d "$DEST/node_modules/code-server/lib/vscode/node_modules" ]; then
  echo "e2e-setup: code-server $CODE_SERVER_VERSION already in $DEST"
else
  case "$(uname -m)" in
    x86_64) rg_triple=x86_64-unknown-linux-musl ;;
    aarch64) rg_triple=aarch64-unknown-linux-musl ;;
    *) echo "e2e-setup: no ripgrep workaround for $(uname -m)" >&2; exit 1 ;;
  esac
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  # @vscode/ripgrep looks for its download in this cache first: Debian's rg stands in for it.
  mkdir -p "$tmp/vscode-ripgrep-cache-1.15.11"
  tar czf "$tmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-$rg_triple.tar.gz" -C "$(dirname "$(command -v rg)")" rg

  # A folder of its own, so that npm installs here and not into the extension's dependencies.
  rm -rf "$DEST"
  mkdir -p "$DEST"
  printf '{\n  "name": "quantlens-e2e-code-server",\n  "private": true\n}\n' > "$DEST/package.json"
  echo "e2e-setup: installing code-server $CODE_SERVER_VERSION into $DEST (about 90 s)"
  # npm_config_yes: node-pty's build runs `npx node-gyp`, which would wait for a confirmation.
  # npm_config_unsafe_perm: code-server's postinstall refuses to run as root without it.
  # npm_config_dangerously_allow_all_scripts: npm 11.16+ skips dependency install scripts by default, and
  # code-server's postinstall runs nested `npm install`s (VS Code's native modules) that must run theirs; this
  # pinned tool lives in its own folder, so the exemption reaches nothing else.
  (cd "$DEST" && TMPDIR="$tmp" npm_config_yes=true npm_config_unsafe_perm=true \
    npm_config_dangerously_allow_all_scripts=true npm_config_audit=false npm_config_fund=false \
    npm install --save-exact "code-server@$CODE_SERVER_VERSION" --foreground-scripts)
  if [ "$(installed_version)" != "$CODE_SERVER_VERSION" ]; then
    echo "e2e-setup: code-server did not install into $DEST" >&2
    exit 1
  fi
fi

echo "e2e-setup: ready (code-server $(installed_version), $(chromium --version 2>/dev/null | head -1))"
