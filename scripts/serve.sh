#!/usr/bin/env bash
# Builds the release of privcheck and serves it on 127.0.0.1, installing what is missing.
# Idempotent. Usage: ./scripts/serve.sh [PORT]   (default 8080)
set -euo pipefail
source "$(dirname "$0")/setup.sh"
PORT="${1:-8080}"
build_release
echo
echo "privcheck is served at http://127.0.0.1:$PORT/  (Ctrl-C to stop)"
exec python3 -m http.server --bind 127.0.0.1 --directory "$ROOT/dist" "$PORT"
