# shellcheck shell=bash
# Shared by scripts/setup-build.sh and scripts/setup-test.sh (sourced after
# scripts/env.sh). Every helper checks first and installs only what is
# missing, so each setup script is idempotent and quick on a second run.

say() { printf '%s: %s\n' "${SETUP_NAME:-setup}" "$*"; }
die() { printf '%s: error: %s\n' "${SETUP_NAME:-setup}" "$*" >&2; exit 1; }

# installed_version CMD -> the second word of `CMD --version` ("trunk 0.21.14" -> 0.21.14)
installed_version() {
  "$1" --version 2>/dev/null | awk 'NR==1 {print $2}'
}

# apt_install_missing PKG... : installs the Debian packages that are not
# installed yet (one apt-get update, one apt-get install), or says they are.
apt_install_missing() {
  local pkg missing=()
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    say "ok: Debian packages ($*)"
    return 0
  fi
  command -v apt-get >/dev/null 2>&1 ||
    die "missing ${missing[*]} and no apt-get here: install them (or the equivalent) by hand"
  local sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "need root (or sudo) to install ${missing[*]}"
    sudo_cmd=(sudo)
  fi
  say "installing Debian packages: ${missing[*]}"
  local started=$SECONDS
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
  say "installed Debian packages in $((SECONDS - started)) s"
}

# npm_ci_if_changed DIR WHAT : `npm ci` in DIR whenever its package-lock.json
# differs from the one last installed there (a stamp in DIR/node_modules).
npm_ci_if_changed() {
  local dir="$1" what="$2" lock_hash stamp
  lock_hash="$(sha256sum "$dir/package-lock.json" | awk '{print $1}')"
  stamp="$dir/node_modules/.redlines-lock-sha256"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ]; then
    say "ok: $what ($dir)"
  else
    say "installing $what (npm ci in $dir)"
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
    echo "$lock_hash" >"$stamp"
  fi
}
