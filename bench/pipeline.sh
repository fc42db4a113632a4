#!/usr/bin/env bash
# `bash bench/pipeline.sh`: the evaluation pipeline alone (the last part of `npm run bench`), on its
# own database (sprintgate_bench_pipeline) and queue prefix so it can run beside a full benchmark.
# Builds the worker, migrates, seeds the demo data + 40 challenges, starts the compiled worker
# (NODE_ENV=production) and runs bench/pipeline.js for each size. Knobs: BENCH_PIPELINE_SIZES
# (default "1000 10000"; add 50000 for the large run), BENCH_PIPELINE_BUDGET_S (per size, default 90),
# BENCH_PIPELINE_DATABASE (default sprintgate_bench_pipeline: a second run beside it needs its own name),
# BENCH_PIPELINE_BUILD=0 (reuse dist/, e.g. to compare two builds run alternately).
set -euo pipefail
cd "$(dirname "$0")/.."
PG=postgres://${PGUSER:-postgres}@127.0.0.1:5432
OUT=$(mktemp -d /tmp/sprintgate-pipeline.XXXXXX)
WORKER_PID=
cleanup() {
  [ -z "$WORKER_PID" ] && return
  # a worker finishes its in-flight job on SIGTERM: give it 10 s, then stop it
  kill -TERM "$WORKER_PID" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$WORKER_PID" 2>/dev/null || break; sleep 0.5; done
  kill -KILL "$WORKER_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
step() { echo "» $*" >&2; }

bash scripts/ensure-services.sh
export DATABASE_URL=$PG/${BENCH_PIPELINE_DATABASE:-sprintgate_bench_pipeline}
export REDIS_URL=redis://127.0.0.1:6379 QUEUE_PREFIX="sg-pipe-$$" LOG_LEVEL=error
export JWT_SECRET=bench-secret-0123456789abcdef0123456789 ADMIN_EMAIL=admin@demo.sprintgate.eu ADMIN_PASSWORD=demo-password-admin
export MIN_SUBMISSION_WINDOW_SECONDS=60

if [ "${BENCH_PIPELINE_BUILD:-1}" = 1 ]; then
  step "build the worker"
  npx nest build worker >/dev/null
fi
step "fresh database ${DATABASE_URL##*/}: migrate, demo seed, 40 challenges"
node bench/reset-database.js "$DATABASE_URL"
NODE_ENV=production npx typeorm migration:run -d dist/libs/core/src/database/data-source.js >/dev/null
NODE_ENV=development node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/seed/demo-seed.ts >/dev/null
node bench/seed-challenges.js "$DATABASE_URL" 40
export NODE_ENV=production

step "start the worker (log: $OUT/worker.log)"
# the production start command (package.json start:worker, its V8 heap flag included)
node --max-old-space-size=512 dist/apps/worker/src/main.js >"$OUT/worker.log" 2>&1 &
WORKER_PID=$!
for size in ${BENCH_PIPELINE_SIZES:-1000 10000}; do
  result=$(node bench/pipeline.js "$DATABASE_URL" "$size" "${BENCH_PIPELINE_BUDGET_S:-90}" "$WORKER_PID")
  step "pipeline $size: $result"
  echo "$result"
done
