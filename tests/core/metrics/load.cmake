# SPDX-License-Identifier: GPL-3.0-or-later
flowdeck_add_test(tst_metricsload SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricsload.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
# The records behind a drill-down, read by id.
flowdeck_add_test(tst_drilldownrecords SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_drilldownrecords.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
# Reading rows through SQLite's own API and through Qt's driver.
flowdeck_add_test(tst_rowreader SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rowreader.cpp LIBRARIES flowdeck_core)
