#!/usr/bin/env bash
# Builds privcheck and runs it on the opinion's own facts. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --bin privcheck
./target/release/privcheck check --format text law/melamine-example.json
