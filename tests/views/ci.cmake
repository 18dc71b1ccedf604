# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the CI connections dialog. It runs twice: in the session's environment (where the test run's keychain
# answers) and with no D-Bus session at all, where the dialog must keep tokens for the session only.
flowdeck_add_test(tst_ciconnections SOURCES tst_ciconnections.cpp LIBRARIES flowdeck_testsupport flowdeck_views)
set_tests_properties(tst_ciconnections PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC")
add_test(NAME tst_ciconnections_nokeychain COMMAND tst_ciconnections)
set_tests_properties(tst_ciconnections_nokeychain PROPERTIES ENVIRONMENT
    "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/flowdeck-no-bus")
