#!/usr/bin/env bash
# The first-load budget: everything a browser fetches to show the seed
# explorer (HTML, JS, wasm with the embedded corpus and index, CSS), gzip -9
# compressed as a static host would serve it, must stay within the budget.
# Prints every file and the total; fails when the total exceeds the budget.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
budget=${REDLINES_SIZE_BUDGET:-153600}
total=0
while IFS= read -r -d '' file; do
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total=$((total + gz))
  printf '%10d B raw %10d B gzip  %s\n' "$raw" "$gz" "${file#"$dist"/}"
done < <(find "$dist" -maxdepth 1 -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' -o -name '*.webmanifest' -o -name '*.svg' \) -print0 | sort -z)
printf '%10s       %10d B gzip  total (budget %d B)\n' "" "$total" "$budget"
if [ "$total" -gt "$budget" ]; then
  echo "size budget exceeded: $total B gzip > $budget B" >&2
  exit 1
fi
