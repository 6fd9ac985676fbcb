#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Shared by bench/oversell.sh and bench/registration.sh (source it; don't run it): a throw-away cluster and database
# with the real schema, one organization with published events and ticket types seeded by SQL, and the web host on a
# unix socket (so the benchmarks take no TCP port of their own). The caller sets PORT, DIR, DB, SOCKET, HOST_LOG first.
# shellcheck disable=SC2034  # some variables are used by the scripts that source this file

WEB=src/EventPlatform.Web
CLIENT=bench/TicketingBench
# The host runs as in production: a Release build (EP_BENCH_CONFIGURATION=Debug to compare).
BENCH_CONFIG=${EP_BENCH_CONFIGURATION:-Release}
BENCH_ORG_ID=00000000-0000-7000-8000-00000000b001
BENCH_ORG=bench-tickets
host_pid=
own_cluster=

bench_cleanup() {
  stop_host
  if [ -n "$own_cluster" ]; then pg_cluster_stop "$DIR" >/dev/null 2>&1 || true; fi
}

# bench_database SERVER_OPTS [fast]: own cluster (wiped first), roles, an empty database migrated by the real host.
bench_database() {
  ensure_postgres
  mkdir -p "$EP_DATA"
  pg_cluster_wipe "$DIR"
  EP_PG_SERVER_OPTS="$1" pg_cluster_start "$DIR" "$PORT" "${2:-}"
  own_cluster=1
  ensure_roles "$PORT"
  ensure_database "$PORT" "$DB"
  : >"$HOST_LOG"
  export ConnectionStrings__Default="Host=127.0.0.1;Port=$PORT;Database=$DB;Username=eventplatform_app;Password=eventplatform_app;Maximum Pool Size=${EP_BENCH_POOL:-100};Timeout=${EP_BENCH_POOL_WAIT:-60}"
  export ConnectionStrings__Migrations="Host=127.0.0.1;Port=$PORT;Database=$DB;Username=eventplatform;Password=eventplatform"
  export Seed__Demo=false
  # Links in the confirmation mails (sent by jobs, outside any request).
  export Ticketing__PublicBaseUrl=http://localhost
  # EP_BENCH_JOBS=0: this node only serves web requests and a worker node would send the mails (Jobs__Enabled=false);
  # the default 1 renders and sends every confirmation (PDF, signed QR codes, .ics) on the same two cores.
  export Jobs__Enabled=$([ "${EP_BENCH_JOBS:-1}" = 1 ] && echo true || echo false)
  [ -n "${EP_BENCH_OUTBOX:-}" ] && export Outbox__Enabled=$EP_BENCH_OUTBOX
  if [ "${EP_BENCH_NO_BUILD:-0}" != 1 ]; then
    log "dotnet build $WEB $CLIENT"
    dotnet build "$WEB" -c "$BENCH_CONFIG" -tl:off -nologo -v:q -clp:ErrorsOnly
    dotnet build "$CLIENT" -c "$BENCH_CONFIG" -tl:off -nologo -v:q -clp:ErrorsOnly
  fi
  log "migrate"
  dotnet run -c "$BENCH_CONFIG" --no-build --no-launch-profile --project "$WEB" -- migrate >/dev/null
  psql_admin "$PORT" "$DB" -c "INSERT INTO identity.organizations (id, slug, name, created_at, is_deleted)
    VALUES ('$BENCH_ORG_ID', '$BENCH_ORG', 'Bench Tickets', now(), false)" >/dev/null
}

# seed_event SLUG: a published public event of the bench organization; prints its id.
seed_event() {
  psql_admin "$PORT" "$DB" -At -v slug="$1" -v org="$BENCH_ORG_ID" <<'SQL' | tail -n 1
INSERT INTO events.events (id, tenant_id, title, slug, type, format, visibility, status, starts_at, ends_at, time_zone,
    summary, description_markdown, venue_name, city, country_code, online_url, custom_fields, tags,
    hide_from_search_engines, is_detached_from_series, sequence, published_at, created_at, is_deleted)
VALUES (gen_random_uuid(), :'org', 'Bench on-sale ' || :'slug', :'slug', 'Conference', 'InPerson', 'Public', 'Published',
    now() + interval '60 days', now() + interval '61 days', 'Europe/Berlin', 'A benchmark event.', 'A benchmark event.',
    'Congress Center', 'Berlin', 'DE', NULL, '[]', ARRAY['bench'], false, false, 1, now(), now(), false)
RETURNING id;
SQL
}

