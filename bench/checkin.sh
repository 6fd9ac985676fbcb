#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# How fast is a scan at the gate? Migrates a throw-away database, seeds EP_BENCH_ORGS (10) organizations with a published
# event, a check-in list, a staff member with an API token (CheckIn.CheckIn.Scan) and EP_BENCH_TICKETS (100,000) tickets
# in all, one order each, by SQL; starts the web host (Production, unix socket, production durability) and drives it from
# bench/CheckInBench, a second process: after an uncounted warm-up at the same rate (EP_BENCH_WARMUP_SECONDS, 65: the
# JIT's top tier and the host's periodic work, every 30 and 60 s, have each run once), EP_BENCH_RATE (500) scans per
# second for EP_BENCH_SECONDS (30), open loop, each the first scan of its own ticket, every organization's gates at once;
# beside them the no-op /health/live ten times a second, measured the same way; last, twenty gates scan one unused ticket
# at once and exactly one may admit it.
# Environment also: EP_BENCH_PG_PORT (25443), EP_BENCH_POOL (5, the host's Maximum Pool Size), EP_BENCH_NO_BUILD=1,
# EP_BENCH_PROFILE=1 (pg_stat_statements: the statements each scan runs), EP_BENCH_PERF=FILE (perf record of the machine),
# EP_BENCH_SERIES=FILE (each measured scan's due time and latency, CSV: when the slow ones came), EP_BENCH_HOST_ENV='NAME=VALUE
# …' (more environment for the host alone, e.g. a GC setting to try).
# Lines before the last say how late the client sent the scans and their time from sending (sent_late_p50_ms=…
# from_send_p99_ms=…); split the CPU time per scan: host (user, system), postgres, and the rest (client included); and say
# what the host's garbage collector did (KB allocated per scan, collections and their average pause; from its /metrics).
# Goal on 2 cores: p99 <= 20 ms and duplicate_valid=0.
# Last line: scans_per_s=… p50_ms=… p99_ms=… noop_p99_ms=… duplicate_valid=…
set -euo pipefail
# shellcheck source=../etc/scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../etc/scripts/lib.sh"
# shellcheck source=ticketing-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/ticketing-lib.sh"

cd "$EP_ROOT"
PORT=${EP_BENCH_PG_PORT:-25443}
ORGS=${EP_BENCH_ORGS:-10}
TICKETS=${EP_BENCH_TICKETS:-100000}
RATE=${EP_BENCH_RATE:-500}
SECONDS_MAIN=${EP_BENCH_SECONDS:-30}
DIR=.data/pg-bench-checkin
DB=eventplatform_bench_checkin
SOCKET="$EP_DATA/checkin-bench.sock"
HOST_LOG="$EP_DATA/checkin-bench-host.log"
CLIENT=bench/CheckInBench
TICKET_FILE="$EP_DATA/checkin-bench-tickets.csv"
trap bench_cleanup EXIT

export EP_BENCH_JOBS=0
# The host's connection pool, sized for a database server with two cores: PostgreSQL's rule of thumb is about twice the
# cores (plus a disk) busy connections in all. With 100 (Npgsql's default) the burst of a slow moment opens dozens of
# backends that then share the two cores: about 0.8 ms more database CPU per scan and a p99 several times as long.
export EP_BENCH_POOL=${EP_BENCH_POOL:-5}
opts="-c max_connections=300 -c shared_buffers=512MB -c effective_cache_size=4GB"
if [ "${EP_BENCH_PROFILE:-0}" = 1 ]; then opts+=" -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all"; fi
bench_database "$opts"
if [ "${EP_BENCH_PROFILE:-0}" = 1 ]; then psql_admin "$PORT" "$DB" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null; fi
if [ "${EP_BENCH_NO_BUILD:-0}" != 1 ]; then
  dotnet build "$CLIENT" -c "$BENCH_CONFIG" -tl:off -nologo -v:q -clp:ErrorsOnly
fi

log "seed $ORGS organizations with $TICKETS tickets, a check-in list and a gate token each"
psql_admin "$PORT" "$DB" -q -v orgs="$ORGS" -v per_org="$(( (TICKETS + ORGS - 1) / ORGS ))" <<'SQL'
CREATE TEMP TABLE bench_orgs AS
SELECT n, gen_random_uuid() AS org, gen_random_uuid() AS event, gen_random_uuid() AS type, gen_random_uuid() AS list,
       'ep_' || replace(gen_random_uuid()::text, '-', '') AS token_prefix, md5(random()::text) || md5(random()::text) AS secret
FROM generate_series(1, :orgs) AS n;
UPDATE bench_orgs SET token_prefix = 'ep_' || replace(org::text, '-', '') || '_';

