#!/usr/bin/env bash
# Installs the pinned EVM toolchain (solc, anvil) from package-lock.json into the git-ignored
# node_modules. Runs npm only when node_modules is missing or was installed from another lock, so the
# tests can call it before every run. Scripts are skipped: anvil's binary comes in its per-platform
# package, and its postinstall would only fetch that package again.
set -euo pipefail
cd "$(dirname "$0")"

stamp=node_modules/.installed-from-lock
wanted=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  exit 0
fi

# Two builds on one checkout must not run npm ci into the same folder at once.
if command -v flock >/dev/null 2>&1; then
  exec 9>.install.lock
  flock 9
fi
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  exit 0
fi
npm ci --no-audit --no-fund --ignore-scripts
echo "$wanted" >"$stamp"
