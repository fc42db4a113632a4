#!/usr/bin/env bash
# `npm test`: installs what is missing, makes sure PostgreSQL and Redis run, then every unit and
# e2e suite (e2e on real services, each suite on its own database and queue prefix).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-services.sh
bash scripts/ensure-chromium.sh
npx tsc --noEmit -p tsconfig.json
npx prettier --check . --log-level warn
npx eslint . --max-warnings 0
# The web console: its own type-check, and a fresh build for the browser suites.
npx tsc --noEmit -p apps/web/tsconfig.json
npm run --silent build:web -- --logLevel warn
npx jest --ci "$@"
