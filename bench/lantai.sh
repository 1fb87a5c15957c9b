#!/usr/bin/env bash
# The first-load floor: how small a first load can be while the editor runs today's domain
# core at start. Builds the two probes of bench/lantai/ for wasm32 exactly as the release
# builds a module (cargo release profile, wasm-bindgen, wasm-opt -Oz) and prints their gzip
# sizes beside the TodoMVC reference's module and the editor's own (from dist-todomvc/ and
# dist/, which scripts/bench.sh builds first). Prints numbers, judges nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
TARGET=${CARGO_TARGET_DIR:-target}
kb() { awk -v b="$1" 'BEGIN { printf "%7.1f KB", b / 1024 }'; }
gz() { gzip -9c "$1" | wc -c; }
for probe in lantai-inti lantai-periksa; do
  cargo build --release --locked --target wasm32-unknown-unknown --example "$probe" -q
  mkdir "$OUT/$probe"
  wasm-bindgen --target web --out-dir "$OUT/$probe" --out-name modul \
    "$TARGET/wasm32-unknown-unknown/release/examples/$probe.wasm"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    "$OUT/$probe/modul_bg.wasm" -o "$OUT/$probe.wasm"
done
echo "floor: wasm gzip -9, built as the release builds a module:"
echo "floor: $(kb "$(gz "$OUT/lantai-inti.wasm")")  the domain core run at start alone: stored workspace read, draft validated, saved; no view layer, no wording checker (bench/lantai/inti.rs)"
echo "floor: $(kb "$(gz "$OUT/lantai-periksa.wasm")")  the same with the wording checker over the draft (bench/lantai/periksa.rs)"
for f in dist-todomvc/*_bg.wasm; do [ -f "$f" ] && echo "floor: $(kb "$(gz "$f")")  the TodoMVC reference's whole module, framework included ($f)"; done
for f in dist/skp-drafter-*_bg.wasm; do [ -f "$f" ] && echo "floor: $(kb "$(gz "$f")")  the editor's module today ($f)"; done
