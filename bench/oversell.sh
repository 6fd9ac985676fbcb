#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Can a rush oversell? Migrates a throw-away database with the real schema, seeds a published event with a free
# ticket type of EP_BENCH_CAPACITY (100) seats by SQL, starts the web host (Production, unix socket) and releases
# EP_BENCH_BUYERS (1000) distinct buyers at once through a barrier (bench/TicketingBench rush: connections opened
# beforehand, the send spread is measured); each reserves one ticket and confirms it over HTTP. Then it checks the
# database itself: valid tickets per quota against its size, the counters (sold + held <= size, sold = sold holds =
# tickets, held = active holds). A second run sends EP_BENCH_BIG_BUYERS (10,000) buyers at 1,000 seats in
# three ticket types (A and B share a quota of 400, A has 250 of its own, C has 600). Between the two, the negative
# control: the host restarts with Ticketing__Testing__DisableCapacityGuard=true (a read-then-write instead of the
# guarded update) and the first run is repeated on its own event; it must oversell, or the harness could not see a race
# and the script says so.
# Environment: EP_BENCH_BUYERS (1000), EP_BENCH_CAPACITY (100), EP_BENCH_BIG_BUYERS (10000), EP_BENCH_PG_PORT (25439),
# EP_BENCH_POOL (100, the host's Maximum Pool Size), EP_BENCH_NO_BUILD=1 (use the last build).
# Last line: attempts=1000 capacity=100 confirmed=… oversold=… http5xx=… negative_control=oversold|failed
set -euo pipefail
# shellcheck source=../etc/scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../etc/scripts/lib.sh"
# shellcheck source=ticketing-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/ticketing-lib.sh"

cd "$EP_ROOT"
PORT=${EP_BENCH_PG_PORT:-25439}
BUYERS=${EP_BENCH_BUYERS:-1000}
CAPACITY=${EP_BENCH_CAPACITY:-100}
BIG_BUYERS=${EP_BENCH_BIG_BUYERS:-10000}
DIR=.data/pg-bench-oversell
DB=eventplatform_bench_oversell
SOCKET="$EP_DATA/oversell-bench.sock"
HOST_LOG="$EP_DATA/oversell-bench-host.log"
trap bench_cleanup EXIT

# Correctness, not speed, is measured here, so the cluster may skip fsync; room for the host's pool and psql.
bench_database "-c max_connections=300 -c shared_buffers=256MB" fast

log "seed three events: $CAPACITY seats; 1,000 seats in three types; $CAPACITY seats for the negative control"
rush_event=$(seed_event bench-rush)
rush_type=$(seed_ticket_type "$rush_event" General "$CAPACITY")
big_event=$(seed_event bench-rush-three)
type_a=$(seed_ticket_type "$big_event" "Early bird" 250)
type_b=$(seed_ticket_type "$big_event" Regular "")
type_c=$(seed_ticket_type "$big_event" Workshop 600)
seed_shared_quota "$big_event" "Main hall" 400 "$type_a" "$type_b"
control_event=$(seed_event bench-rush-control)
control_type=$(seed_ticket_type "$control_event" General "$CAPACITY")

# check_event EVENT_ID: prints every quota of the event as the database sees it, then a summary line
# "tickets=… orders=… oversold=… inconsistent=…". Oversold counts valid tickets beyond a quota's size; inconsistent
# counts quotas whose counters disagree with the holds and tickets (sold + held > size; sold <> sold holds or tickets;
# held <> active holds).
check_event() {
  psql_admin "$PORT" "$DB" -v event="$1" -P footer=off <<'SQL'
CREATE TEMP VIEW checked AS
WITH valid AS (
  SELECT ticket_type_id, count(*) AS n FROM ticketing.tickets WHERE event_id = :'event' AND status = 'Valid' GROUP BY ticket_type_id)
SELECT q.name AS quota, q.kind, q.size, q.sold, q.held,
       (SELECT coalesce(sum(v.n), 0) FROM ticketing.quota_ticket_types l JOIN valid v USING (ticket_type_id) WHERE l.quota_id = q.id)::int AS tickets,
       (SELECT coalesce(sum(quantity), 0) FROM ticketing.holds h WHERE h.quota_id = q.id AND h.status = 'Sold')::int AS sold_holds,
       (SELECT coalesce(sum(quantity), 0) FROM ticketing.holds h WHERE h.quota_id = q.id AND h.status = 'Held')::int AS held_holds
FROM ticketing.quotas q WHERE q.event_id = :'event';
SELECT * FROM checked ORDER BY quota;
\pset tuples_only on
\pset format unaligned
SELECT format('tickets=%s orders=%s oversold=%s inconsistent=%s',
  (SELECT count(*) FROM ticketing.tickets WHERE event_id = :'event' AND status = 'Valid'),
  (SELECT count(*) FROM ticketing.orders WHERE event_id = :'event'),
  (SELECT coalesce(sum(greatest(tickets - size, 0)), 0) FROM checked),
  (SELECT count(*) FROM checked WHERE sold + held > size OR sold <> sold_holds OR sold <> tickets OR held <> held_holds));
SQL
}

