# SPDX-License-Identifier: GPL-3.0-or-later
# `flowdeck release ...` run as a separate process, killed mid-release and run again.
flowdeck_add_test(tst_releasecommand SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_releasecommand.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
target_compile_definitions(tst_releasecommand PRIVATE FLOWDECK_BINARY="$<TARGET_FILE:flowdeck>")
add_dependencies(tst_releasecommand flowdeck flowdeck-runner)
