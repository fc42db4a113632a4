#!/usr/bin/env bash
# Installs node_modules when missing or older than package-lock.json (npm ci: exactly the lock).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "» installing dependencies (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
fi
