#!/usr/bin/env bash
# Runs every check, failing fast: setup, the wasm breakdown's test (node),
# rustfmt, clippy (host, and wasm32
# for a seed build and a chunked one),
# native tests, the quality figures on every labelled set (redlines eval),
# a short fuzzing run, wasm tests in headless Chromium, the
# release build into dist/ (with the overview prerendered into its
# index.html), the single-file build from it, the first-load
# size budget, builds of the hostile test corpus into dist-hostile/ and of a
# big synthetic corpus into dist-big/ (its index chunked), the end-to-end tests against all four
# (Chromium, and Firefox ESR for dist/), Lighthouse on dist/, and last the
# README's first command in a clean clone of HEAD (scripts/fresh-serve-check.sh).
# At the end (or on a failure) it prints how long each section took.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh

started=$SECONDS
section_started=$SECONDS
current=""
section_names=()
section_secs=()
end_section() { # end_section [SUFFIX]: records the current section's time
  [ -n "$current" ] || return 0
  section_names+=("${current%%: *}${1:-}")
  section_secs+=("$((SECONDS - section_started))")
}
section() {
  if [ -n "$current" ]; then
    end_section
    printf '==== ok: %s (%ss)\n' "$current" "$((SECONDS - section_started))"
  fi
  current="$*"
  section_started=$SECONDS
  printf '\n==== %s\n' "$current"
}
print_times() {
  local i
  printf '\n==== times\n'
  printf '  %-58s %7s\n' "section" "seconds"
  for i in "${!section_names[@]}"; do
    printf '  %-58s %7d\n' "${section_names[$i]}" "${section_secs[$i]}"
  done
  printf '  %-58s %7d\n' "total" "$((SECONDS - started))"
}
on_exit() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    end_section " (FAILED)"
    print_times >&2
    printf '\n==== FAILED: %s (exit %s, after %ss)\n' "${current:-?}" "$status" "$((SECONDS - started))" >&2
  fi
}
trap on_exit EXIT

section "setup: bash scripts/setup.sh (scripts/setup-build.sh, then scripts/setup-test.sh)"
bash scripts/setup.sh

section "scripts: node --test tests/wasm-breakdown.test.mjs (the wasm size breakdown's parser)"
# It builds its own small module, so it needs no build and runs first.
node --test tests/wasm-breakdown.test.mjs

section "rustfmt: cargo fmt --all --check"
cargo fmt --all --check

section "clippy (host): cargo clippy --workspace --all-targets -- -D warnings"
cargo clippy --workspace --all-targets -- -D warnings

section "clippy (host, the prerender): cargo clippy -p red-lines --features ssr --bin prerender -- -D warnings"
# The native binary that prerenders the overview into index.html
# (scripts/postbuild.mjs) needs the ssr feature, which --all-targets leaves off.
cargo clippy -p red-lines --features ssr --bin prerender -- -D warnings

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

section "quality: redlines eval (the seeds, which are training data, and the held-out dev and test articles)"
# The floors under these figures are held by crates/core/tests/corpus.rs;
# this prints them for the log.
cargo run --quiet -p redlines-cli -- eval

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
# prerender.test.mjs among them: the overview prerendered into dist/ and
# dist-single/ (scripts/postbuild.mjs) with JavaScript off, hydrated, and
# cleared for deep links.
CHROMIUM_PATH="$REDLINES_CHROMIUM" DIST_DIR="$REPO_ROOT/dist" \
  SINGLE_FILE="$REPO_ROOT/dist-single/red-lines.html" HOSTILE_DIST_DIR="$REPO_ROOT/dist-hostile" \
  BIG_DIST_DIR="$REPO_ROOT/dist-big" \
  node --test --test-reporter=spec tests/e2e/*.test.mjs

section "lighthouse: node scripts/lighthouse.mjs dist (mobile and desktop, reports in lighthouse-reports/)"
CHROMIUM_PATH="$REDLINES_CHROMIUM" node scripts/lighthouse.mjs dist

section "fresh clone: bash scripts/fresh-serve-check.sh (bash scripts/serve.sh in a clean clone of HEAD, to first paint)"
# The README's first command as a newcomer runs it: nothing carried over but
# the tools installed on the machine; the clone compiles from scratch.
bash scripts/fresh-serve-check.sh

end_section
printf '==== ok: %s (%ss)\n' "$current" "$((SECONDS - section_started))"
current=""
print_times
printf '\n==== all checks passed in %ss\n' "$((SECONDS - started))"
