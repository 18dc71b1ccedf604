#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# From a fresh clone on Debian 12 to a running Flowdeck or a full test run:
#   scripts/quickstart.sh demo   install what is missing, build, open the demo workspace
#   scripts/quickstart.sh test   install what is missing, build, run every test headless
#   scripts/quickstart.sh asan   the same with the asan preset: every test under AddressSanitizer, LeakSanitizer and
#                                UndefinedBehaviorSanitizer, in build/asan
# FLOWDECK_JOBS sets the number of parallel build jobs and test suites (default: the number of processors).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=dev
jobs=${FLOWDECK_JOBS:-$(nproc)}

usage() {
    echo "usage: $0 demo|test|asan" >&2
    echo "  demo  install what is missing, build, and open Flowdeck on the demo workspace" >&2
    echo "  test  install what is missing, build, and run the whole test suite headless" >&2
    echo "  asan  the same as test, built and run with the address, leak and undefined behaviour sanitizers" >&2
}

build() {
    "$root/scripts/setup-debian.sh"
    cd "$root"
    cmake --preset "$preset"
    cmake --build --preset "$preset" --parallel "$jobs"
}

# Steps that undo what prepare_test_environment set up, run in reverse order on exit.
cleanup_steps=()
cleanup() {
    local i
    for ((i = ${#cleanup_steps[@]} - 1; i >= 0; i--)); do
        eval "${cleanup_steps[i]}" || true
    done
}
trap cleanup EXIT

# Everything the tests need around them, started before ctest and stopped when the script ends. The tests get
# their own configuration, data, cache and runtime folders, so they never read or change the user's settings.
prepare_test_environment() {
    local scratch
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/flowdeck-test.XXXXXX")
    cleanup_steps+=("rm -rf '$scratch'")
    mkdir -p "$scratch"/{config,data,cache,runtime}
    chmod 700 "$scratch/runtime"
    export XDG_CONFIG_HOME="$scratch/config"
    export XDG_DATA_HOME="$scratch/data"
    export XDG_CACHE_HOME="$scratch/cache"
    export XDG_RUNTIME_DIR="$scratch/runtime"
    export QT_QPA_PLATFORM=offscreen
    start_keychain
    start_postgresql "$scratch/postgresql"
}

# A PostgreSQL server of the tests' own on 127.0.0.1, in the scratch folder, for the tests of workspaces on a server.
# It is stopped before the scratch folder is removed.
start_postgresql() {
    local dir=$1 exports
    cleanup_steps+=("'$root/scripts/test-postgresql.sh' stop '$dir' >/dev/null 2>&1")
    if ! exports=$("$root/scripts/test-postgresql.sh" start "$dir"); then
        echo "quickstart: the test PostgreSQL server did not start." >&2
        exit 1
    fi
    eval "$exports"
}

# A D-Bus session of the tests' own with a Secret Service (GNOME Keyring) whose keyring lives in the scratch
# data folder, unlocked with a throwaway password: the tests store and read credentials in a real keychain
# without touching the user's.
start_keychain() {
    local bus
    bus=$(dbus-daemon --session --fork --print-address=1 --print-pid=1 2>/dev/null)
    export DBUS_SESSION_BUS_ADDRESS
    DBUS_SESSION_BUS_ADDRESS=$(sed -n 1p <<<"$bus")
    cleanup_steps+=("kill $(sed -n 2p <<<"$bus")")
    (printf 'flowdeck-tests' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1) &
    cleanup_steps+=("kill $! 2>/dev/null")
    local i
    for ((i = 0; i < 100; i++)); do
        if dbus-send --session --dest=org.freedesktop.DBus --print-reply /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; then
            return 0
        fi
        sleep 0.1
    done
    echo "quickstart: the test keychain (gnome-keyring-daemon) did not start." >&2
    exit 1
}

run_demo() {
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "quickstart: no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window" >&2
        echo "quickstart: cannot open. Run this from a desktop session, or use 'scripts/quickstart.sh test'." >&2
        exit 1
    fi
    build
    exec "$root/build/$preset/app/flowdeck" --demo
}

run_tests() {
    build
    prepare_test_environment
    cd "$root"
    local status=0
    # The suites run as many at a time as there are build jobs: each uses its own files, ports and databases.
    ctest --preset "$preset" --parallel "$jobs" || status=$?
    exit "$status"
}

case "${1:-}" in
demo) run_demo ;;
test) run_tests ;;
asan)
    preset=asan
    run_tests
    ;;
-h | --help)
    usage
    exit 0
    ;;
*)
    usage
    exit 2
    ;;
esac
