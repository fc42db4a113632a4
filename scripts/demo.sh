#!/usr/bin/env bash
# `npm run demo`: installs what is missing, starts PostgreSQL and Redis if needed, creates and
# migrates the database, seeds a demo sprint (idempotent), then serves the API and the worker.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-services.sh

export NODE_ENV=${NODE_ENV:-development}
export PORT=${PORT:-3000}
export DATABASE_URL=${DATABASE_URL:-postgres://${PGUSER:-postgres}@127.0.0.1:5432/sprintgate}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}
export QUEUE_PREFIX=${QUEUE_PREFIX:-sprintgate-demo}
export ADMIN_EMAIL=${ADMIN_EMAIL:-admin@demo.sprintgate.eu}
export ADMIN_PASSWORD=${ADMIN_PASSWORD:-demo-password-admin}
# Short windows so a whole sprint can be walked through in minutes.
export MIN_SUBMISSION_WINDOW_SECONDS=${MIN_SUBMISSION_WINDOW_SECONDS:-60}
export LOG_LEVEL=${LOG_LEVEL:-warn}

RUN_TS="node -r ts-node/register/transpile-only -r tsconfig-paths/register"

node scripts/create-database.js "$DATABASE_URL"
echo "» migrating…"
npm run --silent migration:run >/dev/null
echo "» seeding the demo sprint…"
$RUN_TS scripts/seed/demo-seed.ts
echo "» building the web console…"
npm run --silent build:web -- --logLevel warn

pids=()
cleanup() { trap - INT TERM EXIT; kill -TERM "${pids[@]}" 2>/dev/null || true; wait || true; }
trap cleanup INT TERM EXIT
$RUN_TS apps/worker/src/main.ts & pids+=($!)
$RUN_TS apps/api/src/main.ts & pids+=($!)

for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.5; done
cat <<MSG

  Sprintgate demo is running (Ctrl-C stops API and worker).
    Web console:  http://localhost:$PORT/
    GraphQL API:  http://localhost:$PORT/graphql
    Explorer:     http://localhost:$PORT/graphiql
    Readiness:    http://localhost:$PORT/ready

  Demo logins (password after the slash):
    admin      $ADMIN_EMAIL / $ADMIN_PASSWORD
$(node scripts/seed/print-logins.js)

MSG
wait -n "${pids[@]}"
