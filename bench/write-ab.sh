#!/usr/bin/env bash
# A/B of the submitProposal write path on a busy machine, where throughput means nothing: two
# compiled builds (dist directories) serve the same database side by side and are driven
# ALTERNATELY by bench/load.js with bench/write-bodies.js' bodies (8 writers), so both see the
# same load (A B, then B A). Per round and build it prints the API's CPU per write (/proc) and the CPU of the
# PostgreSQL backends of that database per write (bench/pg-backend-cpu.js; only one build is
# under load at a time). The database must be migrated and seeded as bench/run.sh does it.
#   DATABASE_URL=postgres://…/mydb bash bench/write-ab.sh <distA> <distB> [rounds=3] [seconds=15]
set -euo pipefail
cd "$(dirname "$0")/.."
A=$1
B=$2
ROUNDS=${3:-3}
SECS=${4:-15}
: "${DATABASE_URL:?DATABASE_URL of a seeded bench database}"
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379} QUEUE_PREFIX="sg-write-ab-$$" LOG_LEVEL=error NODE_ENV=production GRAPHQL_JIT=1
export JWT_SECRET=bench-secret-0123456789abcdef0123456789 ADMIN_EMAIL=admin@demo.sprintgate.eu ADMIN_PASSWORD=demo-password-admin
export MIN_SUBMISSION_WINDOW_SECONDS=60 REQUESTS_PER_MINUTE=10000000
pids=()
trap 'for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
start() { # dist → sets PORT_ and PID_
  PORT_=$(free_port)
  PORT=$PORT_ node "$1/apps/api/src/main.js" >"/tmp/write-ab-$PORT_.log" 2>&1 &
  PID_=$!
  pids+=("$PID_")
  for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$PORT_/health" >/dev/null 2>&1 && return 0; sleep 0.25; done
  echo "✗ no answer from $1" >&2
  exit 1
}
start "$A"
PA=$PORT_ PIDA=$PID_
start "$B"
PB=$PORT_ PIDB=$PID_
LOGIN='{"query":"mutation { login(email: \"vendor1@demo.sprintgate.eu\", password: \"demo-password-vendor1\") { accessToken } }"}'
token() { curl -s "http://127.0.0.1:$1/graphql" -H 'content-type: application/json' -d "$LOGIN" | node -pe 'JSON.parse(require("fs").readFileSync(0)).data.login.accessToken'; }
TA=$(token "$PA")
TB=$(token "$PB")
WRITES=$(node bench/write-bodies.js "$DATABASE_URL" 8)
run() { # name port pid token
  node bench/load.js "http://127.0.0.1:$2/graphql" "$WRITES" 3 8 "$3" "$4" >/dev/null # warm-up (jit)
  local before pg_ms result
  before=$(node bench/pg-backend-cpu.js "$DATABASE_URL")
  result=$(node bench/load.js "http://127.0.0.1:$2/graphql" "$WRITES" "$SECS" 8 "$3" "$4")
  pg_ms=$(node bench/pg-backend-cpu.js "$DATABASE_URL" "$before")
  node -e "const r=JSON.parse(process.argv[1]);console.log(JSON.stringify({build:process.argv[2],round:+process.argv[4],writes:r.requests,errors:r.errors,rps:r.rps,apiCpuUsPerWrite:r.serverCpuUsPerRequest,pgCpuUsPerWrite:Math.round(process.argv[3]*1000/r.requests),load:require('os').loadavg()[0].toFixed(1)}))" "$result" "$1" "$pg_ms" "$round"
}
for round in $(seq 1 "$ROUNDS"); do # A B, then B A: neither build always goes first
  if [ $((round % 2)) = 1 ]; then
    run A "$PA" "$PIDA" "$TA"
    run B "$PB" "$PIDB" "$TB"
  else
    run B "$PB" "$PIDB" "$TB"
    run A "$PA" "$PIDA" "$TA"
  fi
done