# seed_ticket_type EVENT_ID NAME QUANTITY(or empty: unlimited): a free public ticket type with its own quota row
# (kind TicketType, size = quantity or int.MaxValue, linked through quota_ticket_types), as the app service makes it.
seed_ticket_type() {
  psql_admin "$PORT" "$DB" -At -v event="$1" -v name="$2" -v quantity="${3:-NULL}" -v org="$BENCH_ORG_ID" <<'SQL' | tail -n 1
WITH t AS (
  INSERT INTO ticketing.ticket_types (id, tenant_id, event_id, name, price, currency, quantity, min_per_order, max_per_order,
      visibility, is_active, sort_order, waitlist_enabled, created_at)
  VALUES (gen_random_uuid(), :'org', :'event', :'name', 0, 'EUR', :quantity, 1, 10, 'Public', true, 0, false, now())
  RETURNING id, quantity),
q AS (
  INSERT INTO ticketing.quotas (id, tenant_id, event_id, kind, name, size, sold, held, ticket_type_id)
  SELECT gen_random_uuid(), :'org', :'event', 'TicketType', :'name', coalesce(quantity, 2147483647), 0, 0, id FROM t
  RETURNING id, ticket_type_id),
l AS (INSERT INTO ticketing.quota_ticket_types (quota_id, ticket_type_id, tenant_id) SELECT id, ticket_type_id, :'org' FROM q)
SELECT id FROM t;
SQL
}

# seed_shared_quota EVENT_ID NAME SIZE TYPE_ID...: a Shared quota over the given ticket types.
seed_shared_quota() {
  local event=$1 name=$2 size=$3
  shift 3
  psql_admin "$PORT" "$DB" -At -v event="$event" -v name="$name" -v size="$size" -v types="{$(IFS=,; echo "$*")}" -v org="$BENCH_ORG_ID" <<'SQL' >/dev/null
WITH q AS (
  INSERT INTO ticketing.quotas (id, tenant_id, event_id, kind, name, size, sold, held)
  VALUES (gen_random_uuid(), :'org', :'event', 'Shared', :'name', :size, 0, 0) RETURNING id)
INSERT INTO ticketing.quota_ticket_types (quota_id, ticket_type_id, tenant_id)
SELECT q.id, t, :'org' FROM q, unnest(:'types'::uuid[]) AS t;
SQL
}

# start_host [VAR=value...]: the web host in Production mode on $SOCKET, with extra environment.
start_host() {
  log "start the web host on $SOCKET${*:+ ($*)}"
  rm -f "$SOCKET"
  # One log for every start of the run (the negative control restarts the host), each start marked.
  printf '==> %s start %s\n' "$(date -u +%FT%TZ)" "$*" >>"$HOST_LOG"
  # From the project directory, as a deployed app runs from its own: the content root (watched for configuration
  # changes) is then not the repository root, whose .data holds the benchmark's busy PostgreSQL cluster.
  # Mails (one .eml with its PDF per order) and blobs go to the benchmark's data folder, emptied at each start.
  rm -rf "$EP_DATA/bench-mail" "$EP_DATA/bench-blobs"
  (cd "$WEB" && exec env "$@" ASPNETCORE_URLS="http://unix:$SOCKET" ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning \
    Email__PickupDirectory="$EP_DATA/bench-mail" Blobs__FileSystem__Path="$EP_DATA/bench-blobs" \
    dotnet "bin/$BENCH_CONFIG/net10.0/EventPlatform.Web.dll") >>"$HOST_LOG" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 120); do
    [ -S "$SOCKET" ] && return 0
    kill -0 "$host_pid" 2>/dev/null || { tail -n 30 "$HOST_LOG" >&2; die "the web host stopped ($HOST_LOG)"; }
    sleep 0.5
  done
  die "the web host did not start listening ($HOST_LOG)"
}

stop_host() {
  if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
  host_pid=
  rm -f "$SOCKET"
}

# bench_client ARGS...: runs bench/TicketingBench against the host; its output goes to stdout.
bench_client() {
  dotnet "$CLIENT/bin/$BENCH_CONFIG/net10.0/TicketingBench.dll" "$1" "unix:$SOCKET" "$BENCH_ORG" "${@:2}"
}

# field NAME LINE: the value of NAME=… in a key=value line.
field() {
  printf '%s\n' "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"
}
