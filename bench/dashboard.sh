#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# How fast does a scan reach the live check-in dashboards? Migrates a throw-away database, seeds one organization with a
# published event, a check-in list, an owner with an API token (scan + dashboard) and enough tickets by SQL; starts the
# web host (Production, TCP on 127.0.0.1) and drives it from bench/DashboardBench, a second process: EP_BENCH_CONNECTIONS
# (500) dashboards join the event over SignalR (WebSockets; the JSON protocol over a plain ClientWebSocket, reading only
# the commit stamps, so the load generator leaves the cores to the host), then gates scan EP_BENCH_RATE (200) tickets per second for
# EP_BENCH_SECONDS (30), open loop, after an uncounted warm-up at the same rate (EP_BENCH_WARMUP_SECONDS, 65: the JIT's
# top tier and the host's periodic work, every 30 and 60 s, have each run once). Every message carries the server's
# commit stamp; each dashboard measures commit -> receipt (same machine, same clock) for every scan it receives.
# EP_BENCH_NODES=2: two web processes with the Redis backplane (a local redis-server), scans to node A, dashboards on B.
# Environment also: EP_BENCH_PG_PORT (25445), EP_BENCH_WEB_PORT (25446, node B +1), EP_BENCH_REDIS_PORT (25448),
# EP_BENCH_NO_BUILD=1.
# Goal on 2 cores: p99 <= 250 ms from commit to receipt.
# Last line: connections=… p50_ms=… p99_ms=…
set -euo pipefail
# shellcheck source=../etc/scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../etc/scripts/lib.sh"
# shellcheck source=ticketing-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/ticketing-lib.sh"

cd "$EP_ROOT"
PORT=${EP_BENCH_PG_PORT:-25445}
WEB_PORT=${EP_BENCH_WEB_PORT:-25446}
REDIS_PORT=${EP_BENCH_REDIS_PORT:-25448}
NODES=${EP_BENCH_NODES:-1}
CONNECTIONS=${EP_BENCH_CONNECTIONS:-500}
RATE=${EP_BENCH_RATE:-200}
SECONDS_MAIN=${EP_BENCH_SECONDS:-30}
WARM_UP=${EP_BENCH_WARMUP_SECONDS:-65}
DIR=.data/pg-bench-dashboard
DB=eventplatform_bench_dashboard
SOCKET="$EP_DATA/dashboard-bench.sock" # ticketing-lib's; the nodes here listen on TCP, where the SignalR client speaks WebSockets
HOST_LOG="$EP_DATA/dashboard-bench-host.log"
CLIENT=bench/DashboardBench
CODE_FILE="$EP_DATA/dashboard-bench-codes.txt"
REDIS_PID="$EP_DATA/dashboard-bench-redis.pid"
node_pids=()

cleanup() {
  local pid
  for pid in "${node_pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  if [ -f "$REDIS_PID" ]; then kill "$(cat "$REDIS_PID")" 2>/dev/null || true; rm -f "$REDIS_PID"; fi
  bench_cleanup
}
trap cleanup EXIT

# start_node NAME PORT [VAR=value...]: a web host in Production mode on 127.0.0.1:PORT.
start_node() {
  local name=$1 port=$2
  shift 2
  port_in_use "$port" && die "port $port on 127.0.0.1 is taken; set EP_BENCH_WEB_PORT"
  log "start web node $name on 127.0.0.1:$port${*:+ ($*)}"
  printf '==> %s node %s start %s\n' "$(date -u +%FT%TZ)" "$name" "$*" >>"$HOST_LOG"
  (cd "$WEB" && exec env "$@" ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning \
    Jobs__Enabled=false Email__PickupDirectory="$EP_DATA/bench-mail" Blobs__FileSystem__Path="$EP_DATA/bench-blobs" \
    dotnet "bin/$BENCH_CONFIG/net10.0/EventPlatform.Web.dll") >>"$HOST_LOG" 2>&1 &
  node_pids+=("$!")
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/health/live" && return 0
    kill -0 "${node_pids[-1]}" 2>/dev/null || { tail -n 30 "$HOST_LOG" >&2; die "web node $name stopped ($HOST_LOG)"; }
    sleep 0.5
  done
  die "web node $name did not start listening ($HOST_LOG)"
}

