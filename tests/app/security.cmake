# SPDX-License-Identifier: GPL-3.0-or-later
# Secrets, shells, trust and escaping, checked on the program as users run it.
flowdeck_add_test(tst_security SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_security.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
target_compile_definitions(tst_security PRIVATE
    FLOWDECK_BINARY="$<TARGET_FILE:flowdeck>")
add_dependencies(tst_security flowdeck flowdeck-runner)
