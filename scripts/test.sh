#!/usr/bin/env bash
# Runs every test: native (domain core, CLI), browser components (wasm-bindgen-test in
# headless Chromium), and end-to-end against the release build. Installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-180}"

echo "== native tests (domain core, CLI)"
cargo test --locked

echo "== browser component tests (headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --tests

echo "== release build"
trunk build --release --offline

echo "== end-to-end tests on the release build (headless Chromium)"
node --test --test-concurrency=1 tests/e2e/
