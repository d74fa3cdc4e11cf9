#!/usr/bin/env bash
# Installs everything: what building and serving need (scripts/setup-build.sh:
# the wasm toolchain, trunk, wasm-bindgen-cli, wasm-opt), then what the checks
# need (scripts/setup-test.sh: Chromium and ChromeDriver, Firefox ESR, rustfmt
# and clippy, cargo-fuzz, the end-to-end test packages, Lighthouse).
# Idempotent, like both: a second run installs nothing and takes seconds.
# scripts/test.sh runs this; scripts/serve.sh runs only setup-build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-build.sh
bash scripts/setup-test.sh
