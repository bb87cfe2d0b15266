#!/usr/bin/env bash
# Installs what privcheck's build and tests need, when it is missing. Sourced by serve.sh and
# test.sh; each step checks first, so a second run costs nothing. Everything comes from the
# package registries (crates.io, npm, Debian): no tool downloads binaries of its own.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14

note() { printf '[setup] %s\n' "$*" >&2; }

# The wasm-bindgen version Cargo.lock pins; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

need_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    note "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

need_trunk() {
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
    note "installing trunk $TRUNK_VERSION from crates.io (about 15 minutes on two cores)"
    cargo install --locked "trunk@$TRUNK_VERSION"
  fi
}

need_wasm_bindgen() {
  local version
  version="$(wasm_bindgen_version)"
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $version"; then
    note "installing wasm-bindgen-cli $version from crates.io (about 7 minutes)"
    # Not --locked: the CLI's own lockfile names a crate version the registry lacks.
    cargo install wasm-bindgen-cli --version "$version"
  fi
}

need_node_tools() {
  if [ ! -x "$ROOT/tools/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/tools/node_modules/playwright-core" ] \
      || [ ! -d "$ROOT/tools/node_modules/axe-core" ]; then
    note "installing wasm-opt (binaryen), playwright-core and axe-core from npm"
    (cd "$ROOT/tools" && npm ci --no-audit --no-fund)
  fi
}

need_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    note "installing Debian's chromium and chromium-driver"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  fi
}

need_nightly() {
  if ! cargo +nightly --version >/dev/null 2>&1; then
    note "installing the nightly toolchain (cargo-fuzz needs it)"
    rustup toolchain install nightly --profile minimal
  fi
}

# cargo-fuzz (libFuzzer) for scripts/fuzz.sh: built from crates.io with the nightly toolchain.
need_cargo_fuzz() {
  need_nightly
  if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    note "installing cargo-fuzz from crates.io (about 2 minutes)"
    cargo +nightly install cargo-fuzz --locked
  fi
}

# Builds the release into dist/ (offline: every tool is already here), and the one-file
# version into dist-single/privcheck.html.
build_release() {
  need_wasm_target
  need_trunk
  need_wasm_bindgen
  need_node_tools
  (cd "$ROOT" && cargo fetch --locked -q && trunk build --release "$@" && node scripts/single-file.mjs)
}
