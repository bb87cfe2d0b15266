#!/usr/bin/env bash
# Builds the release and reports its size and speed (see scripts/report.mjs). Not a test.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
need_chromium
build_release
node "$ROOT/scripts/report.mjs"
