# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the Releases page on a hand-built workspace file; a release runs a real deploy script through the process
# backend, so the test needs the runner built.
flowdeck_add_test(tst_releasespage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_releasespage.cpp LIBRARIES flowdeck_views)
add_dependencies(tst_releasespage flowdeck-runner)
target_compile_definitions(tst_releasespage PRIVATE FLOWDECK_RUNNER_PATH="$<TARGET_FILE:flowdeck-runner>")
# No session bus: the backends dialog then finds no keychain rather than a real one.
set_tests_properties(tst_releasespage PROPERTIES ENVIRONMENT
    "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/flowdeck-no-bus")
