#!/usr/bin/env bash
# Workspace load and save benchmark. Generates a synthetic workspace of 5,000 commitments,
# 32 allies, 160,000 actions and 20,000 milestones in a temporary folder, then prints the median
# of bare Jackson reading and writing its files (the baseline), of the workspace's own load and
# full save, and of one edit applied and saved, with the ratios against the goals.
#   benchmarks/store.sh [RUNS [WARM-UPS]]      (default 5 runs after 2 warm-ups)
# Builds the benchmark and what it needs first when the build is missing (tests skipped).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/benchmarks/target"

built() {
  [ -f "$target/classpath.txt" ] && [ -f "$target/org.strategyworkbench.benchmarks-0.1.0.jar" ] || return 1
  local entry
  for entry in $(tr ':' ' ' <"$target/classpath.txt"); do [ -e "$entry" ] || return 1; done
}

if ! built; then
  mvn -B -ntp -q -f "$root/pom.xml" -pl benchmarks -am package -DskipTests >&2
fi
exec java -Xms2g -Xmx2g ${BENCHMARK_JAVA_OPTS:-} \
  -cp "$target/org.strategyworkbench.benchmarks-0.1.0.jar:$(cat "$target/classpath.txt")" \
  org.strategyworkbench.benchmarks.StoreBenchmark "$@"
