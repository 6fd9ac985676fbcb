#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# The development database: a project-local PostgreSQL 15 cluster in .data/pg on 127.0.0.1.
#   etc/scripts/db.sh start        start it (initdb, roles and database on first use)
#   etc/scripts/db.sh stop         stop it (the data stays)
#   etc/scripts/db.sh status       running or not (exit 0 / 3)
#   etc/scripts/db.sh psql [ARGS]  psql as the owner role `eventplatform` on the dev database
# Environment: EP_PG_PORT (25432), EP_PG_DB (eventplatform).
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_DIR=.data/pg
PG_PORT=${EP_PG_PORT:-25432}
PG_DB=${EP_PG_DB:-eventplatform}

usage() {
  echo "usage: $(basename "$0") start|stop|status|psql [psql args...]" >&2
  exit 2
}

[ "$#" -ge 1 ] || usage
cmd=$1
shift

case "$cmd" in
  start)
    [ "$#" -eq 0 ] || usage
    ensure_postgres
    pg_cluster_start "$PG_DIR" "$PG_PORT"
    ensure_roles "$PG_PORT"
    ensure_database "$PG_PORT" "$PG_DB"
    log "dev database ready: Host=127.0.0.1;Port=$PG_PORT;Database=$PG_DB (stop: etc/scripts/db.sh stop)"
    ;;
  stop)
    [ "$#" -eq 0 ] || usage
    [ -x "$PG_BIN/pg_ctl" ] || { log "PostgreSQL is not installed; nothing to stop"; exit 0; }
    pg_cluster_stop "$PG_DIR"
    ;;
  status)
    [ "$#" -eq 0 ] || usage
    [ -x "$PG_BIN/pg_ctl" ] || { echo "PostgreSQL 15 is not installed"; exit 3; }
    pg_cluster_status "$PG_DIR"
    ;;
  psql)
    [ -x "$PG_BIN/psql" ] || die "PostgreSQL 15 is not installed (run: etc/scripts/db.sh start)"
    PGPASSWORD=eventplatform exec "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U eventplatform -d "$PG_DB" "$@"
    ;;
  *)
    usage
    ;;
esac
