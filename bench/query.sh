#!/usr/bin/env bash
# Runs the query operations through /graphql and by hand-written Cypher, at 1, 8 and 64 clients:
# bench/query.sh --data target/bench/db-medium/loader [--seconds 10] [--rounds 3] [--clients 1,8,64] [--ops lookup,page,...]
# --library also measures the Neo4j GraphQL Library on the same database (bench/library.sh, started and stopped)
exec "$(dirname "$0")/run.sh" QueryBenchmark "$@"
