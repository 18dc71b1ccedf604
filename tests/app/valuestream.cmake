# SPDX-License-Identifier: GPL-3.0-or-later
# `flowdeck valuestream` run as a separate process on a workspace written by the test and on the demo workspace.
flowdeck_add_test(tst_valuestreamcommand SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_valuestreamcommand.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
target_compile_definitions(tst_valuestreamcommand PRIVATE FLOWDECK_BINARY="$<TARGET_FILE:flowdeck>")
add_dependencies(tst_valuestreamcommand flowdeck)
