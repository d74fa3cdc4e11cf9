#!/usr/bin/env bash
# The first-load budget: everything a browser fetches to show the seed
# explorer (HTML, JS, wasm with the embedded corpus and index, CSS, the
# manifest and the service worker), gzip -9 compressed as a static host would
# serve it. Prints every file, the total, the issue's target and the gap to it,
# and fails when the total exceeds the enforced budget.
#
# The target (150 KB) is not met yet, so the enforced budget is a regression
# budget: the measured total plus a few KB of headroom, kept here in one place.
# Lower it whenever the first load shrinks; raise it only on purpose.
#
#   bash scripts/size-budget.sh [DIST]   (default dist/)
#   REDLINES_SIZE_BUDGET=BYTES overrides the enforced budget for one run.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
# The issue's target: 150 KB (150 x 1024 B) gzip for the whole first load.
target=153600
# The enforced regression budget (see above): 287 KiB, set when the first
# load measured 288475 B. It was 232 KiB (232345 B measured) until the import
# view, IndexedDB storage, corrections and the JSON they read and write joined
# the page's wasm (about 54 KB gzip); the import pipeline itself stays in the
# worker.
# Raised to 306 KiB for the overview prerendered into index.html and Yew's
# hydration code in the wasm (issue 13): 309796 B measured, 15405 B more than
# the same tree built without them.
# Raised to 312 KiB when a fresh machine's toolchain (Debian's rustc-web
# 1.96.0) built the unchanged tree of the stop before 3.6 KB larger (316500 B
# against 312922 B), and the search view's inverted index added 346 B: 316877 B
# measured, with 2.6 KB of headroom.
# Raised to 315 KiB for drawing a page of cards over a few frames (issue 13,
# the 105k-statement facet change from 61-91 ms to 29-44 ms): 319370 B
# measured, 2.5 KB more than the tree before it.
# Raised to 317 KiB when the wait for the first paint before the wasm is
# fetched (issue 13, largest contentful paint from 2.7 s to about 1.2 s) added
# 507 B to the loader and left 213 B of room (322347 B measured): builds of
# one tree on two machines of this kind have differed by 3.6 KB, and a budget
# with 213 B of room fails on the toolchain, not on a change.
budget=${REDLINES_SIZE_BUDGET:-324608}
[ -f "$dist/index.html" ] || { echo "size budget: $dist/index.html is missing: build first" >&2; exit 1; }
# The import worker's files (import-worker*) are left out: the page fetches
# them only when the user imports or has imported articles, never on a first
# visit. A build with a chunked index (an index/ folder, see build.rs) is the
# exception: there the worker loads the chunks on every first visit, so it
# and the chunks count.
if [ -d "$dist/index" ]; then
  first_load=(-name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' -o -name '*.webmanifest' -o -name '*.svg' -o -name 'part-*.bin')
  depth=2
else
  first_load=(\( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' -o -name '*.webmanifest' -o -name '*.svg' \) ! -name 'import-worker*')
  depth=1
fi
total=0
while IFS= read -r -d '' file; do
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total=$((total + gz))
  printf '%10d B raw %10d B gzip  %s\n' "$raw" "$gz" "${file#"$dist"/}"
done < <(find "$dist" -maxdepth "$depth" -type f \( "${first_load[@]}" \) ! -path '*/icons/*' -print0 | sort -z)
printf '%10s       %10d B gzip  total\n' "" "$total"
printf 'budget (enforced, regression): %d B; target (issue 7): %d B; ' "$budget" "$target"
if [ "$total" -le "$target" ]; then
  printf 'target met with %d B to spare\n' "$((target - total))"
else
  printf 'target missed by %d B (%d%% over)\n' "$((total - target))" "$(((total - target) * 100 / target))"
fi
if [ "$total" -gt "$budget" ]; then
  echo "size budget exceeded: $total B gzip > $budget B (REDLINES_SIZE_BUDGET in scripts/size-budget.sh)" >&2
  exit 1
fi
echo "size budget ok: $total B <= $budget B"
