#!/usr/bin/env bash
# Installs everything the build, the dev server and the tests need, idempotently:
# every step checks first and installs only what is missing, so a second run
# is quick and installs nothing.
#
#   - Debian packages: chromium + chromium-driver and firefox-esr (browser
#     tests), and, unless
#     rustup already has the wasm32-unknown-unknown target, Debian's Rust 1.96
#     (rustc-web, cargo-web, rust-web-src, rust-web-clippy) and lld-22 to build
#     the wasm app with -Zbuild-std (see scripts/env.sh)
#   - rustfmt + clippy for rustup's toolchain
#   - cargo-fuzz 0.13.2 (scripts/fuzz.sh), trunk 0.21.14 and wasm-bindgen-cli
#     (the exact wasm-bindgen version in Cargo.lock) with cargo install into
#     ~/.cargo/bin
#   - binaryen 132 (wasm-opt) from npm into .tools/ (git-ignored)
#   - the end-to-end test packages into tests/e2e/node_modules (git-ignored)
#   - Lighthouse into tests/perf/node_modules (git-ignored)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh

TRUNK_VERSION=0.21.14
CARGO_FUZZ_VERSION=0.13.2
BINARYEN_VERSION=132.0.0

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

say "wasm toolchain: $REDLINES_WASM_TOOLCHAIN"

# ---- Debian packages ---------------------------------------------------------
apt_packages=(chromium chromium-driver firefox-esr)
if [ "$REDLINES_WASM_TOOLCHAIN" = debian ]; then
  apt_packages+=(rustc-web cargo-web rust-web-src rust-web-clippy lld-22)
fi
command -v node >/dev/null 2>&1 || apt_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || apt_packages+=(npm)

missing=()
for pkg in "${apt_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then
  say "ok: Debian packages (${apt_packages[*]})"
else
  command -v apt-get >/dev/null 2>&1 ||
    die "missing ${missing[*]} and no apt-get here: install them (or the equivalent) by hand"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "need root (or sudo) to install ${missing[*]}"
    sudo_cmd=(sudo)
  fi
  say "installing Debian packages: ${missing[*]}"
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

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

# ---- cargo-installed tools (built with rustup's native toolchain) ------------
installed_version() { # installed_version CMD -> second word of `CMD --version`
  "$1" --version 2>/dev/null | awk 'NR==1 {print $2}'
}

# cargo-fuzz runs the fuzz targets in fuzz/ (scripts/fuzz.sh).
if [ "$(cargo fuzz --version 2>/dev/null | awk 'NR==1 {print $2}')" = "$CARGO_FUZZ_VERSION" ]; then
  say "ok: cargo-fuzz $CARGO_FUZZ_VERSION"
else
  say "installing cargo-fuzz $CARGO_FUZZ_VERSION (cargo install, a few minutes)"
  cargo install --locked "cargo-fuzz@$CARGO_FUZZ_VERSION"
fi

if [ "$(installed_version trunk)" = "$TRUNK_VERSION" ]; then
  say "ok: trunk $TRUNK_VERSION"
else
  say "installing trunk $TRUNK_VERSION (cargo install, a few minutes)"
  cargo install --locked "trunk@$TRUNK_VERSION"
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
if [ "$(installed_version wasm-bindgen)" = "$wasm_bindgen_version" ] &&
  [ "$(installed_version wasm-bindgen-test-runner)" = "$wasm_bindgen_version" ]; then
  say "ok: wasm-bindgen-cli $wasm_bindgen_version"
else
  say "installing wasm-bindgen-cli $wasm_bindgen_version (cargo install, a few minutes)"
  # Not --locked: its lock file names a crate version the registry lacks.
  cargo install "wasm-bindgen-cli@$wasm_bindgen_version"
fi

# ---- npm packages --------------------------------------------------------------
command -v npm >/dev/null 2>&1 || die "npm is missing"

binaryen_installed="$(node -p 'require("./.tools/node_modules/binaryen/package.json").version' 2>/dev/null || true)"
if [ "$binaryen_installed" = "$BINARYEN_VERSION" ] && [ -x .tools/node_modules/.bin/wasm-opt ]; then
  say "ok: binaryen $BINARYEN_VERSION (wasm-opt) in .tools/"
else
  say "installing binaryen $BINARYEN_VERSION (wasm-opt) into .tools/"
  mkdir -p .tools
  npm install --prefix .tools --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION"
fi

# tests/e2e: reinstall whenever package-lock.json changes.
lock_hash="$(sha256sum tests/e2e/package-lock.json | awk '{print $1}')"
stamp=tests/e2e/node_modules/.redlines-lock-sha256
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ]; then
  say "ok: tests/e2e node packages"
else
  say "installing tests/e2e node packages (npm ci)"
  npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error
  echo "$lock_hash" >"$stamp"
fi

# tests/perf: Lighthouse for scripts/lighthouse.mjs, likewise keyed on its lock.
lock_hash="$(sha256sum tests/perf/package-lock.json | awk '{print $1}')"
stamp=tests/perf/node_modules/.redlines-lock-sha256
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ]; then
  say "ok: tests/perf node packages (Lighthouse)"
else
  say "installing tests/perf node packages (npm ci: Lighthouse)"
  npm ci --prefix tests/perf --no-audit --no-fund --loglevel=error
  echo "$lock_hash" >"$stamp"
fi

say "done"
