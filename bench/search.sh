#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# How fast is the event directory? Migrates a throw-away database with the real schema, seeds 100,000 published
# public events across 50 organizations straight into events.events and the search projection
# (events.search_listings, whose tsvector and folded keys PostgreSQL generates), starts the web host, then sends
# directory searches and autocomplete requests through the HTTP API from a second process (bench/SearchBench),
# one visitor at a time. Goal: autocomplete p99 <= 30 ms, search p99 <= 50 ms on 2 cores.
# Environment: EP_BENCH_EVENTS (100000), EP_BENCH_SEARCHES (2000), EP_BENCH_AUTOCOMPLETES (3000),
# EP_BENCH_PG_PORT (25438; a server already listening there is used as is, with user postgres/postgres).
# The host listens on a unix socket, so the benchmark takes no TCP port of its own.
# Last line: events=… search_p50_ms=… search_p99_ms=… autocomplete_p99_ms=…
set -euo pipefail
# shellcheck source=../etc/scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../etc/scripts/lib.sh"

cd "$EP_ROOT"
PORT=${EP_BENCH_PG_PORT:-25438}
EVENTS=${EP_BENCH_EVENTS:-100000}
SEARCHES=${EP_BENCH_SEARCHES:-2000}
AUTOCOMPLETES=${EP_BENCH_AUTOCOMPLETES:-3000}
DIR=.data/pg-bench-search
DB=eventplatform_bench_search
WEB=src/EventPlatform.Web
CLIENT=bench/SearchBench
SOCKET="$EP_DATA/search-bench.sock"
HOST_LOG="$EP_DATA/search-bench-host.log"
host_pid=
own_cluster=

