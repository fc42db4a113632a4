#!/usr/bin/env bash
# `npm run bench`: one command that builds, seeds its own database (sprintgate_bench) and queue
# prefix, starts the compiled API (NODE_ENV=production, graphql-jit on) and the bare peer server
# (bench/peer/) on free ports, measures both side by side, runs pgbench TPC-B on its own database
# (sprintgate_pgbench), the close → screen → assign pipeline, and prints one table (bench/report.js).
# Never part of `npm test`. Knobs: BENCH_SECONDS (per measurement, default 10), BENCH_SLICES (the
# interleaved slices it is cut into, default 5, see slice() below), BENCH_CONCURRENCY
# (reads, default 16), BENCH_WARMUP (seconds of load before each measurement, default 15: long
# enough for V8 to finish optimising the hot code of both servers, see bench/RESULTS.md),
# BENCH_WRITERS (default 8), BENCH_PIPELINE_SIZES (default "1000 10000"),
# BENCH_PIPELINE_BUDGET_S (per size, default 90), BENCH_FANOUT_VENDORS (notification fan-out, default
# 10000; bench/notifications.sh runs it alone).
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${BENCH_SECONDS:-10}
WARMUP=${BENCH_WARMUP:-15}
CONC=${BENCH_CONCURRENCY:-16}
WRITERS=${BENCH_WRITERS:-8}
PG=postgres://${PGUSER:-postgres}@127.0.0.1:5432
OUT=$(mktemp -d /tmp/sprintgate-bench.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  # a worker finishes its in-flight job on SIGTERM (a 10,000-bid screening can take minutes): give
  # everything 10 s, then stop what is left
  for _ in $(seq 1 20); do
    alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.5
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
step() { echo "» $*" >&2; }
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
wait_health() { for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$1/health" >/dev/null 2>&1 && return 0; sleep 0.25; done; echo "✗ no answer on port $1" >&2; exit 1; }
rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
record() { echo "$1" >>"$OUT/results.jsonl"; }

bash scripts/ensure-deps.sh
bash scripts/ensure-services.sh
API_PORT=$(free_port)
PEER_PORT=$(free_port)
export DATABASE_URL=$PG/sprintgate_bench
export REDIS_URL=redis://127.0.0.1:6379 QUEUE_PREFIX="sg-bench-$$" PORT=$API_PORT LOG_LEVEL=error
export JWT_SECRET=bench-secret-0123456789abcdef0123456789 ADMIN_EMAIL=admin@demo.sprintgate.eu ADMIN_PASSWORD=demo-password-admin
export MIN_SUBMISSION_WINDOW_SECONDS=60 REQUESTS_PER_MINUTE=10000000 GRAPHQL_JIT=1

step "build"
npm run --silent build >/dev/null
step "fresh database sprintgate_bench: migrate, demo seed, 40 challenges"
node bench/reset-database.js "$DATABASE_URL"
NODE_ENV=production npx typeorm migration:run -d dist/libs/core/src/database/data-source.js >/dev/null
NODE_ENV=development node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/seed/demo-seed.ts >/dev/null
node bench/seed-challenges.js "$DATABASE_URL" 40
export NODE_ENV=production

step "start the API (port $API_PORT) and the peer (port $PEER_PORT)"
node --max-old-space-size=256 dist/apps/api/src/main.js >"$OUT/api.log" 2>&1 &
API_PID=$!
pids+=("$API_PID")
PORT=$PEER_PORT node bench/peer/server.js >"$OUT/peer.log" 2>&1 &
PEER_PID=$!
pids+=("$PEER_PID")
wait_health "$API_PORT"
wait_health "$PEER_PORT"

LOGIN='{"query":"mutation { login(email: \"vendor1@demo.sprintgate.eu\", password: \"demo-password-vendor1\") { accessToken } }"}'
TOKEN=$(curl -s "http://127.0.0.1:$API_PORT/graphql" -H 'content-type: application/json' -d "$LOGIN" | node -pe 'JSON.parse(require("fs").readFileSync(0)).data.login.accessToken')
ME='{"query":"{ me { id email roles organisation { name kind smeClass } } }"}'
LIST='{"query":"{ challenges(first: 20) { totalCount edges { node { id title status buyer { name } budget { amountMinor currency } criteria { name weight } } } } }"}'

# Every comparison is interleaved: after a warm-up of each side, BENCH_SLICES (default 5) slices of
# SECS/SLICES seconds alternate between the API and its reference (the order flips every round), and
# each side's slices are pooled (bench/combine-slices.js). This host's CPU steal varies from minute
# to minute; measured one after the other, the two sides of a ratio could see different machines.
slice() { # port, pid, body, concurrency → one JSON line: the slice and the database's CPU meanwhile
  local pg_before result pg_ms
  pg_before=$(node bench/pg-backend-cpu.js "$DATABASE_URL")
  result=$(LOAD_RAW=1 node bench/load.js "http://127.0.0.1:$1/graphql" "$3" "$SLICE_SECS" "$4" "$2" "$TOKEN")
  # what PostgreSQL spent serving them: both servers' statements run on the same 2 cores
  pg_ms=$(node bench/pg-backend-cpu.js "$DATABASE_URL" "$pg_before")
  echo "{\"slice\":$result,\"pgCpuMs\":$pg_ms}"
}
pgbench_slice() { # one pgbench TPC-B run of SLICE_SECS on its own database → one JSON line
  local tps
  tps=$(pgbench -c "$WRITERS" -j 2 -T "$SLICE_SECS" -h 127.0.0.1 -U "${PGUSER:-postgres}" sprintgate_pgbench 2>/dev/null | awk '/^tps/ { print $3; exit }')
  echo "{\"pgbench\":{\"tps\":$tps,\"seconds\":$SLICE_SECS}}"
}
warm_up() { # port, pid, body, concurrency: V8 optimises, graphql-jit compiles
  node bench/load.js "http://127.0.0.1:$1/graphql" "$3" "$WARMUP" "$4" "$2" "$TOKEN" >/dev/null
}
pooled() { # name, slices file: records the pooled result
  local combined
  combined=$(node bench/combine-slices.js <"$2")
  step "$1: $combined"
  record "{\"name\":\"$1\",${combined:1}"
}
SLICES=${BENCH_SLICES:-5}
SLICE_SECS=$((SECS / SLICES))
[ "$SLICE_SECS" -ge 1 ] || SLICE_SECS=1
for query in me list; do
  body=$ME
  [ "$query" = list ] && body=$LIST
  warm_up "$API_PORT" "$API_PID" "$body" "$CONC"
  warm_up "$PEER_PORT" "$PEER_PID" "$body" "$CONC"
  for round in $(seq 1 "$SLICES"); do
    if [ $((round % 2)) = 1 ]; then
      slice "$API_PORT" "$API_PID" "$body" "$CONC" >>"$OUT/$query.api.slices"
      slice "$PEER_PORT" "$PEER_PID" "$body" "$CONC" >>"$OUT/$query.peer.slices"
    else
      slice "$PEER_PORT" "$PEER_PID" "$body" "$CONC" >>"$OUT/$query.peer.slices"
      slice "$API_PORT" "$API_PID" "$body" "$CONC" >>"$OUT/$query.api.slices"
    fi
  done
  pooled "$query.api" "$OUT/$query.api.slices"
  pooled "$query.peer" "$OUT/$query.peer.slices"
done

step "submitProposal writes ($WRITERS connections, one bench challenge each) against pgbench TPC-B (scale 1, $WRITERS clients) on sprintgate_pgbench"
WRITES=$(node bench/write-bodies.js "$DATABASE_URL" "$WRITERS")
node bench/reset-database.js "$PG/sprintgate_pgbench"
pgbench -q -i -s 1 -h 127.0.0.1 -U "${PGUSER:-postgres}" sprintgate_pgbench >/dev/null 2>&1
warm_up "$API_PORT" "$API_PID" "$WRITES" "$WRITERS"
pgbench -c "$WRITERS" -j 2 -T 3 -h 127.0.0.1 -U "${PGUSER:-postgres}" sprintgate_pgbench >/dev/null 2>&1 # warm its cache
for round in $(seq 1 "$SLICES"); do
  if [ $((round % 2)) = 1 ]; then
    slice "$API_PORT" "$API_PID" "$WRITES" "$WRITERS" >>"$OUT/writes.slices"
    pgbench_slice >>"$OUT/pgbench.slices"
  else
    pgbench_slice >>"$OUT/pgbench.slices"
    slice "$API_PORT" "$API_PID" "$WRITES" "$WRITERS" >>"$OUT/writes.slices"
  fi
done
pooled submitProposal.api "$OUT/writes.slices"
TPS=$(node bench/combine-slices.js <"$OUT/pgbench.slices")
step "pgbench: $TPS"
record "{\"name\":\"pgbench\",\"result\":$TPS}"
record "{\"name\":\"rss.api\",\"result\":{\"mb\":$(rss_mb "$API_PID")}}"

step "pipeline: close → screen → assign (worker started)"
kill -TERM "$PEER_PID"
node --max-old-space-size=512 dist/apps/worker/src/main.js >"$OUT/worker.log" 2>&1 &
WORKER_PID=$!
pids+=("$WORKER_PID")
for size in ${BENCH_PIPELINE_SIZES:-1000 10000}; do
  result=$(node bench/pipeline.js "$DATABASE_URL" "$size" "${BENCH_PIPELINE_BUDGET_S:-90}" "$WORKER_PID")
  step "pipeline $size: $result"
  record "{\"name\":\"pipeline.$size\",\"result\":$result}"
done
step "notifications fan-out: one CHALLENGE_PUBLISHED to ${BENCH_FANOUT_VENDORS:-10000} vendors (bench/notifications.js)"
result=$(node bench/notifications.js "$DATABASE_URL" "http://127.0.0.1:$API_PORT" "${BENCH_FANOUT_VENDORS:-10000}" "$SECS" 4 120)
step "fan-out: $result"
record "{\"name\":\"fanout\",\"result\":$result}"
record "{\"name\":\"rss.worker\",\"result\":{\"mb\":$(rss_mb "$WORKER_PID")}}"
record "{\"name\":\"rss.api.end\",\"result\":{\"mb\":$(rss_mb "$API_PID")}}"

node bench/report.js "$OUT/results.jsonl"
