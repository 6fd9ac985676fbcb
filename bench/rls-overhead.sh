#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# What does tenant isolation in the database cost? Migrates a throw-away database with the real
# schema and row-level security policies, fills identity.memberships with 200,000 rows across 1,000
# organizations, then runs the same tenant-scoped indexed query with pgbench twice for EP_BENCH_SECONDS
# (default 15) each: as the application role under RLS, and as a superuser (RLS bypassed).
# Both set app.tenant_id and filter on tenant_id as EF's query filter does, so the difference is the policy.
# Last line: rls_tps=… baseline_tps=… overhead_pct=…
set -euo pipefail
# shellcheck source=../etc/scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../etc/scripts/lib.sh"

cd "$EP_ROOT"
PORT=${EP_BENCH_PG_PORT:-25437}
SECONDS_EACH=${EP_BENCH_SECONDS:-15}
DIR=.data/pg-bench
DB=eventplatform_bench
WEB=src/EventPlatform.Web

cleanup() { pg_cluster_stop "$DIR" >/dev/null 2>&1 || true; }
trap cleanup EXIT

ensure_postgres
pg_cluster_wipe "$DIR"
pg_cluster_start "$DIR" "$PORT" fast
ensure_roles "$PORT"
ensure_database "$PORT" "$DB"

log "dotnet build $WEB"
dotnet build "$WEB" -tl:off -nologo -v:q -clp:ErrorsOnly
log "migrate"
ConnectionStrings__Default="Host=127.0.0.1;Port=$PORT;Database=$DB;Username=eventplatform_app;Password=eventplatform_app" \
ConnectionStrings__Migrations="Host=127.0.0.1;Port=$PORT;Database=$DB;Username=eventplatform;Password=eventplatform" \
Seed__Demo=false Jobs__Enabled=false Outbox__Enabled=false \
  dotnet run --no-build --no-launch-profile --project "$WEB" -- migrate >/dev/null

log "fill identity.memberships (200,000 rows, 1,000 organizations)"
psql_admin "$PORT" "$DB" <<'SQL'
CREATE FUNCTION pg_temp.org(n int) RETURNS uuid LANGUAGE sql IMMUTABLE
  AS $$ SELECT ('00000000-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$;
INSERT INTO identity.memberships (id, tenant_id, user_id, role, created_at)
SELECT gen_random_uuid(), pg_temp.org(1 + i % 1000), gen_random_uuid(),
       (ARRAY['Owner','Admin','Staff','Attendee','Guest'])[1 + i % 5], now()
FROM generate_series(1, 200000) AS i;
ANALYZE identity.memberships;
SQL

script=$(mktemp)
cat >"$script" <<'SQL'
\set n random(1, 1000)
SELECT set_config('app.tenant_id', '00000000-0000-7000-8000-' || lpad(to_hex(:n::int), 12, '0'), false);
SELECT count(*) FROM identity.memberships WHERE tenant_id = ('00000000-0000-7000-8000-' || lpad(to_hex(:n::int), 12, '0'))::uuid AND role = 'Staff';
SQL

run() { # ROLE PASSWORD -> tps
  PGPASSWORD=$2 "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PORT" -U "$1" -n -c 4 -j 2 -T "$SECONDS_EACH" -M prepared -f "$script" "$DB" 2>"$EP_DATA/pgbench.err" \
    | awk '/^tps = / { printf "%.0f", $3 }'
}

log "pgbench ${SECONDS_EACH}s as eventplatform_app (row-level security on)"
rls=$(run eventplatform_app eventplatform_app)
log "pgbench ${SECONDS_EACH}s as postgres (row-level security bypassed)"
base=$(run postgres postgres)
rm -f "$script"
rows=$(PGPASSWORD=eventplatform_app "$PG_BIN/psql" -X -Atq -h 127.0.0.1 -p "$PORT" -U eventplatform_app -d "$DB" \
  -c "SELECT count(*) FROM identity.memberships")
[ "$rows" = 0 ] || die "the app role saw $rows rows without a tenant: isolation is broken"
info "the app role sees 0 rows without a tenant (checked)"
awk -v r="$rls" -v b="$base" 'BEGIN { printf "rls_tps=%d baseline_tps=%d overhead_pct=%.1f\n", r, b, (b - r) * 100 / b }'
