#!/usr/bin/env bash
# Document upload/download throughput (MB/s) of a 25 MB file through the compiled API, on the
# PostgreSQL store and on the S3 store (a local s3rver in its own process), with the API's RSS
# growth while streaming, at 1 and 4 concurrent transfers (each: a first round reported apart, then
# ROUNDS measured rounds, the worst counting; see bench/documents-client.js).
# Usage: bash bench/documents.sh [bytes] — results are recorded by hand in bench/RESULTS.md.
# STORES="postgres s3" (default both), ROUNDS=3, SKIP_BUILD=1; PROBE=1 preloads
# bench/documents-memory-probe.js into the API (a diagnostic of what the growth is made of, which
# perturbs the API: not for the recorded figures); BENCH_DB / QUEUE_PREFIX name this run's database
# and queues (dropped and recreated at the start, so the stored test files do not pile up).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-26214400}
bash scripts/ensure-deps.sh
bash scripts/ensure-services.sh
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
BENCH_DB=${BENCH_DB:-sprintgate_bench_documents}
export DATABASE_URL=postgres://${PGUSER:-postgres}@127.0.0.1:5432/$BENCH_DB
export REDIS_URL=redis://127.0.0.1:6379 QUEUE_PREFIX=${QUEUE_PREFIX:-sg-bench-docs} LOG_LEVEL=error NODE_ENV=production
export JWT_SECRET=bench-secret-0123456789abcdef0123456789 ADMIN_EMAIL=admin@bench.test ADMIN_PASSWORD=bench-admin-password
export REQUESTS_PER_MINUTE=10000000 REGISTRATIONS_PER_IP_PER_HOUR=10000 DOCUMENT_MAX_BYTES=$SIZE
# SKIP_BUILD=1 reuses dist/ (when iterating on the bench itself).
[ "${SKIP_BUILD:-}" = 1 ] || npm run --silent build >/dev/null
dropdb -h 127.0.0.1 -U "${PGUSER:-postgres}" --if-exists "$BENCH_DB"
npm run --silent migration:run:prod >/dev/null
S3_DIR=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$S3_DIR"; }
trap cleanup EXIT

S3_PORT=$(free_port)
node bench/s3rver.js "$S3_PORT" "$S3_DIR" sg-bench >/dev/null & pids+=($!)

for store in ${STORES:-postgres s3}; do
  export PORT=$(free_port) DOCUMENT_STORAGE=$store
  if [ "$store" = s3 ]; then
    export S3_ENDPOINT=http://127.0.0.1:$S3_PORT S3_BUCKET=sg-bench S3_ACCESS_KEY_ID=S3RVER S3_SECRET_ACCESS_KEY=S3RVER
  fi
  probe=()
  if [ "${PROBE:-}" = 1 ]; then
    export DOCUMENTS_PROBE_FILE=$S3_DIR/probe-$store.jsonl
    probe=(--require /work/prof/heapspaces.js)
  fi
  node --max-old-space-size=256 "${probe[@]}" dist/apps/api/src/main.js & api=$!; pids+=($api)
  for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.25; done
  email="bench-$store-$RANDOM$RANDOM@vendor.test"
  register="{\"query\":\"mutation { registerVendor(input: {organisationName: \\\"Bench $store $RANDOM$RANDOM\\\", country: \\\"EE\\\", headcount: 10, annualTurnoverEur: 1000000, balanceSheetEur: 1000000, email: \\\"$email\\\", password: \\\"bench-vendor-password\\\", displayName: \\\"Bench\\\"}) { accessToken } }\"}"
  token=$(curl -s "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' -d "$register" | node -pe 'JSON.parse(require("fs").readFileSync(0)).data.registerVendor.accessToken')
  for concurrency in 1 4; do
    echo "$store: $(node bench/documents-client.js "http://127.0.0.1:$PORT" "$token" "$api" "$SIZE" "$concurrency" "${ROUNDS:-3}")"
  done
  kill "$api"; wait "$api" 2>/dev/null || true
done
