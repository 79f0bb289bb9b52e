#!/usr/bin/env bash
# Implementation-plan export benchmark. Exports the synthetic workspace (5,000 commitments,
# 32 allies, 160,000 actions, 20,000 milestones) with every built-in sheet, and in the same run
# writes the same rows as minimal sheet XML into a zip at the same deflate level (the lower
# bound); prints the medians, the ratio and the peak heap. The JVM is capped at 256 MB.
#   benchmarks/report.sh [RUNS]      (default 5 runs after 1 warm-up)
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
exec java -Xmx256m ${BENCHMARK_JAVA_OPTS:-} \
  -cp "$target/org.strategyworkbench.benchmarks-0.1.0.jar:$(cat "$target/classpath.txt")" \
  org.strategyworkbench.benchmarks.ReportBenchmark "$@"
