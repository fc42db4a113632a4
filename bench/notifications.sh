#!/usr/bin/env bash
# Fan-out benchmark of issue 15 (bench/RESULTS.md, "Notifications fan-out"): one CHALLENGE_PUBLISHED
# event to BENCH_FANOUT_VENDORS (default 10,000) matching, eligible vendors, with the compiled API
# and worker (NODE_ENV=production) on their own database (sprintgate_bench_notify) and queue prefix;
# `me` latency on the API before and during the fan-out (bench/notifications.js).
# Knobs: BENCH_FANOUT_VENDORS, BENCH_SECONDS (default 10), BENCH_FANOUT_CONCURRENCY (default 4),
# BENCH_FANOUT_BUDGET_S (default 120), BENCH_SKIP_BUILD=1 (reuse dist/, as bench/run.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
PG=postgres://${PGUSER:-postgres}@127.0.0.1:5432
OUT=$(mktemp -d /tmp/sprintgate-bench-notify.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
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

bash scripts/ensure-deps.sh
bash scripts/ensure-services.sh
API_PORT=$(free_port)
export DATABASE_URL=$PG/sprintgate_bench_notify
export REDIS_URL=redis://127.0.0.1:6379 QUEUE_PREFIX="sg-bench-notify-$$" PORT=$API_PORT LOG_LEVEL=error
export JWT_SECRET=bench-secret-0123456789abcdef0123456789 ADMIN_EMAIL=admin@demo.sprintgate.eu ADMIN_PASSWORD=demo-password-admin
export MIN_SUBMISSION_WINDOW_SECONDS=60 REQUESTS_PER_MINUTE=10000000 GRAPHQL_JIT=1

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  step "build API and worker"
  npx nest build api >/dev/null && npx nest build worker >/dev/null
fi
step "fresh database sprintgate_bench_notify: migrate, demo seed"
node bench/reset-database.js "$DATABASE_URL"
NODE_ENV=production npx typeorm migration:run -d dist/libs/core/src/database/data-source.js >/dev/null
NODE_ENV=development node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/seed/demo-seed.ts >/dev/null
export NODE_ENV=production

step "start the API (port $API_PORT) and the worker"
node --max-old-space-size=256 dist/apps/api/src/main.js >"$OUT/api.log" 2>&1 &
pids+=("$!")
node --max-old-space-size=512 dist/apps/worker/src/main.js >"$OUT/worker.log" 2>&1 &
pids+=("$!")
wait_health "$API_PORT"

step "fan-out of one CHALLENGE_PUBLISHED to ${BENCH_FANOUT_VENDORS:-10000} vendors"
node bench/notifications.js "$DATABASE_URL" "http://127.0.0.1:$API_PORT" "${BENCH_FANOUT_VENDORS:-10000}" \
  "${BENCH_SECONDS:-10}" "${BENCH_FANOUT_CONCURRENCY:-4}" "${BENCH_FANOUT_BUDGET_S:-120}"
