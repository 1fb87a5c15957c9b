#!/usr/bin/env bash
# Benchmarks: prints numbers, judges nothing. Release bundle size (raw and gzip), first visits
# of the release build in headless Chromium alternating with a TodoMVC reference (the ratio
# travels between machines), MPPH and wording timings.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline >/dev/null 2>&1 || trunk build --release --offline
# The benchmark hooks ship only in this second build, never in dist/.
trunk build --release --offline --features bench --dist dist-bench >/dev/null 2>&1 \
  || trunk build --release --offline --features bench --dist dist-bench
# The reference app of the first-visit benchmark: a TodoMVC on the same framework and build.
trunk build bench/todomvc/index.html --release --offline --dist dist-todomvc >/dev/null 2>&1 \
  || trunk build bench/todomvc/index.html --release --offline --dist dist-todomvc
node bench/app.mjs
bash bench/lantai.sh
