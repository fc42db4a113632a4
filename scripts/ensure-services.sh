#!/usr/bin/env bash
# Makes sure PostgreSQL and Redis answer on 127.0.0.1. Starts installed-but-stopped local servers;
# where one is not installed, stops with one message saying how to get it.
set -uo pipefail

PG_HOST=${PGHOST:-127.0.0.1}
REDIS_HOST=127.0.0.1
REDIS_PORT=${REDIS_PORT:-6379}

pg_up() { pg_isready -q -h "$PG_HOST" -p 5432 >/dev/null 2>&1 || (exec 3<>/dev/tcp/$PG_HOST/5432) >/dev/null 2>&1; }
redis_up() {
  if command -v redis-cli >/dev/null 2>&1; then redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG
  else (exec 3<>/dev/tcp/$REDIS_HOST/$REDIS_PORT) >/dev/null 2>&1; fi
}
wait_for() { for _ in $(seq 1 30); do "$1" && return 0; sleep 0.5; done; return 1; }

how_to_get() {
  cat >&2 <<MSG
✗ $1 is not running on 127.0.0.1 and is not installed here.
  Get PostgreSQL (13+) and Redis (6.2+) one of these ways, then run the command again:
    • Docker:  docker compose up -d postgres redis
    • Debian/Ubuntu:  sudo apt-get install -y postgresql redis-server
    • macOS:  brew install postgresql@16 redis && brew services start postgresql@16 && brew services start redis
  Or point DATABASE_URL / REDIS_URL at servers you already have.
MSG
  exit 1
}

if ! pg_up; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ] && [ -n "$(ls /etc/postgresql 2>/dev/null)" ]; then
    echo "» starting PostgreSQL…"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start || true
    wait_for pg_up || { echo "✗ PostgreSQL did not come up; see /var/log/postgresql/" >&2; exit 1; }
  else
    how_to_get PostgreSQL
  fi
fi

if ! redis_up; then
  if command -v redis-server >/dev/null 2>&1; then
    echo "» starting Redis…"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no >/dev/null
    wait_for redis_up || { echo "✗ Redis did not come up" >&2; exit 1; }
  else
    how_to_get Redis
  fi
fi
echo "✓ PostgreSQL and Redis are up"
