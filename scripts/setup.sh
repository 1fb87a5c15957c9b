#!/usr/bin/env bash
# Installs what a fresh Debian machine with Rust lacks to build, serve and test the app.
# Every step checks first, so a second run takes a second or two.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the pinned wasm-bindgen crate in Cargo.toml
BINARYEN_VERSION=132

say() { printf '[setup] %s\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION"
  cargo install "trunk@$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION" \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Without --locked: the registry lacks one of its locked dependencies.
  cargo install "wasm-bindgen-cli@$WASM_BINDGEN_VERSION" --force
fi

# Project-local npm tools: wasm-opt (binaryen) for Trunk, playwright-core for end-to-end tests,
# exceljs to open the exported workbooks in a real spreadsheet reader, axe-core for the
# accessibility checks.
if [ ! -x tools/node_modules/.bin/wasm-opt ] || [ ! -d tools/node_modules/playwright-core ] \
  || [ ! -d tools/node_modules/exceljs ] || [ ! -d tools/node_modules/axe-core ]; then
  say "installing npm tools (binaryen $BINARYEN_VERSION, playwright-core, exceljs, axe-core)"
  (cd tools && npm ci --no-audit --no-fund --loglevel=error)
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromedriver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi
