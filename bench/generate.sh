#!/usr/bin/env bash
# Writes a synthetic graph as fact files: bench/generate.sh --scale small|medium|large [--seed 42] [--out dir]
exec "$(dirname "$0")/run.sh" GraphGenerator "$@"
