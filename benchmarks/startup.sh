#!/usr/bin/env bash
# Start-up benchmark. Runs the product N times (default 10) and prints the median time from
# process start to (a) every bundle active and (b) the first painted window, beside the same
# launcher starting a bare Felix framework with no bundle, measured in the same command.
#   benchmarks/startup.sh [RUNS]
# Needs a display; without DISPLAY it starts Xvfb (Debian package xvfb) on :97.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT

if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "startup.sh: needs DISPLAY or Xvfb" >&2; exit 1; }
  Xvfb :97 -screen 0 1600x1000x24 >/dev/null 2>&1 & xvfb=$!
  export DISPLAY=:97
  sleep 1
fi

"$root/workbench" --version >/dev/null   # builds the product if needed
dist="$root/product/org.strategyworkbench.product/target/workbench"
mkdir -p "$tmp/bare/bundles" "$tmp/bare/lib"
cp "$dist"/lib/*.jar "$tmp/bare/lib/"

opts="-Dstrategyworkbench.startup.report=true -Dstrategyworkbench.startup.exitAfterPaint=true -Dstrategyworkbench.settings=$tmp/settings"
now() { date +%s%3N; }
since() { sed -n "s/^startup: $1 //p" "$2" | head -1; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

: >"$tmp/bare.txt"; : >"$tmp/active.txt"; : >"$tmp/window.txt"
for i in $(seq "$runs"); do
  t0=$(now)
  java $opts -jar "$tmp/bare/lib/org.strategyworkbench.launcher.jar" --workspace "$tmp/ws" \
    --plugins "$tmp/plugins" bundles 2>"$tmp/err" >/dev/null || true
  echo $(( $(since bundles-active "$tmp/err") - t0 )) >>"$tmp/bare.txt"

  t0=$(now)
  WORKBENCH_JAVA_OPTS="$opts" "$root/workbench" --workspace "$tmp/ws" --plugins "$tmp/plugins" 2>"$tmp/err" >/dev/null
  echo $(( $(since bundles-active "$tmp/err") - t0 )) >>"$tmp/active.txt"
  echo $(( $(since window-painted "$tmp/err") - t0 )) >>"$tmp/window.txt"
done

bare=$(median <"$tmp/bare.txt"); active=$(median <"$tmp/active.txt"); window=$(median <"$tmp/window.txt")
bundles=$(ls "$dist/bundles" | wc -l)
echo "runs: $runs, $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "bare Felix, no bundle, framework started: median ${bare} ms"
echo "product, all $bundles bundles active:         median ${active} ms  ($(awk "BEGIN {printf \"%.2f\", $active/$bare}")x bare Felix)"
echo "product, first window painted:            median ${window} ms  ($(awk "BEGIN {printf \"%.2f\", $window/$bare}")x bare Felix)"
