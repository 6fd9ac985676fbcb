#!/usr/bin/env bash
# Shared helpers for etc/scripts/*.sh. Source it; don't run it:
#   . "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# Everything here is idempotent and non-interactive (works with CI=true and no stdin).
# shellcheck disable=SC2034  # some variables are used by the scripts that source this file

if [ -n "${EP_LIB_SOURCED:-}" ]; then return 0; fi
EP_LIB_SOURCED=1

# --- repository root ----------------------------------------------------------------------------

EP_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
EP_DATA="$EP_ROOT/.data"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

# --- logging ------------------------------------------------------------------------------------

log() { printf '==> %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

# Runs a command as root (directly when we are root, else through sudo).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -n "$@"
  else
    die "need root (or sudo) to run: $*"
  fi
}

# --- apt ----------------------------------------------------------------------------------------

# ensure_apt PKG... : installs the packages that are not installed yet. `apt-get update` runs at
# most once per run (the flag is exported, so scripts started from this one skip it too).
ensure_apt() {
  local missing=() pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  log "installing apt packages: ${missing[*]}"
  if [ -z "${EP_APT_UPDATED:-}" ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null
    EP_APT_UPDATED=1
    export EP_APT_UPDATED
  fi
  local out
  out=$(mktemp)
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}" </dev/null >"$out" 2>&1; then
    tail -n 40 "$out" >&2
    rm -f "$out"
    die "apt-get install ${missing[*]} failed"
  fi
  rm -f "$out"
}

# --- PostgreSQL -----------------------------------------------------------------------------------

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

ensure_postgres() {
  if [ ! -x "$PG_BIN/initdb" ] || [ ! -x "$PG_BIN/pg_ctl" ] || [ ! -x "$PG_BIN/psql" ]; then
    ensure_apt postgresql-15
  fi
  [ -x "$PG_BIN/initdb" ] || die "PostgreSQL 15 binaries not found in $PG_BIN"
  # The server runs as `postgres` when we are root (initdb refuses root).
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    die "user 'postgres' is missing (it comes with the postgresql-15 package)"
  fi
}

# Runs a command as the cluster's OS user: `postgres` when we are root, else ourselves.
# From / so that a working directory postgres cannot read does not matter.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

# Is something accepting TCP connections on 127.0.0.1:PORT?
port_in_use() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# Absolute path for a cluster directory given relative to the repository (or absolute).
pg_abs_dir() {
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s\n' "$EP_ROOT/$1" ;;
  esac
}

# Sets EP_PG_REAL to the directory that really holds the cluster for DIR (follows the symlink to
# /var/tmp when that fallback is in use). Creates nothing.
pg_locate() {
  local dir
  dir=$(pg_abs_dir "$1")
  if [ -L "$dir" ]; then
    EP_PG_REAL=$(readlink -f "$dir")
  else
    EP_PG_REAL=$dir
  fi
}

# Creates the cluster directory for DIR and sets EP_PG_REAL. The cluster lives in DIR itself when
# the postgres user can reach it (every parent at least o+x); otherwise in
# /var/tmp/eventplatform-<hash of repo path>/<name>, symlinked from DIR. No permissions of existing
# parents are changed.
pg_prepare_dir() {
  local dir parent base hash
  dir=$(pg_abs_dir "$1")
  parent=$(dirname "$dir")
  mkdir -p "$parent"
  if [ -L "$dir" ]; then
    EP_PG_REAL=$(readlink -m "$dir")
  elif [ -d "$dir" ]; then
    EP_PG_REAL=$dir
  elif [ "$(id -u)" -ne 0 ] || as_pg test -x "$parent"; then
    EP_PG_REAL=$dir
  else
    hash=$(printf '%s' "$EP_ROOT" | sha256sum | cut -c1-12)
    base="/var/tmp/eventplatform-$hash"
    if [ -e "$base" ] && { [ -L "$base" ] || [ ! -O "$base" ]; }; then
      die "$base exists but is not a directory owned by $(id -un); remove it"
    fi
    mkdir -p "$base"
    chmod 0711 "$base"
    EP_PG_REAL="$base/$(basename "$dir")"
    ln -sfn "$EP_PG_REAL" "$dir"
    info "postgres cannot reach $parent; cluster placed in $EP_PG_REAL (symlinked from $dir)"
  fi
  mkdir -p "$EP_PG_REAL"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$EP_PG_REAL"
  fi
  chmod 0700 "$EP_PG_REAL"
}

