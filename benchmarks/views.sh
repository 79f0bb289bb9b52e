#!/usr/bin/env bash
# View latency benchmark: opens and filters every tracking view of the real window on a synthetic
# workspace of 5,000 commitments, 32 allies, 160,000 actions and 20,000 milestones, and prints for
# each step the time until the view showed its data and the longest pause of the UI thread.
#   benchmarks/views.sh
# Needs a display; without DISPLAY it starts Xvfb (Debian package xvfb) on :96.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "views.sh: needs DISPLAY or Xvfb" >&2; exit 1; }
  Xvfb :96 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  trap 'kill "$xvfb" 2>/dev/null || true' EXIT
  export DISPLAY=:96
  sleep 1
fi
rm -rf benchmarks/views/target/views-workspace benchmarks/views/target/views-settings
log="$(mktemp)"
# -am builds what the benchmark needs; the test filter keeps every other module's tests from running
if ! mvn -B -Dstyle.color=never verify -pl benchmarks/views -am -Pviews-benchmark \
    -Dtest=org.strategyworkbench.benchmarks.views.ViewLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  echo "views.sh: the benchmark failed; full log: $log" >&2
  exit 1
fi
sed -n '/^synthetic workspace/p; /^step (/,/^menus/p' "$log"
rm -f "$log"
