# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of ci/sync against the scripted loopback server.
flowdeck_add_test(tst_cisync SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cisync.cpp LIBRARIES flowdeck_testsupport flowdeck_core)