pg_is_running() {
  [ -f "$1/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" status -D "$1" >/dev/null 2>&1
}

# Port a running cluster listens on (4th line of postmaster.pid).
pg_running_port() {
  sed -n 4p "$1/postmaster.pid" 2>/dev/null || true
}

pg_initdb() {
  local real=$1 pwfile rc=0
  log "initdb $real"
  mkdir -p "$EP_DATA"
  pwfile=$(mktemp)
  printf 'postgres\n' >"$pwfile"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$pwfile"; fi
  as_pg "$PG_BIN/initdb" -D "$real" -U postgres --pwfile="$pwfile" \
    --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 \
    >"$EP_DATA/initdb-$(basename "$real").log" 2>&1 || rc=$?
  rm -f "$pwfile"
  if [ "$rc" -ne 0 ]; then
    cat "$EP_DATA/initdb-$(basename "$real").log" >&2
    die "initdb failed for $real"
  fi
  # Also in the file, so a cluster started by hand stays on loopback TCP only.
  cat >>"$real/postgresql.conf" <<'EOF'

# EventPlatform (etc/scripts/lib.sh): loopback TCP only, no unix socket.
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
EOF
}

pg_wait_ready() {
  local port=$1 i
  for i in $(seq 1 60); do
    if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port"; then return 0; fi
    [ "$i" -eq 60 ] || sleep 0.5
  done
  return 1
}

# pg_cluster_start DIR PORT [fast] : initdb when needed, start, wait until it accepts connections.
pg_cluster_start() {
  local dir=$1 port=$2 mode=${3:-} opts running_port
  [ "$#" -ge 2 ] || die "usage: pg_cluster_start DIR PORT [fast]"
  pg_prepare_dir "$dir"
  local real=$EP_PG_REAL
  [ -f "$real/PG_VERSION" ] || pg_initdb "$real"
  if pg_is_running "$real"; then
    running_port=$(pg_running_port "$real")
    if [ "$running_port" != "$port" ]; then
      die "cluster $dir already runs on port $running_port, not $port (stop it first)"
    fi
    log "PostgreSQL ($dir) already running on 127.0.0.1:$port"
  else
    if port_in_use "$port"; then
      die "port $port on 127.0.0.1 is taken by another process; choose another port"
    fi
    log "starting PostgreSQL ($dir) on 127.0.0.1:$port${mode:+ ($mode)}"
    opts="-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
    if [ "$mode" = fast ]; then
      opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    # Extra server settings, e.g. a benchmark's memory (PostgreSQL's defaults are sized for tiny machines).
    opts+=${EP_PG_SERVER_OPTS:+ $EP_PG_SERVER_OPTS}
    if ! as_pg "$PG_BIN/pg_ctl" start -D "$real" -l "$real/server.log" -w -t 60 -o "$opts" >/dev/null; then
      tail -n 30 "$real/server.log" >&2 || true
      die "PostgreSQL did not start ($real/server.log)"
    fi
  fi
  pg_wait_ready "$port" || die "PostgreSQL on 127.0.0.1:$port does not accept connections"
}

# pg_cluster_stop DIR
pg_cluster_stop() {
  local dir=$1
  pg_locate "$dir"
  if pg_is_running "$EP_PG_REAL"; then
    log "stopping PostgreSQL ($dir)"
    as_pg "$PG_BIN/pg_ctl" stop -D "$EP_PG_REAL" -m fast -w -t 60 >/dev/null
  else
    log "PostgreSQL ($dir) is not running"
  fi
}

# pg_cluster_status DIR : prints the state; returns 0 when running, 3 when not.
pg_cluster_status() {
  local dir=$1
  pg_locate "$dir"
  if [ ! -f "$EP_PG_REAL/PG_VERSION" ]; then
    echo "PostgreSQL ($dir): no cluster yet"
    return 3
  fi
  if pg_is_running "$EP_PG_REAL"; then
    echo "PostgreSQL ($dir): running on 127.0.0.1:$(pg_running_port "$EP_PG_REAL") (data: $EP_PG_REAL)"
    return 0
  fi
  echo "PostgreSQL ($dir): stopped (data: $EP_PG_REAL)"
  return 3
}

# pg_cluster_wipe DIR : stops the cluster if running and deletes its data.
pg_cluster_wipe() {
  local dir abs
  dir=$1
  abs=$(pg_abs_dir "$dir")
  pg_locate "$dir"
  if pg_is_running "$EP_PG_REAL"; then pg_cluster_stop "$dir"; fi
  if [ "$EP_PG_REAL" != "$abs" ]; then rm -rf "$EP_PG_REAL"; fi
  rm -rf "$abs"
}

# psql_admin PORT DB [psql args...] : psql as superuser postgres over TCP.
psql_admin() {
  local port=$1 db=$2
  shift 2
  PGPASSWORD=postgres PGCONNECT_TIMEOUT=10 "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
    -h 127.0.0.1 -p "$port" -U postgres -d "$db" "$@"
}

# ensure_roles PORT : owner role `eventplatform` and application role `eventplatform_app`.
ensure_roles() {
  local port=$1
  log "ensuring roles eventplatform, eventplatform_app"
  psql_admin "$port" postgres <<'SQL'
SELECT 'CREATE ROLE eventplatform' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'eventplatform') \gexec
SELECT 'CREATE ROLE eventplatform_app' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'eventplatform_app') \gexec
ALTER ROLE eventplatform WITH LOGIN PASSWORD 'eventplatform' CREATEDB NOSUPERUSER NOBYPASSRLS;
ALTER ROLE eventplatform_app WITH LOGIN PASSWORD 'eventplatform_app' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
SQL
}

