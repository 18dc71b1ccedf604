# SPDX-License-Identifier: GPL-3.0-or-later
flowdeck_add_test(tst_metricsload SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricsload.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
# The records behind a drill-down, read by id.
flowdeck_add_test(tst_drilldownrecords SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_drilldownrecords.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
