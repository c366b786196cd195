#!/usr/bin/env bash
# What a request costs each of two or more builds of the service, in CPU: each packaged jar runs on its own copy of a
# store, and a plain keep-alive client (ab, from apache2-utils) asks them in turns; each service's CPU time is read
# from /proc around its turn. CPU per request does not depend on what else the machine runs; requests a second do.
#   bench/cpu.sh --data target/bench/db-medium/loader [--turns 14] [--requests 15000] [--clients 8] OLD.jar NEW.jar ...
# Prints each turn, then the medians of the second half of the turns (the first half warms the JIT).
set -euo pipefail
data="" turns=14 requests=15000 clients=8 jars=()
while (($#)); do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    --turns) turns="$2"; shift 2 ;;
    --requests) requests="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "cpu.sh: unknown option $1" >&2; exit 2 ;;
    *) jars+=("$1"); shift ;;
  esac
done
[[ -d "$data" && ${#jars[@]} -ge 1 ]] || { echo "usage: bench/cpu.sh --data STORE JAR..." >&2; exit 2; }
command -v ab >/dev/null || { echo "cpu.sh: needs ab (apt-get install apache2-utils)" >&2; exit 2; }
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
work="$(mktemp -d "${TMPDIR:-/tmp}/ctg-cpu.XXXXXX")"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

for i in "${!jars[@]}"; do
  cp -r "$data" "$work/db$i"
  "$java_bin" -Xmx3g -jar "${jars[$i]}" --ctg.embedded.data-dir="$work/db$i" --ctg.embedded.bolt-port=$((7790 + i)) \
    --server.port=$((8890 + i)) --ctg.seed.enabled=false --ctg.read-cache.enabled=false --ctg.explorer.warm-up=false \
    --spring.main.banner-mode=off --logging.level.root=WARN > "$work/service$i.log" 2>&1 &
  pids+=($!)
done
ask() { curl -sf "http://127.0.0.1:$1/graphql" -H 'content-type: application/json' -d "$2"; }
for i in "${!jars[@]}"; do
  for _ in $(seq 1 180); do ask $((8890 + i)) '{"query":"{ __typename }"}' >/dev/null 2>&1 && break; sleep 1; done
  ask $((8890 + i)) '{"query":"{ __typename }"}' >/dev/null || { echo "cpu.sh: ${jars[$i]} did not start" >&2; cat "$work/service$i.log" >&2; exit 1; }
done
project=$(ask 8890 '{"query":"{ projects(first: 1) { edges { node { id } } } }"}' | sed -E 's/.*"id":"([^"]+)".*/\1/')
firm=$(ask 8890 '{"query":"{ organizations(first: 1) { edges { node { id } } } }"}' | sed -E 's/.*"id":"([^"]+)".*/\1/')
printf '{"query":"query($id: ID!) { project(id: $id) { id name status signedOn investment { amount currency cny usd } } }","variables":{"id":"%s"}}' "$project" > "$work/lookup.json"
printf '{"query":"query($id: ID!) { partners(id: $id, hops: 3) { hops partner { id name } } }","variables":{"id":"%s"}}' "$firm" > "$work/partners.json"
echo "CPU per request on $(nproc) cores: ${#jars[@]} build(s), $turns turns of $requests requests at $clients clients (lookup of $project; partners of $firm)"

ticks=$(getconf CLK_TCK)
for t in $(seq 1 "$turns"); do
  for i in "${!jars[@]}"; do
    for op in lookup partners; do
      n=$requests; [[ $op == partners ]] && n=$((requests / 3))
      before=$(awk '{print $14 + $15}' "/proc/${pids[$i]}/stat")
      out=$(ab -k -q -c "$clients" -n "$n" -p "$work/$op.json" -T application/json "http://127.0.0.1:$((8890 + i))/graphql" 2>&1)
      after=$(awk '{print $14 + $15}' "/proc/${pids[$i]}/stat")
      failed=$(awk '/Failed requests/ {print $3}' <<< "$out"); non2xx=$(awk '/Non-2xx/ {print $3}' <<< "$out")
      [[ "$failed" == 0 && -z "$non2xx" ]] || { echo "cpu.sh: ${jars[$i]} $op: $failed failed, ${non2xx:-0} not 2xx" >&2; exit 1; }
      printf 'turn %2d  %-8s %-40s %6d us/request %8.0f requests/s\n' "$t" "$op" "$(basename "${jars[$i]}")" \
        $(( (after - before) * 1000000 / ticks / n )) "$(awk '/Requests per second/ {print $4}' <<< "$out")"
    done
  done
done | tee "$work/turns.txt"

echo "medians of turns $((turns / 2 + 1))-$turns:"
awk -v from=$((turns / 2 + 1)) '$2 >= from { key = $3 " " $4; cpu[key] = cpu[key] " " $5; rate[key] = rate[key] " " $7 }
  END { for (k in cpu) print k, cpu[k], "|", rate[k] }' "$work/turns.txt" | sort | while read -r op jar rest; do
  cpus=$(tr ' ' '\n' <<< "${rest%%|*}" | grep . | sort -n); rates=$(tr ' ' '\n' <<< "${rest##*|}" | grep . | sort -n)
  median() { awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
  printf '  %-8s %-40s %6.0f us/request %8.0f requests/s\n' "$op" "$jar" "$(median <<< "$cpus")" "$(median <<< "$rates")"
done
