#!/usr/bin/env bash
# Implementation-plan export benchmark. Exports the synthetic workspace (5,000 commitments,
# 32 allies, 160,000 actions, 20,000 milestones) with every built-in sheet, and in the same run
# writes the same rows as minimal sheet XML into a zip at the same deflate level (the lower
# bound); prints the medians, the ratio and the peak heap. The JVM is capped at 256 MB.
#   benchmarks/report.sh [RUNS]      (default 5 runs after 1 warm-up)
# Builds the benchmark and what it needs first when the build is missing (tests skipped).
exec "$(dirname "${BASH_SOURCE[0]}")/java.sh" "-Xmx256m" ReportBenchmark "$@"