cleanup() {
  if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
  rm -f "$SOCKET"
  if [ -n "$own_cluster" ]; then pg_cluster_stop "$DIR" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

ensure_postgres
mkdir -p "$EP_DATA"
if port_in_use "$PORT"; then
  log "using the PostgreSQL already listening on 127.0.0.1:$PORT"
else
  pg_cluster_wipe "$DIR"
  # Sized like a small production server: the index and its tables (~300 MB) stay in PostgreSQL's own cache.
  EP_PG_SERVER_OPTS="-c shared_buffers=${EP_BENCH_PG_SHARED_BUFFERS:-1GB} -c effective_cache_size=8GB -c work_mem=16MB" \
    pg_cluster_start "$DIR" "$PORT" fast
  own_cluster=1
fi
ensure_roles "$PORT"
psql_admin "$PORT" postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null
ensure_database "$PORT" "$DB"

export ConnectionStrings__Default="Host=127.0.0.1;Port=$PORT;Database=$DB;Username=eventplatform_app;Password=eventplatform_app"
export ConnectionStrings__Migrations="Host=127.0.0.1;Port=$PORT;Database=$DB;Username=eventplatform;Password=eventplatform"
export Seed__Demo=false Jobs__Enabled=false Outbox__Enabled=false

log "dotnet build $WEB $CLIENT"
dotnet build "$WEB" -tl:off -nologo -v:q -clp:ErrorsOnly
dotnet build "$CLIENT" -tl:off -nologo -v:q -clp:ErrorsOnly
log "migrate"
dotnet run --no-build --no-launch-profile --project "$WEB" -- migrate >/dev/null

log "seed $EVENTS published public events across 50 organizations (events.events + events.search_listings)"
psql_admin "$PORT" "$DB" -v events="$EVENTS" <<'SQL'
CREATE FUNCTION pg_temp.pick(words text[], n bigint) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT words[1 + (n % array_length(words, 1))] $$;
INSERT INTO identity.organizations (id, slug, name, created_at, is_deleted)
SELECT ('00000000-0000-7000-8000-' || lpad(to_hex(o), 12, '0'))::uuid, 'bench-org-' || o, 'Bench Organization ' || o, now(), false
FROM generate_series(1, 50) AS o;

CREATE TEMP TABLE words AS SELECT
  ARRAY['Kubernetes','Data','Python','Design','Marketing','Security','Cloud','AI','Machine Learning','DevOps','Rust',
        'JavaScript','UX','Leadership','Startup','Blockchain','Photography','Yoga','Wine','Jazz','Architecture',
        'Climate','Robotics','Finance','Health','Music','Writing','Gaming','Education','Open Source'] AS topics,
  ARRAY['Conference','Workshop','Meetup','Summit','Bootcamp','Festival','Webinar','Café','Forum','Days'] AS kinds,
  ARRAY['Advanced','Intro to','The Future of','Practical','Hands-on','Modern','Applied','Global','Women in','Night of'] AS adjectives,
  ARRAY['Köln','München','Zürich','Berlin','Hamburg','Wien','Málaga','Barcelona','Madrid','Paris','Lyon','Genève',
        'Amsterdam','Kraków','Praha','Lisboa','São Paulo','Düsseldorf','Nürnberg','Göteborg'] AS cities,
  ARRAY['Anna Müller','José García','Zoë Schmidt','Björn Larsson','Chloé Martin','Łukasz Nowak','Ingrid Søren',
        'Mateo López','Aiko Tanaka','Olivia Brown','Noah Weber','Élodie Bernard','Jonas Fischer','Sofía Ruiz'] AS people,
  ARRAY['Talks, hands-on sessions and time to meet people who build things.',
        'A day of practical examples, case studies and an evening of conversations.',
        'Learn from practitioners, share what works and take home ideas for your team.',
        'Short talks, long breaks and plenty of room for questions.'] AS blurbs;

CREATE TEMP TABLE seed AS
SELECT i,
       ('00000000-0000-7000-8000-' || lpad(to_hex(1 + i % 50), 12, '0'))::uuid AS org,
       1 + i % 50 AS org_no,
       gen_random_uuid() AS id,
       pg_temp.pick(w.adjectives, i / 7) || ' ' || pg_temp.pick(w.topics, i) || ' ' || pg_temp.pick(w.kinds, i / 3)
         || ' ' || pg_temp.pick(w.cities, i / 11) || ' ' || (2027 + i % 2) AS title,
       pg_temp.pick(w.topics, i) AS topic,
       pg_temp.pick(w.topics, i / 5) AS topic2,
       pg_temp.pick(w.cities, i / 11) AS city,
       (ARRAY['InPerson','Online','Hybrid'])[1 + i % 3] AS format,
       timestamptz '2027-01-01 08:00+00' + (i % 700) * interval '1 day' + (i % 9) * interval '1 hour' AS starts_at,
       pg_temp.pick(w.blurbs, i / 13) AS summary,
       pg_temp.pick(w.blurbs, i) || ' ' || pg_temp.pick(w.blurbs, i / 2) || ' About ' || pg_temp.pick(w.topics, i / 17)
         || ' and ' || pg_temp.pick(w.topics, i / 19) || '.' AS description,
       ARRAY[pg_temp.pick(w.people, i), pg_temp.pick(w.people, i / 3)] AS speakers
FROM generate_series(1, :events) AS i, words w;

INSERT INTO events.events (id, tenant_id, title, slug, type, format, visibility, status, starts_at, ends_at, time_zone,
    summary, description_markdown, venue_name, city, country_code, online_url, custom_fields, tags,
    hide_from_search_engines, is_detached_from_series, sequence, published_at, created_at, is_deleted)
SELECT id, org, title, 'bench-event-' || i, 'Conference', format, 'Public', 'Published', starts_at, starts_at + interval '8 hours',
       'Europe/Berlin', summary, description, 'Congress Center', city, 'DE',
       CASE WHEN format <> 'InPerson' THEN 'https://meet.example.test/' || i END, '[]', ARRAY[topic, topic2],
       false, false, 1, now(), now(), false
FROM seed;

INSERT INTO events.search_listings (event_id, organization_id, organization_slug, organization_name, title, slug, summary,
    description, type, format, starts_at, ends_at, time_zone, venue, city, country_code, tags, speakers, indexed_at)
SELECT id, org, 'bench-org-' || org_no, 'Bench Organization ' || org_no, title, 'bench-event-' || i, summary,
       description, 'Conference', format, starts_at, starts_at + interval '8 hours', 'Europe/Berlin', 'Congress Center',
       city, 'DE', ARRAY[topic, topic2], speakers, now()
FROM seed;
-- What PostgresSearchIndex.UpsertAsync adds per listing: the distinct words of its title.
INSERT INTO events.search_words (word)
SELECT DISTINCT w FROM events.search_listings, regexp_split_to_table(title_key, '[^[:alnum:]]+') AS w
WHERE length(w) BETWEEN 3 AND 100 ON CONFLICT DO NOTHING;
VACUUM ANALYZE events.search_words;
VACUUM ANALYZE events.events;
VACUUM ANALYZE events.search_listings;
VACUUM ANALYZE events.search_documents;
SQL
rows=$(psql_admin "$PORT" "$DB" -Atc "SELECT count(*) FROM events.search_listings")
info "search_listings: $rows rows"

log "start the web host on $SOCKET"
rm -f "$SOCKET"
ASPNETCORE_URLS="http://unix:$SOCKET" ASPNETCORE_ENVIRONMENT=Production Serilog__MinimumLevel__Default=Warning \
  dotnet "$WEB/bin/Debug/net10.0/EventPlatform.Web.dll" >"$HOST_LOG" 2>&1 &
host_pid=$!
for _ in $(seq 1 120); do
  [ -S "$SOCKET" ] && break
  kill -0 "$host_pid" 2>/dev/null || { tail -n 30 "$HOST_LOG" >&2; die "the web host stopped ($HOST_LOG)"; }
  sleep 0.5
done
[ -S "$SOCKET" ] || die "the web host did not start listening ($HOST_LOG)"

log "measure: $SEARCHES searches and $AUTOCOMPLETES autocomplete requests, one at a time"
result=$(dotnet "$CLIENT/bin/Debug/net10.0/SearchBench.dll" "unix:$SOCKET" "$SEARCHES" "$AUTOCOMPLETES" | tail -n 1)
info "$result"
printf 'events=%s %s\n' "$rows" "$(printf '%s\n' "$result" | tr ' ' '\n' | grep -E '^(search_p50_ms|search_p99_ms|autocomplete_p99_ms)=' | tr '\n' ' ' | sed 's/ $//')"
