#!/usr/bin/env bash
# Workspace load and save benchmark. Generates a synthetic workspace of 5,000 commitments,
# 32 allies, 160,000 actions and 20,000 milestones in a temporary folder, then prints the median
# of bare Jackson reading and writing its files (the baseline), of the workspace's own load and
# full save, and of one edit applied and saved, with the ratios against the goals.
#   benchmarks/store.sh [RUNS [WARM-UPS]]      (default 5 runs after 2 warm-ups)
# Builds the benchmark and what it needs first when the build is missing (tests skipped).
exec "$(dirname "${BASH_SOURCE[0]}")/java.sh" "-Xms2g -Xmx2g" StoreBenchmark "$@"
