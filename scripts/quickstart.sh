#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# From a fresh clone on Debian 12 to a running Flowdeck or a full test run:
#   scripts/quickstart.sh demo   install what is missing, build, open the demo workspace
#   scripts/quickstart.sh test   install what is missing, build, run every test headless
# FLOWDECK_JOBS sets the number of parallel build jobs (default: the number of processors).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=dev
jobs=${FLOWDECK_JOBS:-$(nproc)}

usage() {
    echo "usage: $0 demo|test" >&2
    echo "  demo  install what is missing, build, and open Flowdeck on the demo workspace" >&2
    echo "  test  install what is missing, build, and run the whole test suite headless" >&2
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
    ctest --preset "$preset" || status=$?
    exit "$status"
}

case "${1:-}" in
demo) run_demo ;;
test) run_tests ;;
-h | --help)
    usage
    exit 0
    ;;
*)
    usage
    exit 2
    ;;
esac
