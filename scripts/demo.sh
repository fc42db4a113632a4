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
# Notification mail goes to a local sink (scripts/mail-sink.ts) unless SMTP_URL names a real server.
MAIL_SINK_SMTP_PORT=${MAIL_SINK_SMTP_PORT:-1025}
MAIL_SINK_HTTP_PORT=${MAIL_SINK_HTTP_PORT:-1080}
export MAIL_SINK_SMTP_PORT MAIL_SINK_HTTP_PORT
OWN_MAIL_SINK=false
if [ -z "${SMTP_URL:-}" ]; then
  OWN_MAIL_SINK=true
  export SMTP_URL="smtp://127.0.0.1:$MAIL_SINK_SMTP_PORT"
fi
export MAIL_FROM=${MAIL_FROM:-Sprintgate demo <no-reply@demo.sprintgate.eu>}
# The demo's daily digest goes out from midnight UTC, so digest-preferred mail shows the same day.
export DIGEST_HOUR_UTC=${DIGEST_HOUR_UTC:-0}
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
MAIL_LINE="Mail:         sent to $SMTP_URL"
if [ "$OWN_MAIL_SINK" = true ]; then
  $RUN_TS scripts/mail-sink.ts & sink_pid=$!
  pids+=("$sink_pid")
  sink_up=false
  for _ in $(seq 1 60); do
    kill -0 "$sink_pid" 2>/dev/null || break
    if curl -fs -o /dev/null "http://127.0.0.1:$MAIL_SINK_HTTP_PORT/" 2>/dev/null; then sink_up=true; break; fi
    sleep 0.5
  done
  if [ "$sink_up" = true ]; then
    MAIL_LINE="Demo mail:    http://127.0.0.1:$MAIL_SINK_HTTP_PORT/ (local sink; nothing leaves this machine)"
  else
    echo "! The mail sink did not start (ports $MAIL_SINK_SMTP_PORT/$MAIL_SINK_HTTP_PORT taken?): notification mail will wait and retry." >&2
    MAIL_LINE="Demo mail:    sink not running (set MAIL_SINK_SMTP_PORT / MAIL_SINK_HTTP_PORT)"
  fi
fi
node --max-old-space-size=512 -r ts-node/register/transpile-only -r tsconfig-paths/register apps/worker/src/main.ts & pids+=($!)
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
    $MAIL_LINE
    Bound to $HOST (set HOST=0.0.0.0 to open it to the network: it has published passwords).

  Demo logins (password after the slash):
    admin      $ADMIN_EMAIL / $ADMIN_PASSWORD
$(node scripts/seed/print-logins.js)

MSG
wait -n "${pids[@]}"
