#!/usr/bin/env bash
# Builds Red Lines as one self-contained HTML file, dist-single/red-lines.html,
# that works when opened straight from disk (file://): wasm, JS and CSS are
# inlined, there is no service worker, and its Content-Security-Policy allows
# exactly its own inline script and styles by hash.
#
#   bash scripts/single-file.sh               # release build into dist/, then the single file
#   bash scripts/single-file.sh --from DIR    # no build: use the release build already in DIR
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh

build_dir=dist
if [ "${1:-}" = "--from" ]; then
  [ -n "${2:-}" ] || { echo "usage: $0 [--from BUILD_DIR]" >&2; exit 2; }
  build_dir=$2
else
  bash scripts/setup-build.sh
  wasm_env trunk build --release --offline
fi
node scripts/single-file.mjs "$build_dir" dist-single/red-lines.html
