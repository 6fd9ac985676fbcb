#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Builds and tests the whole solution against throw-away local services:
#   - PostgreSQL 15 test cluster in .data/pg-test (fast mode, wiped each run), port EP_TEST_PG_PORT (25433)
#   - maildev SMTP on EP_TEST_SMTP_PORT (25435), its web/API on EP_TEST_SMTP_WEB_PORT (25436)
#   - redis-server on EP_TEST_REDIS_PORT (25444), no persistence: the SignalR backplane of the two-node dashboard test
# all on 127.0.0.1 and stopped again on exit. Extra arguments go to `dotnet test`
# (e.g. etc/scripts/test.sh --filter FullyQualifiedName~Ticketing).
# maildev's JSON API: GET $EP_TEST_SMTP_API/email (list), DELETE $EP_TEST_SMTP_API/email/all.
# Redis is handed to the tests as EP_TEST_REDIS=127.0.0.1:PORT; tests that need it skip (and say so) without it.
# The last line printed is "N passed, N failed[, N skipped]".
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cd "$EP_ROOT"
TEST_PG_DIR=.data/pg-test
# Default ports stay below the kernel's ephemeral range (32768-60999), where an outgoing loopback
# connection can hold the port at any moment and make the bind fail.
TEST_PG_PORT=${EP_TEST_PG_PORT:-25433}
SMTP_PORT=${EP_TEST_SMTP_PORT:-25435}
SMTP_WEB_PORT=${EP_TEST_SMTP_WEB_PORT:-25436}
TOOLS="$EP_DATA/tools"
MAILDEV_JS="$TOOLS/node_modules/maildev/bin/maildev"
MAILDEV_PID="$TOOLS/maildev.pid"
REDIS_PORT=${EP_TEST_REDIS_PORT:-25444}
REDIS_PID="$TOOLS/redis-test.pid"
RESULTS="$EP_DATA/test-results"
SLN=EventPlatform.slnx

pg_started=false
cleaned=false

# pid_alive PIDFILE PATTERN : the process the file names still runs, and is the one we started (PATTERN in its command line).
pid_alive() {
  local pid
  [ -f "$1" ] || return 1
  pid=$(cat "$1")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -qa "$2" "/proc/$pid/cmdline" 2>/dev/null
}

# stop_pid PIDFILE PATTERN : asks that process to stop, waits up to 5 s, then kills it; removes the file.
stop_pid() {
  local pid i
  if pid_alive "$1" "$2"; then
    pid=$(cat "$1")
    log "stopping $2 (pid $pid)"
    kill "$pid" 2>/dev/null || true
    for i in $(seq 1 20); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.25
    done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  fi
  rm -f "$1"
}

maildev_pid_alive() { pid_alive "$MAILDEV_PID" maildev; }
stop_maildev() { stop_pid "$MAILDEV_PID" maildev; }
redis_pid_alive() { pid_alive "$REDIS_PID" redis-server; }
stop_redis() { stop_pid "$REDIS_PID" redis-server; }