INSERT INTO identity.organizations (id, slug, name, created_at, is_deleted)
SELECT org, 'bench-gate-' || n, 'Bench Gate ' || n, now(), false FROM bench_orgs;
INSERT INTO identity.users (id, display_name, notify_event_reminders, notify_product_news, is_platform_admin, created_at, user_name,
    normalized_user_name, email, normalized_email, email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
VALUES ('00000000-0000-7000-8000-00000000c0de', 'Gate Staff', false, false, false, now(), 'gate@bench.test', 'GATE@BENCH.TEST',
    'gate@bench.test', 'GATE@BENCH.TEST', true, false, false, false, 0);
INSERT INTO identity.memberships (id, tenant_id, user_id, role, created_at)
SELECT gen_random_uuid(), org, '00000000-0000-7000-8000-00000000c0de', 'Staff', now() FROM bench_orgs;
INSERT INTO identity.api_tokens (id, tenant_id, name, token_hash, hint, permissions, created_at, created_by)
SELECT gen_random_uuid(), org, 'Gate', sha256(convert_to(token_prefix || secret, 'UTF8')), right(secret, 4), ARRAY['CheckIn.CheckIn.Scan'], now(),
    '00000000-0000-7000-8000-00000000c0de'
FROM bench_orgs;

INSERT INTO events.events (id, tenant_id, title, slug, type, format, visibility, status, starts_at, ends_at, time_zone,
    summary, description_markdown, venue_name, city, country_code, online_url, custom_fields, tags,
    hide_from_search_engines, is_detached_from_series, sequence, published_at, created_at, is_deleted)
SELECT event, org, 'Gate day ' || n, 'gate-day-' || n, 'Conference', 'InPerson', 'Public', 'Published', now(), now() + interval '1 day',
    'Europe/Berlin', 'A benchmark event.', 'A benchmark event.', 'Hall', 'Berlin', 'DE', NULL, '[]', ARRAY['bench'], false, false, 1, now(), now(), false
FROM bench_orgs;
INSERT INTO ticketing.ticket_types (id, tenant_id, event_id, name, price, currency, quantity, min_per_order, max_per_order,
    visibility, is_active, sort_order, waitlist_enabled, created_at)
SELECT type, org, event, 'General', 0, 'EUR', NULL, 1, 10, 'Public', true, 0, false, now() FROM bench_orgs;
INSERT INTO checkin.lists (id, tenant_id, event_id, name, ticket_type_ids, re_entry, tracks_exits, created_at)
SELECT list, org, event, 'Main entrance', '{}', 'Once', false, now() FROM bench_orgs;

-- One order and one ticket per attendee; codes in the ticket alphabet, 26 characters.
CREATE TEMP TABLE bench_tickets AS
SELECT o.org, o.event, o.type, o.list, o.token_prefix || o.secret AS token, gen_random_uuid() AS order_id, gen_random_uuid() AS ticket_id,
       upper(substr(translate(md5(random()::text) || md5(random()::text), 'ilou', 'wxyz'), 1, 26)) AS code, i, (o.n - 1) * :per_org + i AS seq
FROM bench_orgs o, generate_series(1, :per_org) AS i;
INSERT INTO ticketing.orders (id, tenant_id, event_id, reservation_id, number, access_token, status, buyer_name, buyer_email, total, currency,
    payment_method, answers, culture, created_at)
SELECT order_id, org, event, gen_random_uuid(), 'REG-' || to_char(now(), 'YYYYMMDD') || '-' || lpad(seq::text, 6, '0'), md5(random()::text),
    'Confirmed', 'Attendee ' || i, 'attendee' || i || '@bench.test', 0, 'EUR', 'free', '[]', 'en', now()
FROM bench_tickets;
INSERT INTO ticketing.tickets (id, tenant_id, order_id, event_id, ticket_type_id, ticket_type_name, attendee_name, attendee_email, code,
    status, price, answers, created_at, tax)
SELECT ticket_id, org, order_id, event, type, 'General', 'Attendee ' || i, 'attendee' || i || '@bench.test', code, 'Valid', 0, '[]', now(), 0
FROM bench_tickets;
-- A bulk load the minute before: vacuumed now, as a database whose tickets sold over weeks was long before the gates open
-- (else autovacuum first visits the 200,000 fresh rows in the middle of the measured run).
VACUUM (ANALYZE);
-- The scan order interleaves the organizations, as gates of ten events scanning at once would.
\copy (SELECT token, list, code FROM bench_tickets ORDER BY i, org) TO '/tmp/ep-checkin-bench-tickets.csv' WITH (FORMAT csv)
SQL
mv /tmp/ep-checkin-bench-tickets.csv "$TICKET_FILE"
info "$(wc -l <"$TICKET_FILE") tickets"

# EP_BENCH_PERF=FILE: .NET writes /tmp/perf-PID.map (and keeps JIT code out of the double mapping) so perf can name it.
if [ -n "${EP_BENCH_PERF:-}" ]; then export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0; fi
# shellcheck disable=SC2086  # EP_BENCH_HOST_ENV is a list of NAME=VALUE words
start_host Jobs__Enabled=false ${EP_BENCH_HOST_ENV:-}
log "scan: $RATE scans/s for ${SECONDS_MAIN}s over $ORGS organizations, then twenty gates on one ticket"
# CPU seconds: the host's user and system time, every postgres process's, and the whole machine's busy time.
cpu_sample() {
  local pg=0 p
  for p in $(pgrep -x postgres); do pg=$(awk -v a="$pg" '{ print a + ($14 + $15) / 100 }' "/proc/$p/stat" 2>/dev/null || echo "$pg"); done
  printf '%s %s %s\n' "$(awk '{ print $14 / 100, $15 / 100 }' "/proc/$host_pid/stat")" "$pg" \
    "$(awk '/^cpu / { print ($2 + $3 + $4 + $7 + $8 + $9) / 100 }' /proc/stat)"
}
# The host's garbage collector, from its /metrics (.NET's runtime meter): bytes allocated, collections, seconds paused.
gc_sample() {
  curl -fs --unix-socket "$SOCKET" http://localhost/metrics | awk '
    /^dotnet_gc_heap_total_allocated_bytes_total\{/ { a = $NF }
    /^dotnet_gc_collections_total\{/ { c += $NF }
    /^dotnet_gc_pause_time_seconds_total\{/ { p = $NF }
    END { printf "%s %s %s\n", a + 0, c + 0, p + 0 }'
}
read -r gc_alloc0 gc_gen0_0 gc_pause0 < <(gc_sample)
read -r host_user0 host_sys0 pg0 busy0 < <(cpu_sample)
# EP_BENCH_PERF=FILE: a system-wide perf profile of 10 s of the measured run (with DOTNET_PerfMapEnabled=1 for .NET names).
if [ -n "${EP_BENCH_PERF:-}" ]; then (sleep $(( ${EP_BENCH_WARMUP_SECONDS:-65} + 5 )); perf record -a -g -o "$EP_BENCH_PERF" -- sleep 10 >/dev/null 2>&1) & fi
out=$(dotnet "$CLIENT/bin/$BENCH_CONFIG/net10.0/CheckInBench.dll" "unix:$SOCKET" "$TICKET_FILE" "$RATE" "$SECONDS_MAIN" "${EP_BENCH_WARMUP_SECONDS:-65}")
read -r host_user1 host_sys1 pg1 busy1 < <(cpu_sample)
read -r gc_alloc1 gc_gen0_1 gc_pause1 < <(gc_sample)
printf '%s\n' "$out" | sed 's/^/    /'
line=$(printf '%s\n' "$out" | tail -n 1)
# The warm-up's scans ran on the same host CPU, so they count in the division (the race's twenty hardly matter).
# Postgres processes that ended during the run (none should) are missed; "other" is the client and the rest of the machine.
info "CPU per scan: $(awk -v n="$(( $(field scans "$line") + $(field warm_up "$line") ))" -v hu="$host_user0 $host_user1" -v hs="$host_sys0 $host_sys1" \
  -v pg="$pg0 $pg1" -v busy="$busy0 $busy1" 'function d(pair, p) { split(pair, p, " "); return (p[2] - p[1]) * 1000 / n }
  BEGIN { n = n > 0 ? n : 1; printf "host %.2f ms (user %.2f, system %.2f), postgres %.2f ms, other %.2f ms", d(hu) + d(hs), d(hu), d(hs), d(pg), d(busy) - d(hu) - d(hs) - d(pg) }'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
info "$(awk -v n="$(( $(field scans "$line") + $(field warm_up "$line") ))" -v a="$gc_alloc0 $gc_alloc1" -v c="$gc_gen0_0 $gc_gen0_1" \
  -v p="$gc_pause0 $gc_pause1" 'function d(pair, x) { split(pair, x, " "); return x[2] - x[1] }
  BEGIN { n = n > 0 ? n : 1; printf "GC: %.1f KB allocated per scan; %d collections, paused %.1f ms each on average", d(a) / 1024 / n, d(c), (d(c) > 0 ? d(p) * 1000 / d(c) : 0) }')"
if [ "${EP_BENCH_PROFILE:-0}" = 1 ]; then
  log "statements per scan (pg_stat_statements, warm-up included)"
  psql_admin "$PORT" "$DB" -P pager=off -c "SELECT round(calls::numeric / greatest($(field scans "$line"), 1), 2) AS per_scan,
      round(mean_exec_time::numeric, 3) AS mean_ms, left(regexp_replace(query, '\s+', ' ', 'g'), 140) AS query
    FROM pg_stat_statements WHERE calls > $(field scans "$line") / 10 ORDER BY calls DESC LIMIT 25"
fi
admitted=$(psql_admin "$PORT" "$DB" -At -c "SELECT count(*) FROM checkin.admissions WHERE entries > 0")
info "admissions in the database: $admitted; scans logged: $(psql_admin "$PORT" "$DB" -At -c "SELECT count(*) FROM checkin.scans")"
printf 'scans_per_s=%s p50_ms=%s p99_ms=%s noop_p99_ms=%s duplicate_valid=%s\n' "$(field scans_per_s "$line")" "$(field p50_ms "$line")" \
  "$(field p99_ms "$line")" "$(field noop_p99_ms "$line")" "$(field duplicate_valid "$line")"
