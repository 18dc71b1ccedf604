# SPDX-License-Identifier: GPL-3.0-or-later
# `flowdeck import github|gitlab|jenkins` run as a separate process against the loopback server.
flowdeck_add_test(tst_cilivecommand SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cilivecommand.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
target_compile_definitions(tst_cilivecommand PRIVATE
    FLOWDECK_BINARY="$<TARGET_FILE:flowdeck>")
add_dependencies(tst_cilivecommand flowdeck)
