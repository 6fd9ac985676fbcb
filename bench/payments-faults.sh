#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Can a failing payment provider make an order be paid twice, paid but unconfirmed, or stuck? Migrates a throw-away
# database, seeds a published event with a paid ticket type (25 EUR) and connects Stripe for its organization (the
# Payments:Seed keys), starts the web host (Production, unix socket) pointed at a Stripe stand-in that bench/PaymentsBench
# plays in its own process: EP_BENCH_PSP_FAILURE_RATE (0.1) of its API calls answer 500, EP_BENCH_PSP_SLOW_RATE (0.1)
# act but answer after the host gave up (Payments__ProviderTimeoutSeconds=1), so 20% of calls fail. EP_BENCH_ORDERS
# (500) buyers, EP_BENCH_BUYERS (16) at a time, each reserve a ticket, confirm it for Stripe, open the payment page until
# it sends them to Stripe, pay there, half of them come back, and the checkout.session.completed webhook is delivered
# (retried until acknowledged); one in ten is delivered again at the end, in reverse order. The host reconciles open
# payments every second. Then the database itself is checked, as superuser:
#   paid             orders confirmed
#   double_charges   orders whose succeeded payments (less refunds) add up to more than the order's total
#   paid_unconfirmed orders with money kept (succeeded, not refunded) that are not confirmed
#   stuck_pending    payments still waiting (created or pending) once the host had EP_BENCH_SETTLE_SECONDS (60) to settle
# Environment also: EP_BENCH_PG_PORT (25441), EP_BENCH_PSP_PORT (25442), EP_BENCH_NO_BUILD=1.
# Last line: orders=500 paid=… double_charges=0 paid_unconfirmed=0 stuck_pending=0 webhook_ack_p99_ms=…
set -euo pipefail
# shellcheck source=../etc/scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../etc/scripts/lib.sh"
# shellcheck source=ticketing-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/ticketing-lib.sh"

cd "$EP_ROOT"
PORT=${EP_BENCH_PG_PORT:-25441}
PSP_PORT=${EP_BENCH_PSP_PORT:-25442}
ORDERS=${EP_BENCH_ORDERS:-500}
BUYERS=${EP_BENCH_BUYERS:-16}
SETTLE_SECONDS=${EP_BENCH_SETTLE_SECONDS:-60}
DIR=.data/pg-bench-payments
DB=eventplatform_bench_payments
SOCKET="$EP_DATA/payments-bench.sock"
HOST_LOG="$EP_DATA/payments-bench-host.log"
CLIENT=bench/PaymentsBench
trap bench_cleanup EXIT

if port_in_use "$PSP_PORT"; then die "port $PSP_PORT (the Stripe stand-in) is taken; set EP_BENCH_PSP_PORT"; fi
# Correctness is measured, so the cluster may skip fsync.
bench_database "-c max_connections=300" fast

log "seed a published event with a paid ticket type and connect Stripe (the stand-in's test keys)"
event=$(seed_event bench-paid)
ticket_type=$(seed_ticket_type "$event" Paid "")
psql_admin "$PORT" "$DB" -c "UPDATE ticketing.ticket_types SET price = 25 WHERE id = '$ticket_type'" >/dev/null
Payments__Seed__Organization=$BENCH_ORG Payments__Seed__StripeSecretKey=sk_test_standin Payments__Seed__StripeWebhookSecret=whsec_standin_secret \
  dotnet run -c "$BENCH_CONFIG" --no-build --no-launch-profile --project "$WEB" -- migrate >/dev/null

start_host Payments__StripeApiBase="http://127.0.0.1:$PSP_PORT" Payments__ProviderTimeoutSeconds=1 Payments__ReconcileSeconds=1 \
  Payments__ReconcileAfterMinutes=0 Jobs__Enabled=false
log "$ORDERS paid orders, $BUYERS buyers at a time, against a Stripe that fails 20% of calls"
out=$(dotnet "$CLIENT/bin/$BENCH_CONFIG/net10.0/PaymentsBench.dll" "unix:$SOCKET" "$BENCH_ORG" bench-paid "$ticket_type" "$PSP_PORT" "$ORDERS" "$BUYERS")
client=$(printf '%s\n' "$out" | tail -n 1)
printf '    client: %s\n' "$client"

figures() {
  psql_admin "$PORT" "$DB" -At -F ' ' <<'SQL'
WITH kept AS (
  SELECT order_id, sum(amount - refunded_amount) AS net FROM payments.payments WHERE status = 'Succeeded' GROUP BY order_id)
SELECT
  (SELECT count(*) FROM ticketing.orders WHERE payment_method = 'stripe' AND status = 'Confirmed'),
  (SELECT count(*) FROM kept JOIN ticketing.orders o ON o.id = kept.order_id WHERE kept.net > o.total),
  (SELECT count(*) FROM kept JOIN ticketing.orders o ON o.id = kept.order_id WHERE kept.net > 0 AND o.status <> 'Confirmed'),
  (SELECT count(*) FROM payments.payments WHERE status IN ('Created', 'Pending'))
SQL
}

log "let the host settle (reconciliation every second, the outbox) for up to ${SETTLE_SECONDS}s"
for _ in $(seq 1 "$SETTLE_SECONDS"); do
  read -r paid double unconfirmed stuck <<<"$(figures)"
  [ "$stuck" = 0 ] && [ "$unconfirmed" = 0 ] && break
  sleep 1
done
read -r paid double unconfirmed stuck <<<"$(figures)"
info "payments: $(psql_admin "$PORT" "$DB" -At -c "SELECT string_agg(status || '=' || n, ' ') FROM (SELECT status, count(*) n FROM payments.payments GROUP BY status) s")"
info "refunds (money that arrived twice goes back): $(psql_admin "$PORT" "$DB" -At -c "SELECT count(*) FROM payments.refunds")"
printf 'orders=%s paid=%s double_charges=%s paid_unconfirmed=%s stuck_pending=%s webhook_ack_p99_ms=%s\n' \
  "$ORDERS" "$paid" "$double" "$unconfirmed" "$stuck" "$(field webhook_ack_p99_ms "$client")"
