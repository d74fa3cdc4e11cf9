#!/usr/bin/env bash
# Installs what building and serving the app need, and nothing else
# (scripts/serve.sh and scripts/single-file.sh run it; scripts/setup-test.sh
# adds the test tools). Idempotent: every step checks first and installs only
# what is missing, so a second run takes a second or two.
#
#   - Debian packages: unless rustup already has the wasm32-unknown-unknown
#     target, Debian's Rust 1.96 for wasm (rustc-web, cargo-web, rust-web-src)
#     and lld-22, to build the app with -Zbuild-std (see scripts/env.sh);
#     Node.js and npm if missing (trunk's post-build hook and wasm-opt run on Node)
#   - trunk 0.21.14 and wasm-bindgen-cli (the exact wasm-bindgen version in
#     Cargo.lock), with cargo install into ~/.cargo/bin (a few minutes each,
#     the first time only)
#   - binaryen 132 (wasm-opt) from npm into .tools/ (git-ignored; seconds)
#   - the crates the wasm build needs, into cargo's download cache (cargo
#     fetch): Trunk.toml builds offline, and on the Debian toolchain that also
#     means the standard library's own dependencies for -Zbuild-std
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh
SETUP_NAME=setup-build
# shellcheck source=scripts/setup-lib.sh
source scripts/setup-lib.sh

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0

say "wasm toolchain: $REDLINES_WASM_TOOLCHAIN"

# ---- Debian packages ---------------------------------------------------------
apt_packages=()
if [ "$REDLINES_WASM_TOOLCHAIN" = debian ]; then
  apt_packages+=(rustc-web cargo-web rust-web-src lld-22)
fi
command -v node >/dev/null 2>&1 || apt_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || apt_packages+=(npm)
if [ "${#apt_packages[@]}" -gt 0 ]; then
  apt_install_missing "${apt_packages[@]}"
fi

# ---- cargo-installed tools (built with rustup's native toolchain) ------------
command -v cargo >/dev/null 2>&1 || die "cargo is missing: install Rust (https://rustup.rs) first"

if [ "$(installed_version trunk)" = "$TRUNK_VERSION" ]; then
  say "ok: trunk $TRUNK_VERSION"
else
  say "installing trunk $TRUNK_VERSION (cargo install, a few minutes)"
  step_started=$SECONDS
  cargo install --locked "trunk@$TRUNK_VERSION"
  say "installed trunk $TRUNK_VERSION in $((SECONDS - step_started)) s"
fi

# wasm-bindgen-cli must match the wasm-bindgen crate exactly.
wasm_bindgen_version=""
if [ -f Cargo.lock ]; then
  wasm_bindgen_version="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)"
fi
if [ -z "$wasm_bindgen_version" ]; then
  # No Cargo.lock yet: use the "=x.y.z" pin in Cargo.toml.
  wasm_bindgen_version="$(sed -n 's/^wasm-bindgen *= *"=\([0-9.]*\)".*/\1/p' Cargo.toml | head -n 1)"
fi
[ -n "$wasm_bindgen_version" ] || die "cannot tell the wasm-bindgen version (no Cargo.lock, no \"=\" pin in Cargo.toml)"
# One crate gives both binaries: wasm-bindgen (trunk's build) and
# wasm-bindgen-test-runner (the wasm tests in scripts/test.sh).
if [ "$(installed_version wasm-bindgen)" = "$wasm_bindgen_version" ] &&
  [ "$(installed_version wasm-bindgen-test-runner)" = "$wasm_bindgen_version" ]; then
  say "ok: wasm-bindgen-cli $wasm_bindgen_version"
else
  say "installing wasm-bindgen-cli $wasm_bindgen_version (cargo install, a few minutes)"
  step_started=$SECONDS
  # Not --locked: its lock file names a crate version the registry lacks.
  cargo install "wasm-bindgen-cli@$wasm_bindgen_version"
  say "installed wasm-bindgen-cli $wasm_bindgen_version in $((SECONDS - step_started)) s"
fi

# ---- wasm-opt ------------------------------------------------------------------
# binaryen 132 from npm: Debian's binaryen 108 cannot read current rustc output.
command -v npm >/dev/null 2>&1 || die "npm is missing"
binaryen_installed="$(node -p 'require("./.tools/node_modules/binaryen/package.json").version' 2>/dev/null || true)"
if [ "$binaryen_installed" = "$BINARYEN_VERSION" ] && [ -x .tools/node_modules/.bin/wasm-opt ]; then
  say "ok: binaryen $BINARYEN_VERSION (wasm-opt) in .tools/"
else
  say "installing binaryen $BINARYEN_VERSION (wasm-opt) into .tools/"
  step_started=$SECONDS
  mkdir -p .tools
  npm install --prefix .tools --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION"
  say "installed binaryen $BINARYEN_VERSION in $((SECONDS - step_started)) s"
fi

# ---- the crates the wasm build needs --------------------------------------------
# trunk builds offline (Trunk.toml), so cargo must find every crate in its cache:
# the app's, and on the Debian toolchain the standard library's (dlmalloc, ...)
# for -Zbuild-std, which `cargo fetch` with the same environment also fetches.
# Quick when they are there already; without a network it keeps what is cached.
step_started=$SECONDS
if wasm_env cargo fetch --quiet --target wasm32-unknown-unknown; then
  say "ok: crates for the wasm build ($((SECONDS - step_started)) s)"
else
  say "warning: cargo fetch failed; the offline build will use what cargo has cached"
fi

say "done"
