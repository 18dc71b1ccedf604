#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages that building, testing and running Flowdeck need, if any are missing.
# Safe to run again: when everything is installed it only checks and returns.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config git clang-format dpkg-dev file lld
    # Qt 6 and the libraries the core uses
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev libxkbcommon-dev libvulkan-dev libgl-dev
    libgit2-dev libsqlite3-dev libyaml-cpp-dev libboost-graph-dev qtkeychain-qt6-dev libgraphviz-dev
    libsimdjson-dev zlib1g-dev
    # run time: database drivers, the SVG icon engine, the platform plugins, libsecret (which QtKeychain loads
    # to reach the keychain)
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins fonts-dejavu-core libsecret-1-0
    # tests: desktop integration checks and a virtual display
    appstream desktop-file-utils shared-mime-info sqlite3 xvfb xauth
    # tests: the text and page images of exported PDF reports
    poppler-utils
    # tests: the fuzz targets of the parsers (scripts/fuzz.sh): clang with libFuzzer and the sanitizers' runtime
    clang libclang-rt-14-dev
    # tests: a D-Bus session with a keyring of its own
    dbus gnome-keyring
    # tests: a throwaway PostgreSQL server for workspaces on a server (scripts/test-postgresql.sh), and the
    # self-signed certificate of one that accepts only TLS
    postgresql openssl
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    if [[ "$status" != "installed" ]]; then
        missing+=("$package")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "setup: all ${#packages[@]} required packages are installed."
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null; then
        echo "setup: missing packages: ${missing[*]}" >&2
        echo "setup: run this script as root, or install sudo, to install them." >&2
        exit 1
    fi
    sudo=(sudo)
fi

echo "setup: installing ${#missing[@]} missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
