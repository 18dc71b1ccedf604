# SPDX-License-Identifier: GPL-3.0-or-later
# The command line killed with SIGKILL mid-import, mid-sync and mid-release, and the workspace checked after each.
flowdeck_add_test(tst_killrecovery SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_killrecovery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workspacedump.h ${CMAKE_CURRENT_LIST_DIR}/workspacedump.cpp
    LIBRARIES flowdeck_testsupport flowdeck_gittesting flowdeck_core)
target_compile_definitions(tst_killrecovery PRIVATE
    FLOWDECK_BINARY="$<TARGET_FILE:flowdeck>")
add_dependencies(tst_killrecovery flowdeck flowdeck-runner)
