# shellcheck shell=bash
# Sourced by the setup scripts, serve.sh, test.sh and others (and usable by hand:
# `source scripts/env.sh`). Sets PATH for the project's tools and decides
# which Rust toolchain builds the wasm32 app:
#
#   rustup  - rustup's toolchain already has the wasm32-unknown-unknown target
#             (the ordinary laptop case): nothing special is needed.
#   debian  - it does not (rustup cannot download it here): Debian's rustc-web /
#             cargo-web (Rust 1.96 with its std source) build std from source.
#
# Native commands (cargo fmt / clippy / test for the host) keep using rustup's
# cargo; wasm commands go through `wasm_env CMD ARGS...`, which on the Debian
# path puts /usr/bin first so that /usr/bin/cargo and /usr/bin/rustc are used.
# Override the choice with REDLINES_WASM_TOOLCHAIN=rustup|debian.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT

REDLINES_CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
REDLINES_TOOLS_BIN="$REPO_ROOT/.tools/node_modules/.bin"
export REDLINES_CARGO_BIN REDLINES_TOOLS_BIN

# rustup's proxies (cargo, rustc, rustfmt, cargo-clippy) and cargo-installed
# tools (trunk, wasm-bindgen, wasm-bindgen-test-runner) first; then wasm-opt.
PATH="$REDLINES_CARGO_BIN:$PATH"
PATH="$REDLINES_TOOLS_BIN:$PATH"
export PATH

redlines_rustup_has_wasm_target() {
  command -v rustup >/dev/null 2>&1 &&
    rustup target list --installed 2>/dev/null | grep -qx 'wasm32-unknown-unknown'
}

if [ -z "${REDLINES_WASM_TOOLCHAIN:-}" ]; then
  if redlines_rustup_has_wasm_target; then
    REDLINES_WASM_TOOLCHAIN=rustup
  else
    REDLINES_WASM_TOOLCHAIN=debian
  fi
fi
export REDLINES_WASM_TOOLCHAIN

# wasm_env CMD ARGS...: run CMD with the environment for wasm32 builds.
wasm_env() {
  if [ "$REDLINES_WASM_TOOLCHAIN" = debian ]; then
    # /usr/bin first for Debian's cargo/rustc/cargo-clippy; .tools first of all
    # so binaryen 132's wasm-opt wins over any Debian binaryen in /usr/bin;
    # ~/.cargo/bin stays on PATH (after /usr/bin) for trunk and wasm-bindgen.
    PATH="$REDLINES_TOOLS_BIN:/usr/bin:$PATH" \
      RUSTC_BOOTSTRAP=1 \
      CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      "$@"
  else
    "$@"
  fi
}

# Which chromedriver / chromium to use (Debian's packages by default).
REDLINES_CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver 2>/dev/null || echo /usr/bin/chromedriver)}"
REDLINES_CHROMIUM="${CHROMIUM_PATH:-$(command -v chromium 2>/dev/null || echo /usr/bin/chromium)}"
export REDLINES_CHROMEDRIVER REDLINES_CHROMIUM

# Which Firefox the end-to-end tests drive (Debian's firefox-esr by default;
# tests/e2e/firefox.test.mjs reads REDLINES_FIREFOX).
REDLINES_FIREFOX="${FIREFOX_PATH:-$(command -v firefox-esr 2>/dev/null || echo /usr/bin/firefox-esr)}"
export REDLINES_FIREFOX
