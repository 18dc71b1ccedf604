# SPDX-License-Identifier: GPL-3.0-or-later
# Release plans in real workspace files, the audit log, the deployment calendar and workspace trust.
flowdeck_add_test(tst_releasestore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_releasestore.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
flowdeck_add_test(tst_calendar SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_calendar.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
flowdeck_add_test(tst_trust SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_trust.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
