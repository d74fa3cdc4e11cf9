#!/usr/bin/env bash
# Installs what the checks in scripts/test.sh need on top of the build tools
# (scripts/setup-build.sh; scripts/setup.sh runs both). Idempotent: every
# step checks first and installs only what is missing.
#
#   - Debian packages: chromium + chromium-driver (wasm tests, end-to-end,
#     Lighthouse) and firefox-esr (end-to-end), and, on the Debian wasm
#     toolchain (see scripts/env.sh), rust-web-clippy for the wasm32 lints
#   - rustfmt + clippy for rustup's toolchain
#   - cargo-fuzz 0.13.2 (scripts/fuzz.sh), with cargo install into ~/.cargo/bin
#   - the end-to-end test packages into tests/e2e/node_modules (git-ignored)
#   - Lighthouse into tests/perf/node_modules (git-ignored)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh
SETUP_NAME=setup-test
# shellcheck source=scripts/setup-lib.sh
source scripts/setup-lib.sh

CARGO_FUZZ_VERSION=0.13.2

# ---- Debian packages ---------------------------------------------------------
apt_packages=(chromium chromium-driver firefox-esr)
if [ "$REDLINES_WASM_TOOLCHAIN" = debian ]; then
  apt_packages+=(rust-web-clippy)
fi
command -v node >/dev/null 2>&1 || apt_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || apt_packages+=(npm)
apt_install_missing "${apt_packages[@]}"

# ---- rustup components for the native checks ---------------------------------
for component in rustfmt clippy; do
  case "$component" in
    rustfmt) probe=(cargo fmt --version) ;;
    clippy) probe=(cargo clippy --version) ;;
  esac
  if "${probe[@]}" >/dev/null 2>&1; then
    say "ok: $component ($("${probe[@]}" 2>/dev/null))"
  else
    command -v rustup >/dev/null 2>&1 || die "cargo $component is missing and there is no rustup"
    say "installing rustup component $component"
    rustup component add "$component"
  fi
done

# ---- cargo-fuzz (scripts/fuzz.sh) ----------------------------------------------
if [ "$(cargo fuzz --version 2>/dev/null | awk 'NR==1 {print $2}')" = "$CARGO_FUZZ_VERSION" ]; then
  say "ok: cargo-fuzz $CARGO_FUZZ_VERSION"
else
  say "installing cargo-fuzz $CARGO_FUZZ_VERSION (cargo install, a minute or two)"
  step_started=$SECONDS
  cargo install --locked "cargo-fuzz@$CARGO_FUZZ_VERSION"
  say "installed cargo-fuzz $CARGO_FUZZ_VERSION in $((SECONDS - step_started)) s"
fi

# ---- npm packages, reinstalled whenever their package-lock.json changes --------
command -v npm >/dev/null 2>&1 || die "npm is missing"
npm_ci_if_changed tests/e2e "the end-to-end test packages"
npm_ci_if_changed tests/perf "Lighthouse"

say "done"
