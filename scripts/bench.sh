#!/usr/bin/env bash
# Reproduces every figure in BENCHMARKS.md: native index build throughput,
# index size and memory on the seeds and on synthetic corpora, and the
# first-load size of the built app. Slow, so it is not part of scripts/test.sh
# (which keeps the size budget check).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh

cargo build --quiet --release -p redlines-cli
redlines=target/release/redlines
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== machine"
echo "cores: $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "memory: $(free -h | awk '/Mem:/ {print $2}')"

echo
echo "== seeds"
"$redlines" bench seeds

for articles in 100 1000 5000; do
  echo
  echo "== synthetic corpus: $articles articles (redlines synth --articles $articles --seed 42)"
  "$redlines" synth --articles "$articles" --seed 42 --out "$work/synth-$articles" --registry seeds >/dev/null
  "$redlines" bench "$work/synth-$articles"
done

if [ -d dist ]; then
  echo
  echo "== first load: dist/ as a static host serves it (gzip -9)"
  bash scripts/size-budget.sh
fi
