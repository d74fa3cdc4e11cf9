#!/usr/bin/env bash
# Reproduces every figure in BENCHMARKS.md:
#   - native index build throughput, index size and memory on the seeds and on
#     synthetic corpora of 100, 1000 and 5000 articles (redlines bench);
#   - the first-load size of the seed explorer (scripts/size-budget.sh), where
#     its wasm goes by crate and by function (scripts/wasm-breakdown.mjs), and of
#     an explorer built over the 5000-article synthetic corpus (~105k statements);
#   - browser timings in headless Chromium on loopback: time to first
#     positions and interaction latency, on both (scripts/bench/browser.mjs),
#     and when each chunk of the synthetic build's index arrives
#     (scripts/bench/chunk-timeline.mjs);
#   - Red Lines next to Pagefind and next to a plain JavaScript filter
#     (scripts/bench/side-by-side.mjs).
# Slow (two release builds of the app, many browser runs), so it is not part
# of scripts/test.sh, which keeps the size budget check.
#
#   bash scripts/bench.sh            everything
#   BENCH_RUNS=15 BENCH_SYNTH_RUNS=15 to change the number of cold loads;
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh

runs=${BENCH_RUNS:-15}
synth_runs=${BENCH_SYNTH_RUNS:-15}

# The toolchain and the end-to-end packages (playwright-core) come from setup;
# Pagefind is a benchmark-only package, installed here from its lock file.
bash scripts/setup.sh >/dev/null
lock_hash="$(sha256sum scripts/bench/package-lock.json | awk '{print $1}')"
stamp=scripts/bench/node_modules/.redlines-lock-sha256
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  npm ci --prefix scripts/bench --no-audit --no-fund --loglevel=error
  echo "$lock_hash" >"$stamp"
fi

# The native profile (Cargo.toml) builds the CLI for speed; the release
# profile is tuned for the size of the page's wasm.
cargo build --quiet --profile native -p redlines-cli
redlines=target/native/redlines
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== machine"
echo "cores: $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "memory: $(free -h | awk '/Mem:/ {print $2}')"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "== seeds"
"$redlines" bench seeds --index-out "$work/seeds-index.bin"
echo "index gzip -9: $(gzip -9 -c "$work/seeds-index.bin" | wc -c) bytes"

for articles in 100 1000 5000; do
  echo
  echo "== synthetic corpus: $articles articles (redlines synth --articles $articles --seed 42)"
  "$redlines" synth --articles "$articles" --seed 42 --out "$work/synth-$articles" --registry seeds >/dev/null
  "$redlines" bench "$work/synth-$articles"
done

echo
echo "== build: the seed explorer into dist/"
wasm_env trunk build --release --offline >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
echo
echo "== first load: dist/ as a static host serves it (gzip -9)"
bash scripts/size-budget.sh dist || true
for wasm in dist/*_bg.wasm; do node scripts/bench/wasm-sections.mjs "$wasm"; done

echo
echo "== where the page's wasm goes: by crate and by function (scripts/wasm-breakdown.mjs)"
# The shipped wasm has lost its function names to wasm-opt, so the breakdown
# reads the module cargo wrote for the build above, which still has them, and
# prints the shipped file's size beside it. The path follows cargo's default
# target folder; when it is elsewhere the step is skipped, never the bench.
unstripped="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/red-lines.wasm"
shipped=$(find dist -maxdepth 1 -name 'red-lines-*_bg.wasm' | head -n 1)
if [ -f "$unstripped" ]; then
  node scripts/wasm-breakdown.mjs "$unstripped" ${shipped:+"$shipped"} || echo "wasm breakdown failed; skipped"
else
  echo "$unstripped is missing; breakdown skipped"
fi

echo
echo "== build: the explorer over the 5000-article synthetic corpus into dist-synth/"
# Through `redlines build`, which chunks an index this large (about 11 MB):
# the page embeds the manifest, and the chunks go to dist-synth/index/.
started=$SECONDS
"$redlines" build "$work/synth-5000" --out dist-synth >"$work/synth-build.log" 2>&1 ||
  { cat "$work/synth-build.log"; exit 1; }
tail -n 1 "$work/synth-build.log"
echo "built in $((SECONDS - started)) s"
bash scripts/size-budget.sh dist-synth 2>/dev/null | tail -n 3 || true

echo
CHROMIUM_PATH="$REDLINES_CHROMIUM" node scripts/bench/browser.mjs --dist dist --label "seed corpus" --runs "$runs"
echo
CHROMIUM_PATH="$REDLINES_CHROMIUM" node scripts/bench/browser.mjs --dist dist-synth \
  --label "synthetic corpus, 5000 articles" --runs "$synth_runs" --interactions 10 --timeout 180000
echo
CHROMIUM_PATH="$REDLINES_CHROMIUM" node scripts/bench/chunk-timeline.mjs --dist dist-synth --runs 3
echo
CHROMIUM_PATH="$REDLINES_CHROMIUM" node scripts/bench/side-by-side.mjs --dist dist --corpus seeds \
  --redlines "$redlines" --index "$work/seeds-index.bin"
