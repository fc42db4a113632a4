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
# file-type (media sniffing of uploads) is ESM-only: inside one Jest worker, a second suite that imports it
# gets a module linked to the first suite's torn-down environment. Each suite that sniffs runs in its own
# Jest process; everything else runs together.
DOCUMENT_SUITES=(test/documents.e2e-spec.ts test/documents-s3.e2e-spec.ts test/documents-scanning.e2e-spec.ts test/documents-evidence.e2e-spec.ts test/documents-postgres-store.e2e-spec.ts test/web-documents.e2e-spec.ts test/web-officer-documents.e2e-spec.ts libs/documents/src/intake/document-intake.spec.ts)
if [ "$#" -gt 0 ]; then
  npx jest --ci "$@"
else
  # Two suites at a time: e2e suites spend most of their time waiting on deadlines, the worker and the
  # browser, so a second one fits on a 2-core machine (Jest's default there is one at a time).
  npx jest --ci --maxWorkers=2 --testPathIgnorePatterns '/node_modules/' 'test/documents' 'test/web-documents' 'test/web-officer-documents' 'test/web-sprint' 'libs/documents/src/intake/document-intake.spec.ts'
  # Two of these processes at a time, like the main run's two workers; xargs fails if any suite fails.
  printf '%s\n' "${DOCUMENT_SUITES[@]}" | xargs -P 2 -I {} npx jest --ci --runTestsByPath {}
  # The whole sprint keeps seven browsers polling a live sprint: it runs last, alone on the machine
  # (beside another suite, a new browser's first page has been seen to take over a minute).
  npx jest --ci --runTestsByPath test/web-sprint.e2e-spec.ts
fi
