#!/usr/bin/env bash
# Installs everything the project needs from its own files: npm packages and the probe engine.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
if [ -d probe ] && [ -f probe/go.mod ]; then
  (cd probe && go build -trimpath -o ../.cache/bin/godi-probe ./cmd/godi-probe)
fi
# The planner is tested on a pre-swiss-map binary too: fetch that toolchain into Go's module cache.
GOTOOLCHAIN=go1.23.12 go version
# Live mode needs tracefs for the cleanliness checks (uprobe_events).
if [ "$(id -u)" = 0 ] && [ ! -e /sys/kernel/tracing/uprobe_events ]; then
  mount -t tracefs nodev /sys/kernel/tracing 2>/dev/null || true
fi
# The HTML report's browser test runs Debian's Chromium headless; install it once, as root.
if [ "$(id -u)" = 0 ] && ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi
