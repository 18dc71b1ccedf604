# SPDX-License-Identifier: GPL-3.0-or-later
# The process backend runs its jobs through the runner program, so its test needs the runner built.
flowdeck_add_test(tst_processbackend SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_processbackend.cpp LIBRARIES flowdeck_core)
add_dependencies(tst_processbackend flowdeck-runner)
target_compile_definitions(tst_processbackend PRIVATE FLOWDECK_RUNNER_PATH="$<TARGET_FILE:flowdeck-runner>")