# ensure_database PORT NAME : database owned by `eventplatform`, connectable by the app role.
ensure_database() {
  local port=$1 name=$2
  log "ensuring database $name"
  psql_admin "$port" postgres -v db="$name" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER eventplatform', :'db')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO eventplatform_app', :'db') \gexec
SQL
  psql_admin "$port" "$name" -c 'REVOKE CREATE ON SCHEMA public FROM PUBLIC'
}

# --- fonts --------------------------------------------------------------------------------------

# DejaVu: the ticket PDFs embed it (PDFsharp has no system fonts on Linux; see DejaVuFontResolver).
ensure_fonts() {
  ensure_apt fonts-dejavu-core
}

# --- .NET and npm -------------------------------------------------------------------------------

ensure_dotnet_tools() {
  command -v dotnet >/dev/null 2>&1 || die "dotnet SDK not found on PATH"
  [ -f "$EP_ROOT/.config/dotnet-tools.json" ] || return 0
  local out
  log "dotnet tool restore"
  if ! out=$(cd "$EP_ROOT" && dotnet tool restore 2>&1); then
    printf '%s\n' "$out" >&2
    die "dotnet tool restore failed"
  fi
}

ensure_node() {
  if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
    ensure_apt nodejs npm
  fi
}

# npm packages of the web project, when node_modules is missing or older than the lock file.
ensure_npm_assets() {
  local web="$EP_ROOT/src/EventPlatform.Web"
  [ -f "$web/package.json" ] || return 0
  if [ -f "$web/package-lock.json" ]; then
    if [ -d "$web/node_modules" ] && [ ! "$web/package-lock.json" -nt "$web/node_modules" ]; then
      return 0
    fi
    ensure_node
    log "npm ci (src/EventPlatform.Web)"
    (cd "$web" && npm ci --no-audit --no-fund </dev/null)
  else
    if [ -d "$web/node_modules" ] && [ ! "$web/package.json" -nt "$web/node_modules" ]; then
      return 0
    fi
    ensure_node
    log "npm install (src/EventPlatform.Web, no package-lock.json)"
    (cd "$web" && npm install --no-audit --no-fund </dev/null)
  fi
  mkdir -p "$web/node_modules"
  touch "$web/node_modules"
}

# --- test results ------------------------------------------------------------------------------

# trx_counts DIR : sums the <Counters .../> elements of every .trx under DIR.
# Prints "PASSED FAILED SKIPPED TOTAL" (failed includes error/timeout/aborted outcomes;
# skipped = total - executed, i.e. tests that did not run).
trx_counts() {
  local dir=$1
  {
    if [ -d "$dir" ]; then
      find "$dir" -type f -name '*.trx' -exec cat {} + | tr '\r\n' '  ' | grep -o '<Counters [^>]*>' || true
    fi
  } | awk '
    function attr(s, name,   m) {
      if (match(s, "[[:space:]]" name "=\"[0-9]+\"")) {
        m = substr(s, RSTART, RLENGTH); gsub(/[^0-9]/, "", m); return m + 0
      }
      return 0
    }
    {
      total += attr($0, "total"); executed += attr($0, "executed"); passed += attr($0, "passed")
      failed += attr($0, "failed") + attr($0, "error") + attr($0, "timeout") + attr($0, "aborted")
    }
    END {
      skipped = total - executed; if (skipped < 0) skipped = 0
      printf "%d %d %d %d\n", passed, failed, skipped, total
    }'
}
