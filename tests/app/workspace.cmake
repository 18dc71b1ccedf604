# SPDX-License-Identifier: GPL-3.0-or-later
# `flowdeck workspace copy ...` run as a separate process.
flowdeck_add_test(tst_workspacecommand SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_workspacecommand.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
target_compile_definitions(tst_workspacecommand PRIVATE FLOWDECK_BINARY="$<TARGET_FILE:flowdeck>")
add_dependencies(tst_workspacecommand flowdeck)
