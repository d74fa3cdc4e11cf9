#!/usr/bin/env bash
# Builds the app and serves it at http://127.0.0.1:8080, rebuilding on changes.
#
#   bash scripts/serve.sh                  port 8080
#   bash scripts/serve.sh --port 9000      another port (also -p 9000, --port=9000)
#   bash scripts/serve.sh --open           any other `trunk serve` option goes to trunk
#
# It first installs what building needs and is missing (scripts/setup-build.sh:
# the wasm toolchain, trunk, wasm-bindgen-cli, wasm-opt); the first run on a
# fresh machine also compiles everything, later runs only what changed.
# Trunk.toml holds the defaults (a release build, offline, 127.0.0.1, port
# 8080), so the only option this script gives trunk is the port, once.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { # usage [STATUS]: the comment above; on stderr unless STATUS is 0
  if [ "${1:-2}" -eq 0 ]; then
    sed -n '2,12s/^# \{0,1\}//p' "$0"
  else
    sed -n '2,12s/^# \{0,1\}//p' "$0" >&2
  fi
  exit "${1:-2}"
}

port=8080
address=127.0.0.1
trunk_args=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    --port | -p)
      [ "$#" -ge 2 ] || usage
      port=$2
      shift 2
      ;;
    --port=*) port=${1#--port=}; shift ;;
    -p?*) port=${1#-p}; shift ;;
    --address | -a)
      [ "$#" -ge 2 ] || usage
      address=$2
      trunk_args+=("$1" "$2")
      shift 2
      ;;
    --address=*) address=${1#--address=}; trunk_args+=("$1"); shift ;;
    -h | --help) usage 0 ;;
    *) trunk_args+=("$1"); shift ;;
  esac
done
case "$port" in
  '' | *[!0-9]*) echo "serve: --port needs a number, not \"$port\"" >&2; exit 2 ;;
esac
if [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
  echo "serve: --port needs a number from 1 to 65535, not $port" >&2
  exit 2
fi
# Fail now rather than after the build if something already answers there.
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "serve: port $port is already in use: stop what runs there, or pick another with --port N" >&2
  exit 1
fi

# shellcheck source=scripts/env.sh
source scripts/env.sh
bash scripts/setup-build.sh
host=$address
case "$host" in *:*) host="[$host]" ;; esac
echo "serve: building, then serving on http://$host:$port/ (Ctrl-C to stop)"
wasm_env trunk serve --port "$port" "${trunk_args[@]}"
