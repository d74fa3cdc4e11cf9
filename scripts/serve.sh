#!/usr/bin/env bash
# Builds the app and serves it at http://127.0.0.1:8080 (rebuilding on changes).
# Extra arguments go to `trunk serve`, e.g. `scripts/serve.sh --port 9000`.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh

bash scripts/setup.sh
echo "serve: building and serving on http://127.0.0.1:8080 (Ctrl-C to stop)"
wasm_env trunk serve --release --offline --address 127.0.0.1 --port 8080 "$@"
