#!/usr/bin/env bash
# Benchmarks: prints numbers, judges nothing. Release bundle size (raw and gzip), start-up
# time of the release build in headless Chromium, and the native wording-check throughput.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline >/dev/null 2>&1 || trunk build --release --offline
# The benchmark hooks ship only in this second build, never in dist/.
trunk build --release --offline --features bench --dist dist-bench >/dev/null 2>&1 \
  || trunk build --release --offline --features bench --dist dist-bench
node bench/app.mjs