# rush EVENT_SLUG EVENT_ID BUYERS TYPES: one rush, then the database check; sets RUSH (client line) and CHECK (database line).
rush() {
  local out
  out=$(bench_client rush "$1" "$3" "$4")
  printf '%s\n' "$out" | sed '$d'
  RUSH=$(printf '%s\n' "$out" | tail -n 1)
  info "client:   $RUSH"
  out=$(check_event "$2")
  printf '%s\n' "$out" | sed '$d' | sed 's/^/    /'
  CHECK=$(printf '%s\n' "$out" | tail -n 1)
  info "database: $CHECK"
}

start_host
log "rush: $BUYERS buyers at $CAPACITY seats"
rush bench-rush "$rush_event" "$BUYERS" "$rush_type"
confirmed=$(field confirmed "$RUSH")
oversold=$(field oversold "$CHECK")
http5xx=$(field http5xx "$RUSH")
failures=()
[ "$(field tickets "$CHECK")" = "$confirmed" ] || failures+=("rush: the client saw $confirmed confirmations, the database holds $(field tickets "$CHECK") tickets")
[ "$(field inconsistent "$CHECK")" = 0 ] || failures+=("rush: quota counters disagree with holds/tickets")

log "negative control: the host again, with the capacity guard disabled (read-then-write)"
stop_host
start_host Ticketing__Testing__DisableCapacityGuard=true
rush bench-rush-control "$control_event" "$BUYERS" "$control_type"
http5xx=$((http5xx + $(field http5xx "$RUSH")))
if [ "$(field oversold "$CHECK")" -gt 0 ]; then
  negative_control=oversold
else
  negative_control=failed
  failures+=("negative control: the unguarded host did not oversell, so this harness did not show it can see a race")
fi
stop_host
# Known before the long run below, in case it is cut short.
info "so far: attempts=$BUYERS capacity=$CAPACITY confirmed=$confirmed oversold=$oversold http5xx=$http5xx negative_control=$negative_control"

start_host
log "rush: $BIG_BUYERS buyers at 1,000 seats in three ticket types (A 250 + B share 400, C 600)"
rush bench-rush-three "$big_event" "$BIG_BUYERS" "$type_a,$type_b,$type_c"
oversold=$((oversold + $(field oversold "$CHECK")))
http5xx=$((http5xx + $(field http5xx "$RUSH")))
[ "$(field tickets "$CHECK")" = "$(field confirmed "$RUSH")" ] || failures+=("three types: client and database disagree")
[ "$(field inconsistent "$CHECK")" = 0 ] || failures+=("three types: quota counters disagree with holds/tickets")

stop_host

for failure in "${failures[@]}"; do warn "$failure"; done
[ "$oversold" = 0 ] || warn "OVERSOLD: $oversold tickets beyond capacity with the guard on"
printf 'attempts=%s capacity=%s confirmed=%s oversold=%s http5xx=%s negative_control=%s\n' \
  "$BUYERS" "$CAPACITY" "$confirmed" "$oversold" "$http5xx" "$negative_control"
[ "${#failures[@]}" -eq 0 ] && [ "$oversold" = 0 ] && [ "$http5xx" = 0 ]
