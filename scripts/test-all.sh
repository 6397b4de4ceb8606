#!/usr/bin/env bash
# `npm test`: the type check, lint and unit tests, then the end-to-end specs in Chromium against the
# built site. The static build the specs need starts first, in the background, so it overlaps with
# the checks instead of following them (it takes /tmp/build.lock, as the e2e harness does, so two
# builds on one machine never write .next/ and out/ at once). Its output goes to .e2e-build.log and
# is printed if it fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

build_log=.e2e-build.log
lock=(); command -v flock >/dev/null && lock=(flock "${E2E_BUILD_LOCK:-/tmp/build.lock}")
"${lock[@]}" npm run build --silent > "$build_log" 2>&1 &
build_pid=$!
trap 'kill "$build_pid" 2>/dev/null || true' EXIT

started=$SECONDS
stage() { printf '\n[test] %s (%ss)\n' "$1" "$((SECONDS - started))"; }
stage "Type check"; npm run typecheck --silent
stage "Lint"; npm run lint --silent
stage "Unit tests"; npm run test:unit --silent

stage "Waiting for the site build (started with the type check)"
if ! wait "$build_pid"; then
  cat "$build_log" >&2
  echo "[test] npm run build failed: its output is above." >&2
  exit 1
fi
tail -n 3 "$build_log"
trap - EXIT

stage "End-to-end tests"
E2E_SKIP_BUILD=1 npm run test:e2e --silent
stage "Done"
