#!/usr/bin/env bash
# The README's first command, run the way a newcomer runs it: a clean
# `git clone` of the commit under test (HEAD) into a temporary folder, with
# nothing carried over (no target/, dist/, .tools/ or node_modules), then
# `bash scripts/serve.sh --port <a free port>` there. Passes when the page and
# a deep link (?view=actor&actor=vladimir-putin) answer HTTP 200 with the
# built app, and headless Chromium shows the app's actor view painted. Then it
# stops the server (its whole process group), runs serve.sh once more in the
# now built clone (the second-run time, against its 60 s target), and removes
# the clone. Prints how long each step took.
#
#   bash scripts/fresh-serve-check.sh            (scripts/test.sh runs it)
#   FRESH_SERVE_TIMEOUT=SECONDS                  overall limit (default 2400)
#
# Tools already installed on the machine are reused (trunk and wasm-bindgen in
# ~/.cargo/bin, Debian packages, npm's download cache), build outputs never:
# the clone compiles everything from scratch and installs its own .tools/
# (wasm-opt), as a newcomer's does. Cargo's crate cache is not reused either
# (an empty CARGO_HOME): a build that only works because an earlier command
# happened to download a crate fails here, as it would for a newcomer. The paint check drives Chromium with playwright-core from
# this checkout's tests/e2e/node_modules (scripts/setup-test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
# A PATH without this checkout's own tool folders, for the clone: it must
# find its wasm-opt in its own .tools/, as a newcomer's does.
repo_root_now="$(pwd)"
clean_path=""
IFS=: read -r -a path_entries <<<"$PATH"
for entry in "${path_entries[@]}"; do
  case "$entry" in "$repo_root_now" | "$repo_root_now"/*) continue ;; esac
  clean_path="${clean_path:+$clean_path:}$entry"
done
# shellcheck source=scripts/env.sh
source scripts/env.sh

timeout=${FRESH_SERVE_TIMEOUT:-2400}
say() { printf 'fresh-serve: %s\n' "$*"; }

now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }
secs() { printf '%d.%d' $(($1 / 1000)) $((($1 % 1000) / 100)); } # ms -> "12.3"

[ -f tests/e2e/node_modules/playwright-core/package.json ] ||
  { echo "fresh-serve: tests/e2e/node_modules is missing: run bash scripts/setup-test.sh" >&2; exit 1; }
[ -x "$REDLINES_CHROMIUM" ] ||
  { echo "fresh-serve: no Chromium at $REDLINES_CHROMIUM: run bash scripts/setup-test.sh" >&2; exit 1; }

commit="$(git rev-parse HEAD)"
say "commit under test: $(git log -1 --format='%h %s' "$commit")"
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
  say "note: this working tree has uncommitted changes; the clone, like a newcomer's, has only the commit"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/red-lines-fresh.XXXXXX")"
clone="$work/red-lines"
log="$work/serve.log"
cargo_home="$work/cargo-home"
server_pid=""

stop_server() {
  [ -n "$server_pid" ] || return 0
  if kill -0 -- "-$server_pid" 2>/dev/null; then
    kill -TERM -- "-$server_pid" 2>/dev/null || true
    local waited=0
    while kill -0 -- "-$server_pid" 2>/dev/null && [ "$waited" -lt 200 ]; do
      sleep 0.1
      waited=$((waited + 1))
    done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}
cleanup() {
  local status=$?
  stop_server
  if [ "$status" -ne 0 ] && [ -f "$log" ]; then
    echo "fresh-serve: --- the last 60 lines of serve.sh's output ---" >&2
    tail -n 60 "$log" >&2 || true
  fi
  rm -rf "$work"
  return "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() {
  echo "fresh-serve: FAILED: $*" >&2
  exit 1
}

started=$(now_ms)

# ---- a clean clone of the commit ------------------------------------------------
git clone --quiet --no-local --no-checkout "$REPO_ROOT" "$clone"
git -C "$clone" checkout --quiet --detach "$commit"
for leftover in target dist .tools node_modules tests/e2e/node_modules dist-single; do
  [ ! -e "$clone/$leftover" ] || fail "the clone has $leftover/, which a clean checkout must not"
done
cloned=$(now_ms)
say "cloned into a temporary folder in $(secs $((cloned - started))) s"

# ---- bash scripts/serve.sh --port <free port>, in its own process group ----------
free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}
# start_server PORT: serve.sh in the clone, in the background, as its own process group.
start_server() {
  : >"$log"
  (
    cd "$clone"
    # Nothing from this shell's build settings reaches the clone.
    exec setsid env -u CARGO_TARGET_DIR -u CARGO_BUILD_TARGET_DIR -u REDLINES_CORPUS -u REDLINES_CHUNKS_OUT \
      -u REDLINES_CHUNK_BYTES -u REDLINES_WASM_TOOLCHAIN -u REPO_ROOT \
      CARGO_HOME="$cargo_home" PATH="$REDLINES_CARGO_BIN:$clean_path" \
      bash scripts/serve.sh --port "$1"
  ) >>"$log" 2>&1 </dev/null &
  server_pid=$!
  # setsid makes it the leader of a new process group once the subshell has
  # exec'd it: wait for that (a moment), so that stopping it stops them all.
  local tries=0
  until [ "$(ps -o pgid= -p "$server_pid" | tr -d ' ')" = "$server_pid" ]; do
    tries=$((tries + 1))
    [ "$tries" -le 100 ] || fail "serve.sh did not get a process group of its own"
    sleep 0.05
  done
}
# answers URL: HTTP 200 and the page trunk built (it names the app's wasm).
answers() {
  local body
  body="$(curl --silent --show-error --fail --max-time 10 "$1" 2>/dev/null)" || return 1
  case "$body" in *_bg.wasm*) return 0 ;; *) return 1 ;; esac
}
# wait_served BASE: polls until BASE and its deep link answer; sets setup_done
# (when serve.sh's setup-build finished) and served (both answered), in ms.
wait_served() {
  local base="$1" deep="$1?view=actor&actor=vladimir-putin" from
  from=$(now_ms)
  setup_done=""
  while :; do
    kill -0 "$server_pid" 2>/dev/null || fail "serve.sh exited before serving"
    if [ -z "$setup_done" ] && grep -q '^serve: building' "$log"; then
      setup_done=$(now_ms)
      say "setup-build done after $(secs $((setup_done - from))) s; building"
    fi
    if answers "$base" && answers "$deep"; then break; fi
    # trunk keeps serving (an error page) after a failed build: fail now.
    ! grep -q 'error from build pipeline' "$log" || fail "trunk's build failed"
    [ "$(now_ms)" -lt "$deadline" ] || fail "nothing served at $base within ${timeout} s of the start"
    sleep 1 # the poll interval; the condition is the answer above
  done
  served=$(now_ms)
  [ -n "$setup_done" ] || setup_done=$from
  say "HTTP 200 for $base and $deep after $(secs $((served - from))) s"
}
# paint URL: headless Chromium until the app has painted URL; sets painted (ms).
paint() {
  local left_ms json
  left_ms=$((deadline - $(now_ms)))
  [ "$left_ms" -gt 30000 ] || left_ms=30000
  json="$(CHROMIUM_PATH="$REDLINES_CHROMIUM" node tests/e2e/fresh-serve-paint.mjs "$1" "$left_ms")" ||
    fail "the app did not paint $1"
  painted=$(now_ms)
  say "painted: $json"
}
deadline=$((started + timeout * 1000))

# ---- the first run: everything from scratch ---------------------------------------
port="$(free_port)"
base="http://127.0.0.1:$port/"
say "running bash scripts/serve.sh --port $port in the clone"
serve_started=$(now_ms)
start_server "$port"
wait_served "$base"
first_setup=$((setup_done - serve_started))
first_build=$((served - setup_done))
paint "$base?view=actor&actor=vladimir-putin"
first_paint=$((painted - served))
to_first_paint=$((painted - started))
stop_server
stopped=$(now_ms)
first_stop=$((stopped - painted))

# ---- a second run in the same, now built, clone ------------------------------------
port2="$(free_port)"
base2="http://127.0.0.1:$port2/"
say "running bash scripts/serve.sh --port $port2 again, in the built clone"
serve_started=$(now_ms)
start_server "$port2"
wait_served "$base2"
second_setup=$((setup_done - serve_started))
second_served=$((served - serve_started))
paint "$base2?view=actor&actor=vladimir-putin"
second_paint=$((painted - serve_started))
stop_server

row() { printf '  %-52s %8s s\n' "$1" "$(secs "$2")"; }
printf '\nfresh-serve: a clean clone of %s, then bash scripts/serve.sh --port N in it\n' "${commit:0:12}"
row "git clone" $((cloned - started))
row "setup-build (the tools already on this machine)" "$first_setup"
row "first build, to HTTP 200 (page and deep link)" "$first_build"
row "then the app painted in headless Chromium" "$first_paint"
row "start (clone) to first paint" "$to_first_paint"
row "stopping the server (its process group)" "$first_stop"
printf 'fresh-serve: the second run of serve.sh in the built clone (target: served within 60 s)\n'
row "setup-build" "$second_setup"
row "start to served (HTTP 200, page and deep link)" "$second_served"
row "start to the app painted" "$second_paint"
if [ "$second_served" -gt 60000 ]; then
  say "note: the second run took more than the 60 s target to serve"
fi
say "ok"
