#!/usr/bin/env bash
# Builds the explorer over a synthetic corpus big enough that its lists run
# past one page (dist-big/), for the paging checks in tests/e2e/paging.test.mjs:
# the seed corpus has too few statements to page. The corpus is deterministic
# (redlines synth with a fixed seed), so the test sees the same lists each run.
# Its index is chunked (`redlines build --chunked`; large corpora are by default), in small
# chunks so that loading one takes several, for tests/e2e/chunks.test.mjs.
#
#   bash scripts/build-big.sh      then
#   BIG_DIST_DIR=dist-big node --test tests/e2e/paging.test.mjs
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh

articles=${BIG_ARTICLES:-250}
corpus=target/big-corpus
rm -rf "$corpus"
cargo run --quiet -p redlines-cli -- synth --articles "$articles" --seed 7 --out "$corpus" --registry seeds
REDLINES_CHUNK_BYTES=${BIG_CHUNK_BYTES:-65536} \
  cargo run --quiet -p redlines-cli -- build "$corpus" --out dist-big --chunked
