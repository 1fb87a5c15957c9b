#!/usr/bin/env bash
# Builds the release app (wasm-opt on) and serves it at http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --release --offline --address 127.0.0.1 --port 8080
