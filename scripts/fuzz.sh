#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of tests/fuzz (the fuzz preset: clang, ASan + UBSan) and runs them.
#   scripts/fuzz.sh [--seconds N | --total-seconds N] [TARGET...]
#     --seconds N        run each target N seconds (default 600)
#     --total-seconds N  share N seconds among the targets (the CI smoke run: 60)
#     TARGET             githubpage gitlabpage jenkinspage csv githubworkflow gitlabci concourse flowdeckpipeline
#                        environments workspace (default: all)
# Each target keeps its corpus in build/fuzz/corpus/TARGET (started from the seeds its CMake lists) and writes an
# input that crashes, leaks, hangs or trips a sanitizer to build/fuzz/artifacts/TARGET/. The script prints each
# target's executions and fails when any target found something. An input found is made a regression test by
# copying it to tests/fuzz/regressions/TARGET/ (docs/development.md, "Fuzzing").
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
all_targets=(githubpage gitlabpage jenkinspage csv githubworkflow gitlabci concourse flowdeckpipeline environments
    workspace)
seconds=600
total=""
targets=()
while [[ $# -gt 0 ]]; do
    case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --total-seconds) total=$2; shift 2 ;;
    -h | --help) sed -n '3,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
    esac
done
[[ ${#targets[@]} -eq 0 ]] && targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
    if [[ ! " ${all_targets[*]} " == *" $target "* ]]; then
        echo "fuzz: no target $target (targets: ${all_targets[*]})" >&2
        exit 2
    fi
done
if [[ -n $total ]]; then
    seconds=$((total / ${#targets[@]}))
    ((seconds < 1)) && seconds=1
fi

cd "$root"
build=build/fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --parallel "${FLOWDECK_JOBS:-$(nproc)}" >/dev/null

"$build/tests/fuzz/fuzz_workspace_seed" "$build/tests/fuzz/seeds/workspace" tests/core/data/graph >/dev/null

failed=()
for target in "${targets[@]}"; do
    corpus=$build/corpus/$target
    artifacts=$build/artifacts/$target/
    mkdir -p "$corpus" "$artifacts"
    mapfile -t seeds < <(grep -v '^$' "$build/tests/fuzz/seeds/$target.txt")
    log=$build/artifacts/$target.log
    status=0
    # Leaks are checked as well (ASan's default); -timeout makes an input that hangs a finding.
    "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts" "$corpus" "${seeds[@]}" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    size=$(find "$corpus" -type f | wc -l)
    if [[ $status -ne 0 ]]; then
        failed+=("$target")
        echo "fuzz: $target FOUND A PROBLEM after ${runs:-?} executions; see $log and $artifacts"
        grep -m3 -E 'ERROR|runtime error|SUMMARY' "$log" | sed 's/^/    /' || true
    else
        echo "fuzz: $target: ${runs:-?} executions in ${seconds} s, corpus of $size inputs, nothing found"
    fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzz: problems found by ${failed[*]}" >&2
    exit 1
fi
