#!/usr/bin/env bash
# Runs one benchmark class with the benchmarks' class path, building them first when the build
# is missing (tests skipped). Used by the other scripts of this folder.
#   benchmarks/java.sh "JVM OPTIONS" CLASS [ARGUMENTS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/benchmarks/target"
jvm_options="$1"
main="$2"
shift 2

built() {
  [ -f "$target/classpath.txt" ] && [ -f "$target/org.strategyworkbench.benchmarks-0.1.0.jar" ] || return 1
  local entry
  for entry in $(tr ':' ' ' <"$target/classpath.txt"); do [ -e "$entry" ] || return 1; done
}

if ! built; then
  mvn -B -ntp -q -f "$root/pom.xml" -pl benchmarks -am package -DskipTests >&2
fi
# shellcheck disable=SC2086 # both hold lists of options
exec java $jvm_options ${BENCHMARK_JAVA_OPTS:-} \
  -cp "$target/org.strategyworkbench.benchmarks-0.1.0.jar:$(cat "$target/classpath.txt")" \
  "org.strategyworkbench.benchmarks.$main" "$@"
