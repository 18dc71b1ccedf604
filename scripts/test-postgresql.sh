#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL server for the tests of workspaces on a server:
#   scripts/test-postgresql.sh start DIR   make a cluster in DIR, start it on 127.0.0.1 and print the two exports
#   scripts/test-postgresql.sh start DIR tls-only
#                                          the same, with a self-signed certificate made in DIR, accepting TCP
#                                          logins over TLS only (for the messages about TLS; DIR/server.crt is the
#                                          certificate a client could trust)
#   scripts/test-postgresql.sh stop DIR    stop the server of DIR (DIR itself is left for you to remove)
# The server listens on 127.0.0.1 only, on a free port from 54320 up, with its socket in DIR. The role flowdeck logs
# in over TCP with a password (scram-sha-256) and may create databases: each test makes its own. Run as root, the
# server runs as the postgres system user (PostgreSQL refuses to run as root).
# Use it by hand with:  eval "$(scripts/test-postgresql.sh start /tmp/flowdeck-pg)"
set -euo pipefail

usage() {
    echo "usage: $0 start DIR [tls-only] | stop DIR" >&2
}

# The newest server binaries: pg_config's, when it names a folder with a server in it, else /usr/lib/postgresql/*.
find_bindir() {
    local dir
    if command -v pg_config >/dev/null; then
        dir=$(pg_config --bindir 2>/dev/null || true)
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
            echo "$dir"
            return 0
        fi
    fi
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -n "$dir" && -x "$dir/initdb" ]]; then
        echo "$dir"
        return 0
    fi
    echo "test-postgresql: no PostgreSQL server found (no initdb in pg_config --bindir or /usr/lib/postgresql/*/bin)." >&2
    echo "test-postgresql: install it with scripts/setup-debian.sh (the package postgresql)." >&2
    return 1
}

# Commands that touch the cluster run as postgres when this script runs as root.
as_server=()
if [[ $(id -u) -eq 0 ]]; then
    as_server=(runuser -u postgres --)
fi

port_is_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start() {
    local dir=$1 mode=${2:-} bindir data socket log password port started="" tls=""
    bindir=$(find_bindir)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    data="$dir/data"
    socket="$dir/socket"
    log="$dir/postgresql.log"
    if [[ -e "$data" ]]; then
        echo "test-postgresql: $data already exists; stop that server and remove $dir first." >&2
        return 1
    fi
    mkdir -p "$socket"
    if [[ ${#as_server[@]} -gt 0 ]]; then
        chown postgres: "$dir" "$socket"
        # The server must be able to reach its folder: a scratch folder made with mktemp is closed to others.
        if ! runuser -u postgres -- test -x "$(dirname "$dir")"; then
            chmod o+x "$(dirname "$dir")"
        fi
    fi
    password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')

    # Local (socket) logins are trusted, so that this script can set up the role; TCP logins need a password.
    "${as_server[@]}" "$bindir/initdb" --pgdata="$data" --username=postgres --encoding=UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$dir/initdb.log" 2>&1 || {
        echo "test-postgresql: initdb failed; see $dir/initdb.log:" >&2
        tail -n 20 "$dir/initdb.log" >&2
        return 1
    }

    if [[ "$mode" == "tls-only" ]]; then
        # A certificate for 127.0.0.1, signed by itself, and TCP logins over TLS only: every host line becomes a
        # hostssl line, so that a connection without TLS finds no pg_hba.conf entry, as on a server that requires it.
        openssl req -new -x509 -days 7 -nodes -subj "/CN=127.0.0.1" -keyout "$data/server.key" \
            -out "$data/server.crt" >"$dir/openssl.log" 2>&1 || {
            echo "test-postgresql: openssl could not make a certificate; see $dir/openssl.log." >&2
            return 1
        }
        chmod 600 "$data/server.key"
        if [[ ${#as_server[@]} -gt 0 ]]; then
            chown postgres: "$data/server.key" "$data/server.crt"
        fi
        cp "$data/server.crt" "$dir/server.crt"
        sed -i 's/^host\([[:space:]]\)/hostssl\1/' "$data/pg_hba.conf"
        tls="-c ssl=on"
    elif [[ -n "$mode" ]]; then
        usage
        return 2
    fi

    # A throwaway server: durability is not needed, speed is.
    for port in $(seq 54320 54399); do
        port_is_free "$port" || continue
        if "${as_server[@]}" "$bindir/pg_ctl" --pgdata="$data" --log="$log" --wait --timeout=30 --silent \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$socket' -c fsync=off \
                -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 $tls" start >/dev/null 2>&1; then
            started=$port
            break
        fi
    done
    if [[ -z "$started" ]]; then
        echo "test-postgresql: the server did not start; see $log:" >&2
        tail -n 20 "$log" >&2 || true
        return 1
    fi
    port=$started

    local i
    for ((i = 0; i < 100; i++)); do
        "$bindir/pg_isready" --quiet --host=127.0.0.1 --port="$port" && break
        sleep 0.1
    done
    if ! "$bindir/pg_isready" --quiet --host=127.0.0.1 --port="$port"; then
        echo "test-postgresql: the server on 127.0.0.1:$port does not accept connections; see $log." >&2
        return 1
    fi
    "${as_server[@]}" "$bindir/psql" --quiet --no-psqlrc --host="$socket" --port="$port" --username=postgres \
        --dbname=postgres --set=ON_ERROR_STOP=1 \
        --command="CREATE ROLE flowdeck LOGIN CREATEDB PASSWORD '$password'" >/dev/null

    # Also kept in DIR/environment (readable by its owner only), to source from another shell.
    (
        umask 077
        {
            echo "export FLOWDECK_TEST_POSTGRESQL=postgresql://flowdeck@127.0.0.1:$port/postgres"
            echo "export FLOWDECK_TEST_POSTGRESQL_PASSWORD=$password"
        } >"$dir/environment"
    )
    cat "$dir/environment"
}

stop() {
    local dir=$1 bindir
    bindir=$(find_bindir)
    if [[ ! -f "$dir/data/postmaster.pid" ]]; then
        echo "test-postgresql: no server is running in $dir." >&2
        return 0
    fi
    "${as_server[@]}" "$bindir/pg_ctl" --pgdata="$dir/data" --mode=immediate --silent stop
}

if [[ $# -lt 2 || $# -gt 3 || ($# -eq 3 && "$1" != start) ]]; then
    usage
    exit 2
fi
case "$1" in
start) start "$2" "${3:-}" ;;
stop) stop "$2" ;;
*)
    usage
    exit 2
    ;;
esac
