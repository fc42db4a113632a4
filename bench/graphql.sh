#!/usr/bin/env bash
# GraphQL throughput of the real API (compiled, production mode) on a seeded database, with
# graphql-jit off and on. Usage: bash bench/graphql.sh [seconds] [concurrency]
# Results are recorded by hand in bench/RESULTS.md with the date and the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-10}
CONCURRENCY=${2:-16}
bash scripts/ensure-deps.sh
bash scripts/ensure-services.sh
export DATABASE_URL=postgres://${PGUSER:-postgres}@127.0.0.1:5432/sprintgate_bench
export REDIS_URL=redis://127.0.0.1:6379 QUEUE_PREFIX=sg-bench PORT=3300 LOG_LEVEL=error
export JWT_SECRET=bench-secret-0123456789abcdef0123456789 ADMIN_EMAIL=admin@demo.sprintgate.eu ADMIN_PASSWORD=demo-password-admin
export MIN_SUBMISSION_WINDOW_SECONDS=60 REQUESTS_PER_MINUTE=10000000 NODE_ENV=production
npm run --silent build >/dev/null
npm run --silent migration:run:prod >/dev/null # creates the database when missing
NODE_ENV=development node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/seed/demo-seed.ts >/dev/null
node bench/seed-challenges.js "$DATABASE_URL" 40

ME='{"query":"{ me { id email roles organisation { name kind smeClass } } }"}'
LIST='{"query":"{ challenges(first: 20) { totalCount edges { node { id title status buyer { name } budget { amountMinor currency } criteria { name weight } } } } }"}'
LOGIN='{"query":"mutation { login(email: \"vendor1@demo.sprintgate.eu\", password: \"demo-password-vendor1\") { accessToken } }"}'

for jit in 0 1; do
  GRAPHQL_JIT=$jit node dist/apps/api/src/main.js & pid=$!
  for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.25; done
  token=$(curl -s "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' -d "$LOGIN" | node -pe 'JSON.parse(require("fs").readFileSync(0)).data.login.accessToken')
  node bench/load.js "http://127.0.0.1:$PORT/graphql" "$ME" 3 "$CONCURRENCY" "$pid" "$token" >/dev/null # warm-up
  echo "jit=$jit me:           $(node bench/load.js "http://127.0.0.1:$PORT/graphql" "$ME" "$SECONDS_PER_RUN" "$CONCURRENCY" "$pid" "$token")"
  node bench/load.js "http://127.0.0.1:$PORT/graphql" "$LIST" 3 "$CONCURRENCY" "$pid" "$token" >/dev/null
  echo "jit=$jit challenges20: $(node bench/load.js "http://127.0.0.1:$PORT/graphql" "$LIST" "$SECONDS_PER_RUN" "$CONCURRENCY" "$pid" "$token")"
  kill -TERM $pid; wait $pid || true
done
