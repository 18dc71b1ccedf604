# SPDX-License-Identifier: GPL-3.0-or-later
# The release lock on the test PostgreSQL server: engines in this process (deploys through the runner) and
# `flowdeck release run` processes started side by side.
flowdeck_add_test(tst_releaselockpostgresql SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_releaselockpostgresql.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
add_dependencies(tst_releaselockpostgresql flowdeck flowdeck-runner)
target_compile_definitions(tst_releaselockpostgresql PRIVATE FLOWDECK_BINARY="$<TARGET_FILE:flowdeck>"
    FLOWDECK_RUNNER_PATH="$<TARGET_FILE:flowdeck-runner>")
