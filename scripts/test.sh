#!/usr/bin/env bash
# Runs every check, failing fast: setup, rustfmt, clippy (host, and wasm32
# for a seed build and a chunked one),
# native tests, a short fuzzing run, wasm tests in headless Chromium, the
# release build into dist/, the single-file build from it, the first-load
# size budget, builds of the hostile test corpus into dist-hostile/ and of a
# big synthetic corpus into dist-big/ (its index chunked), the end-to-end tests against all four
# (Chromium, and Firefox ESR for dist/), then Lighthouse on dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh

started=$SECONDS
section_started=$SECONDS
current=""
section() {
  if [ -n "$current" ]; then
    printf '==== ok: %s (%ss)\n' "$current" "$((SECONDS - section_started))"
  fi
  current="$*"
  section_started=$SECONDS
  printf '\n==== %s\n' "$current"
}
on_exit() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    printf '\n==== FAILED: %s (exit %s, after %ss)\n' "${current:-?}" "$status" "$((SECONDS - started))" >&2
  fi
}
trap on_exit EXIT

section "setup (scripts/setup.sh)"
bash scripts/setup.sh

section "rustfmt: cargo fmt --all --check"
cargo fmt --all --check

section "clippy (host): cargo clippy --workspace --all-targets -- -D warnings"
cargo clippy --workspace --all-targets -- -D warnings

section "clippy (wasm32, $REDLINES_WASM_TOOLCHAIN toolchain): cargo clippy --target wasm32-unknown-unknown -p red-lines --all-targets -- -D warnings"
wasm_env cargo clippy --target wasm32-unknown-unknown -p red-lines --all-targets -- -D warnings

section "clippy (wasm32, a build with a chunked index): REDLINES_CHUNKS_OUT=<tmp> cargo clippy --target wasm32-unknown-unknown -p red-lines --all-targets -- -D warnings"
# A chunked build compiles the chunk loader (cfg chunked_index, see build.rs),
# which the seed build leaves out; lint that code too.
chunks_tmp=$(mktemp -d)
REDLINES_CHUNKS_OUT="$chunks_tmp" wasm_env cargo clippy --target wasm32-unknown-unknown -p red-lines --all-targets -- -D warnings
rm -rf "$chunks_tmp"

section "tests (native): cargo test --workspace"
cargo test --workspace

section "fuzz: bash scripts/fuzz.sh 20 (cargo-fuzz, 20 s for each of the article, html_to_text and import_file targets)"
bash scripts/fuzz.sh 20

section "tests (wasm32, headless Chromium): cargo test --target wasm32-unknown-unknown -p red-lines --tests"
# wasm-bindgen-test-runner drives Chromium through chromedriver; it adds
# --headless --no-sandbox itself, webdriver.json adds the flags this network needs.
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER="$REDLINES_CHROMEDRIVER" \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$REPO_ROOT/webdriver.json" \
  wasm_env cargo test --target wasm32-unknown-unknown -p red-lines --tests

section "build: trunk build --release --offline (into dist/)"
wasm_env trunk build --release --offline

section "single file: bash scripts/single-file.sh --from dist (into dist-single/red-lines.html)"
bash scripts/single-file.sh --from dist

section "size budget: bash scripts/size-budget.sh dist (gzip -9 of the first load; fails above the budget)"
bash scripts/size-budget.sh dist

section "build (hostile test corpus): redlines build tests/fixtures/hostile --out dist-hostile"
# Through the CLI, so that `redlines build` for another corpus is tested too.
cargo run --quiet -p redlines-cli -- build tests/fixtures/hostile --out dist-hostile

section "build (synthetic corpus whose lists run past one page): bash scripts/build-big.sh (into dist-big/)"
bash scripts/build-big.sh

section "end-to-end: node --test tests/e2e (headless Chromium on dist/, dist-single/, dist-hostile/, dist-big/)"
CHROMIUM_PATH="$REDLINES_CHROMIUM" DIST_DIR="$REPO_ROOT/dist" \
  SINGLE_FILE="$REPO_ROOT/dist-single/red-lines.html" HOSTILE_DIST_DIR="$REPO_ROOT/dist-hostile" \
  BIG_DIST_DIR="$REPO_ROOT/dist-big" \
  node --test --test-reporter=spec tests/e2e/*.test.mjs

section "lighthouse: node scripts/lighthouse.mjs dist (mobile and desktop, reports in lighthouse-reports/)"
CHROMIUM_PATH="$REDLINES_CHROMIUM" node scripts/lighthouse.mjs dist

printf '==== ok: %s (%ss)\n' "$current" "$((SECONDS - section_started))"
printf '\n==== all checks passed in %ss\n' "$((SECONDS - started))"
