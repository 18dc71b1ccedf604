# SPDX-License-Identifier: GPL-3.0-or-later
# `flowdeck report ...` run as a separate process without a display.
flowdeck_add_test(tst_reportcommand SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reportcommand.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
target_compile_definitions(tst_reportcommand PRIVATE FLOWDECK_BINARY="$<TARGET_FILE:flowdeck>")
add_dependencies(tst_reportcommand flowdeck)
