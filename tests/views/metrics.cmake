# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the Metrics page and its charts.
flowdeck_add_test(tst_metricscharts SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricscharts.cpp LIBRARIES flowdeck_views)
set_tests_properties(tst_metricscharts PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC")
flowdeck_add_test(tst_metricspage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricspage.cpp
    LIBRARIES flowdeck_testsupport flowdeck_views)
set_tests_properties(tst_metricspage PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC")
