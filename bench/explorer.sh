#!/usr/bin/env bash
# Times the explorer in headless Chromium: first paint and each view's data, each round a first visit:
# bench/explorer.sh --data <copy of a store> [--rounds 10] [--warmup 2]   or   bench/explorer.sh --seed-graph
exec "$(dirname "$0")/run.sh" ExplorerBenchmark "$@"
