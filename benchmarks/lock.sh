#!/usr/bin/env bash
# Refusal benchmark: how long a second process takes to say that the workspace is open in another
# process. A shell holds a workspace; then, RUNS times (default 10), interleaved in the same
# command, a bare JVM start (java -version) and `validate` on the held workspace are timed from
# process start to the end of `java -version` and to the line with the refusal. Prints the
# median of each and the load average, before and after.
#   benchmarks/lock.sh [RUNS]
# WORKBENCH_DIST names another assembled product (default: this checkout's build).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
dist="${WORKBENCH_DIST:-$root/product/org.strategyworkbench.product/target/workbench}"
launcher="$dist/lib/org.strategyworkbench.launcher.jar"
tmp="$(mktemp -d)"
holder=""
trap '[ -n "$holder" ] && kill "$holder" 2>/dev/null; exec 3>&- 2>/dev/null; rm -rf "$tmp"' EXIT

[ -f "$launcher" ] || "$root/workbench" --version >/dev/null   # builds the product if needed
java=(java -Djava.awt.headless=true -Dstrategyworkbench.settings="$tmp/settings")
run=("${java[@]}" -jar "$launcher" --workspace "$tmp/ws" --plugins "$tmp/plugins")
now() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

# the holder: a shell whose input stays open until the end
mkfifo "$tmp/in"
"${run[@]}" shell <"$tmp/in" >"$tmp/holder.out" 2>&1 & holder=$!
exec 3>"$tmp/in"
printf 'swb:allies\necho HOLDING\n' >&3   # a shell of an older build locked only at its first swb: command
until grep -q '^HOLDING\|g! HOLDING' "$tmp/holder.out" 2>/dev/null; do
  kill -0 "$holder" 2>/dev/null || { cat "$tmp/holder.out" >&2; exit 1; }
  sleep 0.1
done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$tmp/bare.txt"; : >"$tmp/refusal.txt"
for _ in $(seq "$runs"); do
  t0=$(now); java -version 2>/dev/null; echo $(( $(now) - t0 )) >>"$tmp/bare.txt"
  t0=$(now)
  "${run[@]}" validate 2>&1 >/dev/null | while IFS= read -r line; do
    case "$line" in *"is open in another process"*) echo $(( $(now) - t0 )) >>"$tmp/refusal.txt" ;; esac
  done || true   # validate exits 1: refused
done
[ "$(wc -l <"$tmp/refusal.txt")" -eq "$runs" ] || { echo "lock.sh: a run was not refused" >&2; exit 1; }

bare=$(median <"$tmp/bare.txt"); refusal=$(median <"$tmp/refusal.txt")
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs: $runs, $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "bare JVM (java -version):                 median ${bare} ms  (all: $(sort -n "$tmp/bare.txt" | tr '\n' ' '))"
echo "validate on a held workspace, refused:    median ${refusal} ms  (all: $(sort -n "$tmp/refusal.txt" | tr '\n' ' '))"