export EP_BENCH_JOBS=0
bench_database "-c max_connections=300 -c shared_buffers=256MB" # builds the host and $CLIENT too

TICKETS=$(( RATE * (SECONDS_MAIN + WARM_UP) + 100 ))
log "seed an event with $TICKETS tickets, a check-in list and the organizer's API token"
seed=$(psql_admin "$PORT" "$DB" -At -q -v tickets="$TICKETS" <<'SQL'
CREATE TEMP TABLE bench AS
SELECT gen_random_uuid() AS org, gen_random_uuid() AS event, gen_random_uuid() AS type, gen_random_uuid() AS list,
       md5(random()::text) || md5(random()::text) AS secret;
INSERT INTO identity.organizations (id, slug, name, created_at, is_deleted) SELECT org, 'bench-dashboard', 'Bench Dashboard', now(), false FROM bench;
INSERT INTO identity.users (id, display_name, notify_event_reminders, notify_product_news, is_platform_admin, created_at, user_name,
    normalized_user_name, email, normalized_email, email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
VALUES ('00000000-0000-7000-8000-00000000da5b', 'Organizer', false, false, false, now(), 'organizer@bench.test', 'ORGANIZER@BENCH.TEST',
    'organizer@bench.test', 'ORGANIZER@BENCH.TEST', true, false, false, false, 0);
INSERT INTO identity.memberships (id, tenant_id, user_id, role, created_at)
SELECT gen_random_uuid(), org, '00000000-0000-7000-8000-00000000da5b', 'Owner', now() FROM bench;
INSERT INTO identity.api_tokens (id, tenant_id, name, token_hash, hint, permissions, created_at, created_by)
SELECT gen_random_uuid(), org, 'Gate and dashboard', sha256(convert_to('ep_' || replace(org::text, '-', '') || '_' || secret, 'UTF8')), right(secret, 4),
    ARRAY['CheckIn.CheckIn.Scan', 'CheckIn.Dashboard.Read'], now(), '00000000-0000-7000-8000-00000000da5b'
FROM bench;
INSERT INTO events.events (id, tenant_id, title, slug, type, format, visibility, status, starts_at, ends_at, time_zone,
    summary, description_markdown, venue_name, city, country_code, online_url, custom_fields, tags,
    hide_from_search_engines, is_detached_from_series, sequence, published_at, created_at, is_deleted)
SELECT event, org, 'Dashboard day', 'dashboard-day', 'Conference', 'InPerson', 'Public', 'Published', now(), now() + interval '1 day',
    'Europe/Berlin', 'A benchmark event.', 'A benchmark event.', 'Hall', 'Berlin', 'DE', NULL, '[]', ARRAY['bench'], false, false, 1, now(), now(), false
FROM bench;
INSERT INTO ticketing.ticket_types (id, tenant_id, event_id, name, price, currency, quantity, min_per_order, max_per_order,
    visibility, is_active, sort_order, waitlist_enabled, created_at)
SELECT type, org, event, 'General', 0, 'EUR', NULL, 1, 10, 'Public', true, 0, false, now() FROM bench;
INSERT INTO checkin.lists (id, tenant_id, event_id, name, ticket_type_ids, re_entry, tracks_exits, created_at)
SELECT list, org, event, 'Main entrance', '{}', 'Once', false, now() FROM bench;
CREATE TEMP TABLE bench_tickets AS
SELECT b.org, b.event, b.type, gen_random_uuid() AS order_id, gen_random_uuid() AS ticket_id,
       upper(substr(translate(md5(random()::text) || md5(random()::text), 'ilou', 'wxyz'), 1, 26)) AS code, i
FROM bench b, generate_series(1, :tickets) AS i;
INSERT INTO ticketing.orders (id, tenant_id, event_id, reservation_id, number, access_token, status, buyer_name, buyer_email, total, currency,
    payment_method, answers, culture, created_at)
SELECT order_id, org, event, gen_random_uuid(), 'REG-' || to_char(now(), 'YYYYMMDD') || '-' || lpad(i::text, 6, '0'), md5(random()::text),
    'Confirmed', 'Attendee ' || i, 'attendee' || i || '@bench.test', 0, 'EUR', 'free', '[]', 'en', now()
FROM bench_tickets;
INSERT INTO ticketing.tickets (id, tenant_id, order_id, event_id, ticket_type_id, ticket_type_name, attendee_name, attendee_email, code,
    status, price, answers, created_at, tax)
SELECT ticket_id, org, order_id, event, type, 'General', 'Attendee ' || i, 'attendee' || i || '@bench.test', code, 'Valid', 0, '[]', now(), 0
FROM bench_tickets;
-- A bulk load the minute before: vacuumed now, as a database whose tickets sold over weeks was long before the gates open.
VACUUM (ANALYZE);
\copy (SELECT code FROM bench_tickets ORDER BY i) TO '/tmp/ep-dashboard-bench-codes.txt'
SELECT 'ep_' || replace(org::text, '-', '') || '_' || secret, event, list FROM bench;
SQL
)
mv /tmp/ep-dashboard-bench-codes.txt "$CODE_FILE"
IFS='|' read -r token event list <<<"$(printf '%s\n' "$seed" | tail -n 1)"
info "$(wc -l <"$CODE_FILE") tickets"

rm -rf "$EP_DATA/bench-mail" "$EP_DATA/bench-blobs"
: >"$HOST_LOG"
scan_url="http://127.0.0.1:$WEB_PORT"
dashboard_url=$scan_url
if [ "$NODES" = 2 ]; then
  ensure_apt redis-server
  port_in_use "$REDIS_PORT" && die "port $REDIS_PORT on 127.0.0.1 is taken; set EP_BENCH_REDIS_PORT"
  log "start redis-server on 127.0.0.1:$REDIS_PORT"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --pidfile "$REDIS_PID" \
    --logfile "$EP_DATA/dashboard-bench-redis.log" --dir "$EP_DATA" </dev/null
  for _ in $(seq 1 40); do port_in_use "$REDIS_PORT" && break; sleep 0.25; done
  backplane=(SignalR__Redis="127.0.0.1:$REDIS_PORT" SignalR__ChannelPrefix=bench-dashboard)
  start_node A "$WEB_PORT" "${backplane[@]}"
  start_node B "$(( WEB_PORT + 1 ))" "${backplane[@]}"
  dashboard_url="http://127.0.0.1:$(( WEB_PORT + 1 ))"
else
  start_node A "$WEB_PORT"
fi

log "$CONNECTIONS dashboards on $dashboard_url; $RATE scans/s for ${SECONDS_MAIN}s to $scan_url"
# Other work on the machine shows in the figures: say how busy it was.
info "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
node_cpu() { for pid in "${node_pids[@]}"; do cat "/proc/$pid/stat"; done | awk '{ s += ($14 + $15) / 100 } END { print s }'; }
cpu_before=$(node_cpu)
out=$(dotnet "$CLIENT/bin/$BENCH_CONFIG/net10.0/DashboardBench.dll" "$scan_url" "$dashboard_url" "$token" "$event" "$list" "$CODE_FILE" \
  "$CONNECTIONS" "$RATE" "$SECONDS_MAIN" "$WARM_UP")
cpu_after=$(node_cpu)
printf '%s\n' "$out" | sed 's/^/    /'
info "web node CPU: $(awk -v a="$cpu_before" -v b="$cpu_after" 'BEGIN { printf "%.1f s", b - a }'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
info "scans logged: $(psql_admin "$PORT" "$DB" -At -c "SELECT count(*) FROM checkin.scans")"
line=$(printf '%s\n' "$out" | tail -n 1)
printf 'connections=%s p50_ms=%s p99_ms=%s\n' "$(field connections "$line")" "$(field p50_ms "$line")" "$(field p99_ms "$line")"
