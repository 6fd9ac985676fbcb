#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Runs EventPlatform locally: installs what is missing, starts the dev database, builds, migrates
# (and seeds the demo organization), then serves the web app until Ctrl-C.
#   etc/scripts/run.sh             migrate, then serve on http://localhost:${EP_HTTP_PORT:-5000}
#   etc/scripts/run.sh --migrate   migrate and exit
# The database keeps running afterwards; stop it with etc/scripts/db.sh stop.
# Redis is optional and off: one node needs none. To try the SignalR backplane of several web nodes, start a
# redis-server yourself and export SignalR__Redis=127.0.0.1:PORT (and SignalR__ChannelPrefix) before running this.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  echo "usage: $(basename "$0") [--migrate]" >&2
  exit 2
}

migrate_only=false
case "${1:-}" in
  "") ;;
  --migrate) migrate_only=true ;;
  *) usage ;;
esac
[ "$#" -le 1 ] || usage

cd "$EP_ROOT"
PG_PORT=${EP_PG_PORT:-25432}
PG_DB=${EP_PG_DB:-eventplatform}
HTTP_PORT=${EP_HTTP_PORT:-5000}
WEB=src/EventPlatform.Web

ensure_postgres
ensure_npm_assets
ensure_fonts
ensure_dotnet_tools

EP_PG_PORT=$PG_PORT EP_PG_DB=$PG_DB "$EP_ROOT/etc/scripts/db.sh" start

log "dotnet build $WEB"
dotnet build "$WEB" -tl:off -nologo -v:q -clp:ErrorsOnly

export ConnectionStrings__Default="Host=127.0.0.1;Port=$PG_PORT;Database=$PG_DB;Username=eventplatform_app;Password=eventplatform_app"
export ConnectionStrings__Migrations="Host=127.0.0.1;Port=$PG_PORT;Database=$PG_DB;Username=eventplatform;Password=eventplatform"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}

log "migrate (schema, security, demo organization and sign-ins)"
dotnet run --no-build --no-launch-profile --project "$WEB" -- migrate

if [ "$migrate_only" = true ]; then
  log "migrated; the database is still running (stop it: etc/scripts/db.sh stop)"
  exit 0
fi

# Kestrel binds the IPv4 loopback only; http://localhost:PORT reaches it.
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://127.0.0.1:$HTTP_PORT}
# Links in mails sent by background jobs (ticket confirmations, waitlist offers) point here.
export Ticketing__PublicBaseUrl=${Ticketing__PublicBaseUrl:-http://localhost:$HTTP_PORT}
base="http://localhost:$HTTP_PORT"
log "serving EventPlatform ($ASPNETCORE_ENVIRONMENT) — Ctrl-C stops the web app"
info "app:           $base"
info "demo org:      $base/o/demo"
if [ "$ASPNETCORE_ENVIRONMENT" = Development ]; then
  info "sign in:       $base/account/sign-in as organizer@demo.eventplatform.local or staff@demo.eventplatform.local, password ${Seed__DemoPassword:-demo-password}"
fi
info "API reference: $base/api-reference"
info "health:        $base/health/live  $base/health/ready"
info "the database keeps running after Ctrl-C; stop it with: etc/scripts/db.sh stop"

# A handler (not an ignore) so Ctrl-C reaches dotnet and we still print the note afterwards.
trap ':' INT TERM
rc=0
dotnet run --no-build --no-launch-profile --project "$WEB" || rc=$?
trap - INT TERM
echo
log "web app stopped; the database is still running (stop it: etc/scripts/db.sh stop)"
# 130 = stopped by Ctrl-C, a normal way to end.
if [ "$rc" -eq 130 ] || [ "$rc" -eq 143 ]; then rc=0; fi
exit "$rc"