cleanup() {
  [ "$cleaned" = true ] && return 0
  cleaned=true
  stop_maildev || true
  stop_redis || true
  if [ "$pg_started" = true ]; then pg_cluster_stop "$TEST_PG_DIR" || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- provisioning -------------------------------------------------------------------------------

ensure_postgres
ensure_apt chromium-headless-shell redis-server
ensure_npm_assets
ensure_fonts
ensure_dotnet_tools
if [ ! -f "$MAILDEV_JS" ]; then
  ensure_node
  log "npm install maildev@2 into .data/tools"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error maildev@2 </dev/null
fi

# --- services -----------------------------------------------------------------------------------

pg_cluster_wipe "$TEST_PG_DIR"
pg_started=true
pg_cluster_start "$TEST_PG_DIR" "$TEST_PG_PORT" fast
ensure_roles "$TEST_PG_PORT"

stop_maildev # a leftover from an interrupted run
for port in "$SMTP_PORT" "$SMTP_WEB_PORT"; do
  port_in_use "$port" && die "port $port on 127.0.0.1 is taken by another process"
done
log "starting maildev (SMTP 127.0.0.1:$SMTP_PORT, API http://127.0.0.1:$SMTP_WEB_PORT)"
rm -rf "$TOOLS/maildev-mail"
mkdir -p "$TOOLS/maildev-mail"
node "$MAILDEV_JS" --smtp "$SMTP_PORT" --web "$SMTP_WEB_PORT" --ip 127.0.0.1 --web-ip 127.0.0.1 \
  --mail-directory "$TOOLS/maildev-mail" </dev/null >"$TOOLS/maildev.log" 2>&1 &
echo "$!" >"$MAILDEV_PID"
for i in $(seq 1 60); do
  if port_in_use "$SMTP_PORT" && curl -fs -o /dev/null "http://127.0.0.1:$SMTP_WEB_PORT/healthz"; then
    break
  fi
  if ! maildev_pid_alive || [ "$i" -eq 60 ]; then
    cat "$TOOLS/maildev.log" >&2 || true
    if grep -q EADDRINUSE "$TOOLS/maildev.log"; then
      die "maildev could not bind port $SMTP_PORT or $SMTP_WEB_PORT (in use); set EP_TEST_SMTP_PORT / EP_TEST_SMTP_WEB_PORT"
    fi
    die "maildev did not start"
  fi
  sleep 0.5
done

stop_redis # a leftover from an interrupted run
port_in_use "$REDIS_PORT" && die "port $REDIS_PORT on 127.0.0.1 is taken by another process; set EP_TEST_REDIS_PORT"
log "starting redis-server (127.0.0.1:$REDIS_PORT)"
mkdir -p "$TOOLS"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --pidfile "$REDIS_PID" \
  --logfile "$TOOLS/redis-test.log" --dir "$TOOLS" </dev/null
for i in $(seq 1 40); do
  if redis_pid_alive && port_in_use "$REDIS_PORT"; then break; fi
  if [ "$i" -eq 40 ]; then
    cat "$TOOLS/redis-test.log" >&2 || true
    die "redis-server did not start"
  fi
  sleep 0.25
done

export EP_TEST_REDIS="127.0.0.1:$REDIS_PORT"
export EP_TEST_PG_ADMIN="Host=127.0.0.1;Port=$TEST_PG_PORT;Username=postgres;Password=postgres"
export EP_TEST_SMTP_HOST=127.0.0.1
export EP_TEST_SMTP_PORT=$SMTP_PORT
export EP_TEST_SMTP_API="http://127.0.0.1:$SMTP_WEB_PORT"
export EP_CHROMIUM=/usr/bin/chromium-headless-shell

# --- build and test -----------------------------------------------------------------------------

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
status=0
if [ ! -f "$SLN" ]; then
  warn "$SLN not found in $EP_ROOT"
  status=1
else
  log "dotnet restore $SLN"
  dotnet restore "$SLN" -tl:off || status=$?
  if [ "$status" -eq 0 ]; then
    log "dotnet build $SLN"
    dotnet build "$SLN" --no-restore -tl:off -c Debug || status=$?
  fi
  if [ "$status" -ne 0 ]; then
    warn "restore/build failed (exit $status)"
  else
    log "dotnet test $SLN"
    dotnet test "$SLN" --no-build -tl:off --logger "trx;LogFilePrefix=r" --results-directory "$RESULTS" "$@" || status=$?
  fi
fi

cleanup

read -r passed failed skipped total < <(trx_counts "$RESULTS")
if [ "$status" -eq 0 ] && [ "$total" -eq 0 ]; then
  warn "no tests ran"
fi
if [ "$failed" -gt 0 ] || [ "$((passed + failed))" -eq 0 ]; then
  [ "$status" -ne 0 ] || status=1
fi
summary="$passed passed, $failed failed"
[ "$skipped" -eq 0 ] || summary+=", $skipped skipped"
echo "$summary"
exit "$status"
