# SPDX-License-Identifier: GPL-3.0-or-later
# The engine runs deploys through the process backend and its runner, so its test needs the runner built.
flowdeck_add_test(tst_engine SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_engine.cpp LIBRARIES flowdeck_core)
add_dependencies(tst_engine flowdeck-runner)
target_compile_definitions(tst_engine PRIVATE FLOWDECK_RUNNER_PATH="$<TARGET_FILE:flowdeck-runner>")
flowdeck_add_test(tst_backendstore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_backendstore.cpp LIBRARIES flowdeck_core)
