#!/usr/bin/env bash
# `npm run demo`: installs what is missing, starts PostgreSQL and Redis if needed, creates and
# migrates the database, seeds a demo sprint (idempotent), then serves the API and the worker.
# The demo ships published passwords and a development secret, so it binds 127.0.0.1 unless
# HOST says otherwise (HOST=0.0.0.0 npm run demo opens it to the network).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-services.sh

export NODE_ENV=${NODE_ENV:-development}
export PORT=${PORT:-3000}
export HOST=${HOST:-127.0.0.1}
export DATABASE_URL=${DATABASE_URL:-postgres://${PGUSER:-postgres}@127.0.0.1:5432/sprintgate}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}
export QUEUE_PREFIX=${QUEUE_PREFIX:-sprintgate-demo}
export ADMIN_EMAIL=${ADMIN_EMAIL:-admin@demo.sprintgate.eu}
export ADMIN_PASSWORD=${ADMIN_PASSWORD:-demo-password-admin}
# Short windows so a whole sprint can be walked through in minutes.
export MIN_SUBMISSION_WINDOW_SECONDS=${MIN_SUBMISSION_WINDOW_SECONDS:-60}
export LOG_LEVEL=${LOG_LEVEL:-warn}
# /health echoes this, so the check below knows the answer comes from the API this script started.
export INSTANCE_ID="demo-$$-$RANDOM$RANDOM"

# Where to reach the API from this machine (a wildcard bind is reachable on the loopback).
case "$HOST" in 0.0.0.0 | ::) LOCAL=127.0.0.1 ;; *:*) LOCAL="[$HOST]" ;; *) LOCAL=$HOST ;; esac
BASE="http://$LOCAL:$PORT"

port_taken() {
  cat >&2 <<MSG
✗ Port $PORT on $HOST is already taken by another process, so the demo API cannot serve there.
  Stop that process, or pick a free port: PORT=3100 npm run demo
MSG
  exit 1
}
# Refuse early when something already answers there (often an earlier demo still running).
if (exec 3<>"/dev/tcp/$LOCAL/$PORT") 2>/dev/null; then port_taken; fi

RUN_TS="node -r ts-node/register/transpile-only -r tsconfig-paths/register"

echo "» migrating…"
npm run --silent migration:run
echo "» seeding the demo sprint…"
$RUN_TS scripts/seed/demo-seed.ts
echo "» building the web console…"
npm run --silent build:web -- --logLevel warn

pids=()
cleanup() { trap - INT TERM EXIT; kill -TERM "${pids[@]}" 2>/dev/null || true; wait || true; }
trap cleanup INT TERM EXIT
$RUN_TS apps/worker/src/main.ts & pids+=($!)
$RUN_TS apps/api/src/main.ts & api_pid=$!
pids+=("$api_pid")

# Up means: our API process is alive AND /health names our instance. Anything else answering on
# the port (a process that bound it in the meantime) does not count.
up=false
for _ in $(seq 1 360); do # generous: a loaded machine compiles slowly
  kill -0 "$api_pid" 2>/dev/null || break
  if curl -fs "$BASE/health" 2>/dev/null | grep -q "\"instance\":\"$INSTANCE_ID\""; then up=true; break; fi
  sleep 0.5
done
if [ "$up" != true ]; then
  if curl -fs -o /dev/null "$BASE/health" 2>/dev/null; then port_taken; fi # another process answers
  if kill -0 "$api_pid" 2>/dev/null; then
    echo "✗ The demo API did not answer on $BASE within 180 s; its log is above." >&2
  else
    echo "✗ The demo API stopped before serving on $BASE; its error is above." >&2
  fi
  exit 1
fi
cat <<MSG

  Sprintgate demo is running (Ctrl-C stops API and worker).
    Web console:  $BASE/
    GraphQL API:  $BASE/graphql
    Explorer:     $BASE/graphiql
    Readiness:    $BASE/ready
    Bound to $HOST (set HOST=0.0.0.0 to open it to the network: it has published passwords).

  Demo logins (password after the slash):
    admin      $ADMIN_EMAIL / $ADMIN_PASSWORD
$(node scripts/seed/print-logins.js)

MSG
wait -n "${pids[@]}"
