#!/usr/bin/env bash
# Starts the Neo4j GraphQL Library (bench/neo4j-graphql) against a Neo4j database, for the query benchmark's
# "library" side: bench/library.sh --bolt bolt://127.0.0.1:7687 [--port 4000] [--host 127.0.0.1]
# (NEO4J_USERNAME / NEO4J_PASSWORD when the database wants them). Installs the pinned packages (npm ci) first
# when node_modules is missing or was installed from another package-lock.json. Prints
# "listening on http://HOST:PORT/graphql" once it answers; --port 0 takes a free port.
# bench/query.sh --library starts it by itself against the benchmark's database and stops it at the end.
set -euo pipefail
dir="$(cd "$(dirname "$0")/neo4j-graphql" && pwd)"
bolt="" port=4000 host=127.0.0.1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bolt) bolt="${2:-}"; shift 2 ;;
    --port) port="${2:-}"; shift 2 ;;
    --host) host="${2:-}"; shift 2 ;;
    *) echo "library.sh: unknown argument '$1'; usage: bench/library.sh --bolt bolt://host:7687 [--port 4000] [--host 127.0.0.1]" >&2; exit 2 ;;
  esac
done
if [[ -z "$bolt" ]]; then
  echo "library.sh: --bolt bolt://host:port is required (the database to serve)" >&2
  exit 2
fi
for tool in node npm; do
  if ! command -v "$tool" >/dev/null; then
    echo "library.sh: $tool is not installed; the Neo4j GraphQL Library needs Node.js 20 or later with npm" >&2
    exit 2
  fi
done
major="$(node -p 'process.versions.node.split(".")[0]')"
if (( major < 20 )); then
  echo "library.sh: Node.js $(node --version) is too old; @neo4j/graphql 7 needs Node.js 20 or later" >&2
  exit 2
fi
# install when node_modules does not come from this exact lock file
stamp="$dir/node_modules/.installed-from-lock"
lock_hash="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_hash" ]]; then
  echo "library.sh: installing the pinned packages (npm ci) in $dir" >&2
  (cd "$dir" && npm ci --no-audit --no-fund >&2) || {
    echo "library.sh: npm ci failed in $dir (is the npm registry reachable?)" >&2
    exit 2
  }
  echo "$lock_hash" >"$stamp"
fi
cd "$dir"
NEO4J_URI="$bolt" PORT="$port" HOST="$host" exec node server.mjs
