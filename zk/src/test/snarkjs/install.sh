#!/usr/bin/env bash
# Installs the pinned snarkjs that the zk compatibility tests run, from package-lock.json.
# node_modules is git-ignored, so this runs once per checkout (the tests call it when it is missing).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
