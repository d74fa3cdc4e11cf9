#!/usr/bin/env bash
# Runs every cargo-fuzz target for a short while (default 20 s each):
#
#   bash scripts/fuzz.sh [seconds]
#
# cargo fuzz builds with nightly-only flags (-Zsanitizer=address); with a
# stable toolchain RUSTC_BOOTSTRAP=1 lets rustc accept them. Each target
# starts from a small seed corpus (the bundled articles, the hostile test
# corpus and the files in fuzz/seeds/) and writes what it learns into
# fuzz/corpus/TARGET, which is git-ignored. A crash fails the script and
# leaves the input in fuzz/artifacts/TARGET/: fix the bug, then keep the
# input as a regression test in crates/core.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-20}"
case "$seconds" in
  '' | *[!0-9]*) echo "usage: bash scripts/fuzz.sh [seconds per target]" >&2; exit 2 ;;
esac
command -v cargo-fuzz >/dev/null 2>&1 || { echo "cargo-fuzz is missing: run bash scripts/setup-test.sh" >&2; exit 1; }

export RUSTC_BOOTSTRAP=1
cargo fuzz build

run() { # run TARGET SEED_DIR...
  local target="$1"
  shift
  mkdir -p "fuzz/corpus/$target"
  echo "fuzz: $target for ${seconds}s"
  # One job, so a shared two-core machine stays usable; a 10 s timeout per
  # input turns a hang into a failure instead of a stall.
  cargo fuzz run "$target" "fuzz/corpus/$target" "$@" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
}

run article seeds tests/fixtures/hostile fuzz/seeds/article
run html_to_text fuzz/seeds/html
run import_file fuzz/seeds/import
echo "fuzz: every target ran ${seconds}s without a crash"
