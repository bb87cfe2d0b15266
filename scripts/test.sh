#!/usr/bin/env bash
# Runs every test privcheck has, installing what is missing first. Idempotent.
#
#   ./scripts/test.sh
#
# 1. Native: formatting, clippy (-D warnings: with and without the command line, and the web app
#    for wasm32), the engine's unit, scenario, property, snapshot and CLI tests, doctests, a short
#    coverage-guided fuzzing run of the readers (scripts/fuzz.sh; PRIVCHECK_FUZZ_SECONDS per
#    target, default 15, 0 skips), docs.
# 2. Browser: the Yew components under wasm-bindgen-test in headless Chromium.
# 3. The release build, then the end-to-end tests (playwright-core driving Debian's Chromium).
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"

step() { printf '\n== %s\n' "$*"; }

step "set-up"
need_wasm_target
need_node_tools
need_chromium
need_wasm_bindgen
need_trunk

step "formatting"
cargo fmt --all -- --check

step "clippy"
cargo clippy --all-targets -- -D warnings
cargo clippy --lib --no-default-features -- -D warnings
cargo clippy --target wasm32-unknown-unknown --no-default-features --features web --lib --tests -- -D warnings

step "engine, command line and doctests"
# Snapshots never update themselves here: a changed verdict fails until reviewed.
INSTA_UPDATE=no cargo test --all-targets
cargo test --doc

step "the engine alone, without the command line"
cargo test --no-default-features --lib

# Proves the fuzz targets build and run; scripts/fuzz.sh alone runs them longer.
# PRIVCHECK_FUZZ_SECONDS per target (default 15; 0 skips).
fuzz_seconds="${PRIVCHECK_FUZZ_SECONDS:-15}"
if [ "$fuzz_seconds" != 0 ]; then
  step "fuzzing the readers (cargo-fuzz, ${fuzz_seconds}s per target)"
  ./scripts/fuzz.sh "$fuzz_seconds"
fi

step "docs"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --lib --quiet
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --lib --quiet \
  --target wasm32-unknown-unknown --no-default-features --features web

step "components in headless Chromium (wasm-bindgen-test)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --no-default-features --features web --test web_components

step "release build"
build_release

step "end to end in Chromium"
node --test tests/e2e/
