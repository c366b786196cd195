#!/usr/bin/env bash
# Loads generated fact files through the service's loader and by the raw Cypher baseline, and compares rates:
# bench/load.sh --facts target/bench/facts-medium [--data target/bench/db-medium] [--mode both|loader|baseline]
exec "$(dirname "$0")/run.sh" LoadBenchmark "$@"
