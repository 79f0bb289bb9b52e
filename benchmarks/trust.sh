#!/usr/bin/env bash
# Signed-plugin check benchmark. Signs plugin jars of 20, 200 and 2,000 entries with jarsigner and
# prints the median time the workbench's plugin trust takes to check each, beside reading every
# entry of the same jar without verification (the baseline, in the same run), with the ratio.
#   benchmarks/trust.sh [RUNS]      (default 21 runs after 3 warm-ups)
# Builds the benchmark and what it needs first when the build is missing (tests skipped).
exec "$(dirname "${BASH_SOURCE[0]}")/java.sh" "-Xmx256m" TrustBenchmark "$@"
