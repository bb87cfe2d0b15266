#!/usr/bin/env bash
# Runs every test privcheck has, installing what is missing first. Idempotent.
#
#   ./scripts/test.sh
#
# Native: formatting, clippy (with and without the command line), the engine's unit, scenario,
# property, snapshot and CLI tests, doctests, and the docs built with warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "formatting"
cargo fmt --all -- --check

step "clippy"
cargo clippy --all-targets -- -D warnings
cargo clippy --lib --no-default-features -- -D warnings

step "engine, command line and doctests"
# Snapshots never update themselves here: a changed verdict fails until reviewed.
INSTA_UPDATE=no cargo test --all-targets
cargo test --doc

step "the engine alone, without the command line"
cargo test --no-default-features --lib

step "docs"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --lib --quiet
