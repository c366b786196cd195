#!/usr/bin/env bash
# Runs one benchmark main class on the project's test class path, compiling first.
# Usage: bench/run.sh <MainClass> [--options...]   (see generate.sh, load.sh, query.sh)
# JAVA_OPTS adds JVM options (e.g. -XX:StartFlightRecording=filename=target/bench/load.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."
main="$1"; shift
cp_file=target/bench/classpath.txt
mkdir -p target/bench
if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
  ./mvnw -B -q -ntp test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >&2
fi
# run from a copy of the compiled classes, so that a rebuild during a long run cannot change it under its feet
snapshot="$(mktemp -d "${TMPDIR:-/tmp}/ctg-bench-classes.XXXXXX")"
trap 'rm -rf "$snapshot"' EXIT
cp -r target/classes "$snapshot/classes"
cp -r target/test-classes "$snapshot/test-classes"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$java_bin" ${JAVA_OPTS:--Xmx4g} -cp "$snapshot/test-classes:$snapshot/classes:$(cat "$cp_file")" \
  "org.chinatechgraph.bench.$main" "$@"
